/** Images and volumes made from a snapshot: data-volume template (the seed API), root-volume template, data volume. */
import type { ZStackBackupStorageFailure, ZStackErrorCode } from '../../../src/api/zstack/types';
import { DURATION_MS } from '../lib/constants';
import { API_CLASSES, argerr, invalidValue, resourceNotFound } from '../errors';
import { backupStorageUsable, snapshotSourceRefusal } from '../rules/snapshots';
import { nextUuid, type BackupStorageRec, type ImageRec, type SnapshotRec, type ZStackState } from '../state';
import { bodyTags, optBoolean, optString, optStringList, paramObject, type Params, type RequestCtx } from './context';
import type { ApiRoute } from './router';
import { submitAsync, type Plan } from './session';
import { firstError, maxLengthError, requiredString, resourceUuidError, systemTagsError, tagUuidsError, uuidTaken } from './validate';

const PLATFORMS = ['Linux', 'Windows', 'Other', 'Paravirtualization', 'WindowsVirtio'] as const;
const ARCHITECTURES = ['x86_64', 'aarch64', 'mips64el', 'loongarch64'] as const;

interface TemplateParams {
  name?: string;
  description?: string;
  backupStorageUuids?: string[];
  resourceUuid?: string;
  tagUuids?: string[];
  systemTags?: string[];
  platform?: string;
  architecture?: string;
  guestOsType?: string;
  system?: boolean;
  virtio?: boolean;
}

/** Reads the body the way Gson binds it (type errors are the REST layer's 400/500 before the 202). */
function readTemplateParams(ctx: RequestCtx, root: boolean): TemplateParams {
  const params: Params = paramObject(ctx.body, 'params');
  const read: TemplateParams = {
    name: optString(params, 'name'),
    description: optString(params, 'description'),
    backupStorageUuids: optStringList(params, 'backupStorageUuids'),
    resourceUuid: optString(params, 'resourceUuid'),
    tagUuids: optStringList(params, 'tagUuids'),
    systemTags: bodyTags(ctx.body, 'systemTags'),
  };
  bodyTags(ctx.body, 'userTags');
  if (root) {
    Object.assign(read, {
      platform: optString(params, 'platform'),
      architecture: optString(params, 'architecture'),
      guestOsType: optString(params, 'guestOsType'),
      system: optBoolean(params, 'system'),
      virtio: optBoolean(params, 'virtio'),
    });
  }
  return read;
}

function installPath(state: ZStackState, bs: BackupStorageRec, imageUuid: string): string {
  if (bs.type === 'Ceph') return `ceph://${bs.url.replace(/^.*\//, '') || 'zs-images'}/${nextUuid(state)}`;
  if (bs.type === 'ImageStoreBackupStorage') return `zstore://${imageUuid}/${nextUuid(state)}`;
  return `${bs.url.replace(/^[^:]+:/, '')}/rootVolumeTemplates/acct-36c27e8f/${imageUuid}/${imageUuid}.qcow2`;
}

/** Checks in ApiParamValidator order, then the interceptor's snapshot and backup-storage rules. */
function templateError(ctx: RequestCtx, api: string, p: TemplateParams, snapshot: SnapshotRec | undefined, snapshotUuid: string): ZStackErrorCode | undefined {
  return firstError(
    () => (snapshot ? undefined : resourceNotFound('snapshotUuid', snapshotUuid, 'VolumeSnapshotVO')),
    () => requiredString(api, 'name', p.name, 255),
    () => maxLengthError(api, 'description', p.description, 2048),
    () => (p.backupStorageUuids === undefined ? requiredString(api, 'backupStorageUuids', undefined, 0) : undefined),
    () => (p.backupStorageUuids?.length === 0 ? argerr(`field[backupStorageUuids] of message[${API_CLASSES[api] ?? api}] must be a non-empty list`) : undefined),
    () => (p.platform !== undefined && !(PLATFORMS as readonly string[]).includes(p.platform) ? invalidValue(api, 'platform', p.platform, PLATFORMS) : undefined),
    () => (p.architecture !== undefined && !(ARCHITECTURES as readonly string[]).includes(p.architecture) ? invalidValue(api, 'architecture', p.architecture, ARCHITECTURES) : undefined),
    () => resourceUuidError(p.resourceUuid, (uuid) => uuidTaken(ctx.state, uuid)),
    () => {
      const missing = (p.backupStorageUuids ?? []).filter((uuid) => !ctx.state.backupStorages.some((bs) => bs.uuid === uuid));
      return missing.length ? resourceNotFound('backupStorageUuids', missing, 'BackupStorageVO') : undefined;
    },
    () => tagUuidsError(p.tagUuids),
    () => systemTagsError(p.systemTags),
    () => (snapshot ? snapshotSourceRefusal(snapshot) : undefined),
  );
}

