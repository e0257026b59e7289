import { ApiOutlined, CloudDownloadOutlined, CloudUploadOutlined, DeleteOutlined, DesktopOutlined, FileSearchOutlined, FireOutlined, HddOutlined, UndoOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ImageKind, ImageRecord } from '@/domain/images/model';
import type { ActionCapability, ActionDefinition } from '@/shared/actions/types';
import { imageKeys, vmKeys } from '@/shared/queryKeys';

/** What an image action acts on: one image of one connection. */
export interface ImageSubject {
  connection: Connection;
  image: ImageRecord;
  /** A DBC transfer of this image's file is running (from the job store): its file is not to be touched. */
  transferring?: boolean;
}

/** `attachVolume` is the second step of the make-volume dialog (the new volume onto a VM), not a menu item. */
export type ImageAction = 'details' | 'createVm' | 'download' | 'upload' | 'makeVolume' | 'attachVolume' | 'recover' | 'delete' | 'expunge';
export type ImageForm = 'expunge' | 'makeVolume' | 'download' | 'upload';
export type ImageActionDefinition = ActionDefinition<ImageSubject, ImageForm> & { name: ImageAction };

const ALLOWED: ActionCapability = { allowed: true };
const refused = (key: Extract<ActionCapability, { allowed: false }>['reason']['key'], params?: Record<string, string>): ActionCapability => ({ allowed: false, reason: { key, params } });

/** Kinds a VM boots from: DBC center and node images, ZStack images and root templates, 51idc captured images. */
const BOOTABLE: ReadonlySet<ImageKind> = new Set(['center', 'node', 'zstackImage', 'zstackRootTemplate', 'idc51Captured']);

function ready({ image }: ImageSubject): ActionCapability {
  if (image.status === 'ready') return ALLOWED;
  if (image.status === 'creating') return refused('imageActions.reason.creating');
  if (image.status === 'deleted') return refused('imageActions.reason.alreadyDeleted');
  return refused('imageActions.reason.notReady', { status: image.rawStatus ?? image.status });
}

/** The image lifecycle APIs (delete, expunge, recover, volume from template) are ZStack's only. */
function zstackOnly(subject: ImageSubject, then: (s: ImageSubject) => ActionCapability): ActionCapability {
  if (subject.image.provider !== 'zstack') return refused('imageActions.reason.providerCannot', { provider: subject.connection.name });
  return then(subject);
}

/** DBC files: a center image copies onto a node, a node's file uploads to an image server or is deleted. */
function dbcFile(subject: ImageSubject, kind: 'center' | 'node'): ActionCapability {
  if (subject.image.provider !== 'dbc') return refused('imageActions.reason.providerCannot', { provider: subject.connection.name });
  if (subject.image.kind !== kind) return refused(kind === 'center' ? 'imageDbc.reason.notCenter' : 'imageDbc.reason.notNode');
  if (subject.transferring) return refused('nodeImages.busy');
  return ready(subject);
}

/** The file stays where it is while it moves: the node refuses to upload or delete it meanwhile. */
const deleteCheck = (s: ImageSubject): ActionCapability =>
  s.image.provider === 'dbc'
    ? dbcFile(s, 'node')
    : zstackOnly(s, (z) => (z.image.status === 'deleted' ? refused('imageActions.reason.alreadyDeleted') : z.image.status === 'creating' ? refused('imageActions.reason.creating') : ALLOWED));

/** ZStack's CreateDataVolumeFromVolumeTemplate (and attaching what it made) needs a ready data-volume template. */
const dataTemplate = (s: ImageSubject): ActionCapability =>
  zstackOnly(s, (z) => (z.image.kind === 'zstackDataTemplate' ? ready(z) : refused('imageActions.reason.notDataTemplate')));

