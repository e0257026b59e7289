/** Image lifecycle APIs: delete (Delay policy → status Deleted), expunge, recover; a data volume from a data-volume template. */
import { DURATION_MS } from '../lib/constants';
import { missingField, resourceNotFound } from '../errors';
import { HEX32 } from '../lib/format';
import { expungeRefusal, recoverRefusal, volumeFromTemplateRefusal } from '../rules/images';
import { nextUuid, type ImageRec } from '../state';
import { deleteModeOf, optString, optStringList, paramObject, queryList, type RequestCtx } from './context';
import type { ApiRoute } from './router';
import { submitAsync, type Plan } from './session';
import { firstError, maxLengthError, requiredString, resourceUuidError, uuidTaken } from './validate';

function findImage(ctx: RequestCtx, field: string): ImageRec | { error: ReturnType<typeof resourceNotFound> } {
  const uuid = ctx.vars[field] ?? '';
  return ctx.state.images.find((image) => image.uuid === uuid) ?? { error: resourceNotFound(field, uuid, 'ImageVO') };
}

function unknownBackupStorage(ctx: RequestCtx, uuids: string[] | undefined) {
  const missing = (uuids ?? []).filter((uuid) => !ctx.state.backupStorages.some((bs) => bs.uuid === uuid));
  return missing.length ? resourceNotFound('backupStorageUuids', missing, 'BackupStorageVO') : undefined;
}

function deleteImage(ctx: RequestCtx): Response {
  const uuid = ctx.vars.uuid ?? '';
  const backupStorageUuids = queryList(ctx.url, 'backupStorageUuids');
  return submitAsync(ctx, 'DeleteImage', (): Plan => {
    const mode = deleteModeOf(ctx.url, 'DeleteImage');
    if (typeof mode !== 'string') return mode;
    const image = ctx.state.images.find((i) => i.uuid === uuid);
    if (!image) return HEX32.test(uuid) ? { effect: { kind: 'none' }, durationMs: 0 } : { error: resourceNotFound('uuid', uuid, 'ImageVO') };
    const error = unknownBackupStorage(ctx, backupStorageUuids);
    if (error) return { error };
    return { effect: { kind: 'deleteImage', imageUuid: uuid, backupStorageUuids }, durationMs: DURATION_MS.deleteImage };
  });
}

function expungeImage(ctx: RequestCtx): Response {
  const backupStorageUuids = optStringList(paramObject(ctx.body, 'expungeImage'), 'backupStorageUuids');
  return submitAsync(ctx, 'ExpungeImage', (): Plan => {
    const found = findImage(ctx, 'imageUuid');
    if ('error' in found) return found;
    const error = unknownBackupStorage(ctx, backupStorageUuids) ?? expungeRefusal(found);
    if (error) return { error };
    return { effect: { kind: 'expungeImage', imageUuid: found.uuid, backupStorageUuids }, durationMs: DURATION_MS.expungeImage };
  });
}

function recoverImage(ctx: RequestCtx): Response {
  const backupStorageUuids = optStringList(paramObject(ctx.body, 'recoverImage'), 'backupStorageUuids');
  return submitAsync(ctx, 'RecoverImage', (): Plan => {
    const found = findImage(ctx, 'imageUuid');
    if ('error' in found) return found;
    const error = unknownBackupStorage(ctx, backupStorageUuids) ?? recoverRefusal(found);
    if (error) return { error };
    return { effect: { kind: 'recoverImage', imageUuid: found.uuid }, durationMs: DURATION_MS.recoverImage };
  });
}

/**
 * CreateDataVolumeFromVolumeTemplate: checks in ApiParamValidator order (image exists, name, description,
 * primaryStorageUuid required and existing, resourceUuid), then the interceptor's rules; the volume is
 * `Creating` at once (size of the template) and `Ready` when the job ends with `{inventory: VolumeInventory}`.
 */
function createVolumeFromTemplate(ctx: RequestCtx): Response {
  const api = 'CreateDataVolumeFromVolumeTemplate';
  const params = paramObject(ctx.body, 'params');
  const name = optString(params, 'name');
  const description = optString(params, 'description');
  const primaryStorageUuid = optString(params, 'primaryStorageUuid');
  const resourceUuid = optString(params, 'resourceUuid');
  return submitAsync(ctx, api, (): Plan => {
    const found = findImage(ctx, 'imageUuid');
    if ('error' in found) return found;
    const ps = ctx.state.primaryStorages.find((p) => p.uuid === primaryStorageUuid);
    const error = firstError(
      () => requiredString(api, 'name', name, 255),
      () => maxLengthError(api, 'description', description, 2048),
      () => (primaryStorageUuid === undefined ? missingField(api, 'primaryStorageUuid') : undefined),
      () => (ps ? undefined : resourceNotFound('primaryStorageUuid', primaryStorageUuid ?? '', 'PrimaryStorageVO')),
      () => resourceUuidError(resourceUuid, (uuid) => uuidTaken(ctx.state, uuid)),
      () => (ps ? volumeFromTemplateRefusal(found, ps) : undefined),
    );
    if (error || !ps) return { error: error ?? resourceNotFound('primaryStorageUuid', '', 'PrimaryStorageVO') };
    const uuid = resourceUuid ?? nextUuid(ctx.state);
    ctx.state.volumes.push({
      uuid,
      name: name as string,
      ...(description !== undefined ? { description } : {}),
      primaryStorageUuid: ps.uuid,
      // The template it came from (VolumeVO.rootImageUuid; that this API fills it is ASSUMED, docs/providers/zstack.md §9).
      rootImageUuid: found.uuid,
      installPath: ps.type === 'Ceph' ? `ceph://pri-c-vol/${uuid}` : `/zstack_ps/dataVolumes/acct-36c27e8f/vol-${uuid}/${uuid}.qcow2`,
      type: 'Data',
      format: found.format,
      size: found.size,
      actualSize: found.actualSize,
      state: 'Enabled',
      status: 'Creating',
      isShareable: false,
      createDate: ctx.now,
      lastOpDate: ctx.now,
    });
    return { effect: { kind: 'createVolumeFromTemplate', volumeUuid: uuid, imageUuid: found.uuid }, durationMs: DURATION_MS.createDataVolume, long: true };
  });
}

export function imageRoutes(): ApiRoute[] {
  const actions = '/images/{imageUuid}/actions';
  return [
    { api: 'DeleteImage', method: 'DELETE', path: '/images/{uuid}', handle: deleteImage },
    { api: 'ExpungeImage', method: 'PUT', path: actions, action: 'expungeImage', handle: expungeImage },
    { api: 'RecoverImage', method: 'PUT', path: actions, action: 'recoverImage', handle: recoverImage },
    { api: 'CreateDataVolumeFromVolumeTemplate', method: 'POST', path: '/volumes/data/from/data-volume-templates/{imageUuid}', handle: createVolumeFromTemplate },
  ];
}