function createTemplate(ctx: RequestCtx, root: boolean): Response {
  const api = root ? 'CreateRootVolumeTemplateFromVolumeSnapshot' : 'CreateDataVolumeTemplateFromVolumeSnapshot';
  const p = readTemplateParams(ctx, root);
  return submitAsync(ctx, api, (): Plan => {
    const snapshotUuid = ctx.vars.snapshotUuid ?? '';
    const snapshot = ctx.state.snapshots.find((s) => s.uuid === snapshotUuid);
    const error = templateError(ctx, api, p, snapshot, snapshotUuid);
    if (error || !snapshot) return { error: error ?? argerr('snapshot') };
    const targets = [...new Set(p.backupStorageUuids)].map((uuid) => ctx.state.backupStorages.find((bs) => bs.uuid === uuid) as BackupStorageRec);
    const failures: ZStackBackupStorageFailure[] = [];
    const usable = targets.filter((bs) => {
      const refusal = backupStorageUsable(bs);
      if (refusal) failures.push({ backupStorageUuid: bs.uuid, error: refusal });
      return !refusal;
    });
    if (!usable.length) return { error: failures[0]?.error ?? argerr('no backup storage') };
    const image = newImage(ctx, p, snapshot, root, usable);
    ctx.state.images.push(image);
    return { effect: { kind: 'createTemplate', imageUuid: image.uuid, snapshotUuid, failures }, durationMs: DURATION_MS.createTemplate, long: true };
  });
}

function newImage(ctx: RequestCtx, p: TemplateParams, snapshot: SnapshotRec, root: boolean, usable: BackupStorageRec[]): ImageRec {
  const uuid = p.resourceUuid ?? nextUuid(ctx.state);
  const volume = ctx.state.volumes.find((v) => v.uuid === snapshot.volumeUuid);
  const vm = ctx.state.vms.find((v) => v.uuid === volume?.vmInstanceUuid);
  const image: ImageRec = {
    uuid,
    name: p.name as string,
    state: 'Enabled',
    status: 'Creating',
    size: volume?.size ?? snapshot.size,
    actualSize: snapshot.size,
    url: `volumeSnapshot://${snapshot.uuid}`,
    mediaType: root ? 'RootVolumeTemplate' : 'DataVolumeTemplate',
    type: 'zstack',
    platform: p.platform ?? vm?.platform ?? 'Linux',
    architecture: p.architecture ?? vm?.architecture ?? 'x86_64',
    format: snapshot.format,
    system: p.system ?? false,
    virtio: p.virtio ?? true,
    createDate: ctx.now,
    lastOpDate: ctx.now,
    backupStorageRefs: usable.map((bs) => ({ imageUuid: uuid, backupStorageUuid: bs.uuid, installPath: installPath(ctx.state, bs, uuid), status: 'Creating', createDate: ctx.now, lastOpDate: ctx.now })),
  };
  if (p.description !== undefined) image.description = p.description;
  if (root) image.guestOsType = p.guestOsType ?? vm?.guestOsType ?? 'Linux';
  return image;
}

function createDataVolume(ctx: RequestCtx): Response {
  const api = 'CreateDataVolumeFromVolumeSnapshot';
  const params = paramObject(ctx.body, 'params');
  const name = optString(params, 'name');
  const description = optString(params, 'description');
  const primaryStorageUuid = optString(params, 'primaryStorageUuid');
  const resourceUuid = optString(params, 'resourceUuid');
  const tagUuids = optStringList(params, 'tagUuids');
  return submitAsync(ctx, api, (): Plan => {
    const snapshotUuid = ctx.vars.volumeSnapshotUuid ?? '';
    const snapshot = ctx.state.snapshots.find((s) => s.uuid === snapshotUuid);
    const error = firstError(
      () => (snapshot ? undefined : resourceNotFound('volumeSnapshotUuid', snapshotUuid, 'VolumeSnapshotVO')),
      () => requiredString(api, 'name', name, 255),
      () => maxLengthError(api, 'description', description, 2048),
      () => (primaryStorageUuid && !ctx.state.primaryStorages.some((ps) => ps.uuid === primaryStorageUuid) ? resourceNotFound('primaryStorageUuid', primaryStorageUuid, 'PrimaryStorageVO') : undefined),
      () => resourceUuidError(resourceUuid, (uuid) => uuidTaken(ctx.state, uuid)),
      () => tagUuidsError(tagUuids),
      () => (snapshot ? snapshotSourceRefusal(snapshot) : undefined),
    );
    if (error || !snapshot) return { error: error ?? argerr('snapshot') };
    const uuid = resourceUuid ?? nextUuid(ctx.state);
    const ps = primaryStorageUuid ?? snapshot.primaryStorageUuid;
    const ceph = snapshot.type === 'Storage';
    ctx.state.volumes.push({
      uuid,
      name: name as string,
      ...(description !== undefined ? { description } : {}),
      primaryStorageUuid: ps,
      installPath: ceph ? `ceph://pri-c-vol/${uuid}` : `/zstack_ps/dataVolumes/acct-36c27e8f/vol-${uuid}/${uuid}.qcow2`,
      type: 'Data',
      format: snapshot.format,
      size: snapshot.size,
      actualSize: snapshot.size,
      state: 'Enabled',
      status: 'Creating',
      isShareable: false,
      createDate: ctx.now,
      lastOpDate: ctx.now,
    });
    return { effect: { kind: 'createDataVolume', volumeUuid: uuid, snapshotUuid }, durationMs: DURATION_MS.createDataVolume, long: true };
  });
}

export function templateRoutes(): ApiRoute[] {
  return [
    { api: 'CreateDataVolumeTemplateFromVolumeSnapshot', method: 'POST', path: '/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}', handle: (ctx) => createTemplate(ctx, false) },
    { api: 'CreateRootVolumeTemplateFromVolumeSnapshot', method: 'POST', path: '/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}', handle: (ctx) => createTemplate(ctx, true) },
    { api: 'CreateDataVolumeFromVolumeSnapshot', method: 'POST', path: '/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}', handle: createDataVolume },
  ];
}
