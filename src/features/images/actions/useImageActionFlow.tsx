import { useNavigate, useRouter } from '@tanstack/react-router';
import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import type { NodeImageSubject } from '@/features/nodes/imageActions';
import { UploadImageModal } from '@/features/nodes/UploadImageModal';
import { useDeleteNodeImage } from '@/features/nodes/useDeleteNodeImage';
import type { JobRecord } from '@/domain/jobs/types';
import { useT } from '@/shared/i18n/useT';
import { useImageTransfer } from '../useImageTransfer';
import { DownloadToNodeDialog } from './DownloadToNodeDialog';
import { ExpungeImageDialog } from './ExpungeImageDialog';
import { MakeVolumeDialog } from './MakeVolumeDialog';
import { IMAGE_ACTIONS, type ImageAction, type ImageForm, type ImageSubject } from './registry';
import { useImageAction } from './useImageAction';

/** The create page's link for an image (the contract with Create VM: `connection` and the ImageRecord id). */
export const createVmHref = (image: ImageRecord): string =>
  `/vms/create?${new URLSearchParams({ connection: image.connectionId, image: image.id }).toString()}`;

/** A DBC node image as the node's Images tab sees it: its upload and delete are that tab's own. */
const nodeFile = ({ connection, image, transferring }: ImageSubject): NodeImageSubject => ({
  connection,
  nodeId: image.location.ids[0] ?? '',
  image: { name: image.name, sizeBytes: image.sizeBytes },
  transferring: Boolean(transferring),
});

interface ImageActionFlow {
  /** What the actions are checked against: the image and whether its file is being transferred. */
  subject: ImageSubject;
  /** The running transfer of this image's file, for the row's and the page's tag. */
  transfer?: JobRecord;
  trigger(action: ImageAction): void;
  pendingAction?: ImageAction;
  dialogs: ReactNode;
}

/**
 * What clicking an image action does, as its registry entry says: nothing when refused, navigation for Details
 * and Create VM, its form (expunge, make a volume, DBC download and upload), a confirmation naming the image
 * (delete; a DBC node file is deleted as on the node's Images tab), then the request.
 */
export function useImageActionFlow(connection: Connection, image: ImageRecord): ImageActionFlow {
  const t = useT();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const router = useRouter();
  const action = useImageAction(connection, image);
  const deleteNodeFile = useDeleteNodeImage(connection);
  const transfer = useImageTransfer(image);
  const subject: ImageSubject = { connection, image, transferring: transfer !== undefined };
  const [form, setForm] = useState<ImageForm>();

  function trigger(name: ImageAction) {
    const definition = IMAGE_ACTIONS[name];
    if (action.pendingAction || deleteNodeFile.pendingName !== undefined || !definition.can(subject).allowed) return;
    if (name === 'details') {
      void navigate({ to: '/images/$connectionId/$imageId', params: { connectionId: image.connectionId, imageId: image.id } });
      return;
    }
    if (name === 'createVm') {
      // By href: the create page's search keys are its own (it reads `image`).
      void router.navigate({ href: createVmHref(image) });
      return;
    }
    if (definition.form) {
      setForm(definition.form);
      return;
    }
    if (name === 'recover') {
      void action.run('recover', (service) => service.recover(image));
      return;
    }
    if (name !== 'delete' || !definition.confirm) return;
    if (image.provider === 'dbc') {
      deleteNodeFile.confirm(nodeFile(subject));
      return;
    }
    const label = t(definition.label);
    modal.confirm({
      title: t(definition.confirm.title, { name: image.name }),
      content: t(definition.confirm.body, { name: image.name }),
      okText: label,
      okButtonProps: { danger: true, 'data-testid': 'confirm-action' } as never,
      cancelText: t('common.cancel'),
      // Returning the promise keeps OK loading (and the dialog open) until ZStack accepted the request.
      onOk: () => action.run('delete', (service) => service.remove(image)),
    });
  }

  const close = () => setForm(undefined);
  const dialogs: Record<ImageForm, ReactNode> = {
    expunge: <ExpungeImageDialog connection={connection} image={image} onClose={close} />,
    makeVolume: <MakeVolumeDialog connection={connection} image={image} onClose={close} />,
    download: <DownloadToNodeDialog connection={connection} image={image} onClose={close} />,
    upload: <UploadImageModal subject={nodeFile(subject)} onClose={close} />,
  };
  const pendingAction = action.pendingAction ?? (deleteNodeFile.pendingName !== undefined ? 'delete' : undefined);
  return { subject, transfer, trigger, pendingAction, dialogs: form ? dialogs[form] : null };
}