const CHECKS: Record<ImageAction, (subject: ImageSubject) => ActionCapability> = {
  details: () => ALLOWED,
  createVm: (s) => (BOOTABLE.has(s.image.kind) ? ready(s) : refused(s.image.kind === 'idc51Disk' ? 'imagesIdc51.reason.disk' : 'imageActions.reason.dataTemplate')),
  // Another copy of the file may go to another node meanwhile (the dialog offers only nodes without it).
  download: (s) => dbcFile({ ...s, transferring: false }, 'center'),
  upload: (s) => dbcFile(s, 'node'),
  makeVolume: dataTemplate,
  attachVolume: dataTemplate,
  recover: (s) => zstackOnly(s, (z) => (z.image.status === 'deleted' ? ALLOWED : refused('imageActions.reason.recoverNeedsDelete'))),
  // ZStack: a Creating image is refused by its own interceptor too; a Deleted one is for recover or expunge.
  delete: deleteCheck,
  expunge: (s) => zstackOnly(s, (z) => (z.image.status === 'deleted' ? ALLOWED : refused('imageActions.reason.expungeNeedsDelete'))),
};

export const checkImageAction = (subject: ImageSubject, name: ImageAction): ActionCapability => CHECKS[name](subject);

const ICONS: Record<ImageAction, ReactNode> = {
  details: <FileSearchOutlined aria-hidden />,
  createVm: <DesktopOutlined aria-hidden />,
  download: <CloudDownloadOutlined aria-hidden />,
  upload: <CloudUploadOutlined aria-hidden />,
  makeVolume: <HddOutlined aria-hidden />,
  attachVolume: <ApiOutlined aria-hidden />,
  recover: <UndoOutlined aria-hidden />,
  delete: <DeleteOutlined aria-hidden />,
  expunge: <FireOutlined aria-hidden />,
};

function define(name: ImageAction, extra: Partial<ImageActionDefinition> = {}): ImageActionDefinition {
  return {
    name,
    label: `imageActions.action.${name}`,
    icon: ICONS[name],
    destructive: false,
    can: (subject) => checkImageAction(subject, name),
    job: `image.${name}`,
    // The connection's image list (and the detail page, which reads it).
    refresh: ({ connection }) => [imageKeys.connection(connection.id)],
    ...extra,
  };
}

/** Every image action, declared once: the table's row menu, the detail page's bar and the dialogs read it. */
export const IMAGE_ACTIONS: Readonly<Record<ImageAction, ImageActionDefinition>> = {
  // Navigation: nothing to refresh.
  details: define('details', { refresh: () => [] }),
  createVm: define('createVm', { refresh: () => [] }),
  download: define('download', { form: 'download', job: 'image.download' }),
  upload: define('upload', { form: 'upload', job: 'image.upload' }),
  makeVolume: define('makeVolume', { form: 'makeVolume' }),
  // The VM gains a disk (its page lists it) and the volume stops being free.
  attachVolume: define('attachVolume', { refresh: ({ connection }) => [imageKeys.connection(connection.id), vmKeys.connection(connection.id)] }),
  recover: define('recover'),
  delete: define('delete', { group: 'delete', destructive: true, confirm: { title: 'imageActions.confirm.deleteTitle', body: 'imageActions.confirm.deleteBody' } }),
  // Irreversible: its form asks for the image's name typed out.
  expunge: define('expunge', { group: 'delete', destructive: true, form: 'expunge' }),
};

const ORDER: readonly ImageAction[] = ['details', 'createVm', 'download', 'upload', 'makeVolume', 'recover', 'delete', 'expunge'];

/**
 * The actions shown for this image's provider (refused ones greyed with their reason). `where` is the table row
 * (with Details) or the detail page (which is the details, and whose Create VM button is the create page's own).
 */
export function imageActionsOf(image: ImageRecord, where: 'row' | 'detail'): ImageActionDefinition[] {
  const lifecycle = image.provider === 'zstack';
  return ORDER.filter((name) => {
    if (where === 'detail' && (name === 'details' || name === 'createVm')) return false;
    if (name === 'download') return image.kind === 'center';
    if (name === 'upload') return image.kind === 'node';
    if (name === 'makeVolume') return image.kind === 'zstackDataTemplate';
    if (name === 'delete') return lifecycle || image.kind === 'node';
    if (name === 'recover' || name === 'expunge') return lifecycle;
    return true;
  }).map((name) => IMAGE_ACTIONS[name]);
}
