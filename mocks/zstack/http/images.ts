/** Image lifecycle APIs: delete (Delay policy → status Deleted), expunge, recover. */
import { DURATION_MS } from '../lib/constants';
import { resourceNotFound } from '../errors';
import { HEX32 } from '../lib/format';
import { expungeRefusal, recoverRefusal } from '../rules/images';
import type { ImageRec } from '../state';
import { deleteModeOf, optStringList, paramObject, queryList, type RequestCtx } from './context';
import type { ApiRoute } from './router';
import { submitAsync, type Plan } from './session';

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

export function imageRoutes(): ApiRoute[] {
  const actions = '/images/{imageUuid}/actions';
  return [
    { api: 'DeleteImage', method: 'DELETE', path: '/images/{uuid}', handle: deleteImage },
    { api: 'ExpungeImage', method: 'PUT', path: actions, action: 'expungeImage', handle: expungeImage },
    { api: 'RecoverImage', method: 'PUT', path: actions, action: 'recoverImage', handle: recoverImage },
  ];
}
