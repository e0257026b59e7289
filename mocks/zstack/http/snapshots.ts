/** Snapshot APIs: create, update, revert, size, delete (deleteMode in the query string), batch delete. */
import { DURATION_MS } from '../lib/constants';
import { missingField, resourceNotFound, zsError } from '../errors';
import { HEX32 } from '../lib/format';
import { runningJobs } from '../lib/jobs';
import { beginSnapshot } from '../lib/effects';
import { batchDeleteRefusal, createSnapshotRefusal, deleteRefusal, revertRefusal, snapshotCreateStart, subtree } from '../rules/snapshots';
import { nextUuid, type SnapshotRec } from '../state';
import { bodyTags, deleteModeOf, optString, optStringList, paramObject, type RequestCtx } from './context';
import type { ApiRoute } from './router';
import { submitAsync, type Plan } from './session';
import { firstError, maxLengthError, requiredString, resourceUuidError, systemTagsError, tagUuidsError, uuidTaken } from './validate';

function findSnapshot(ctx: RequestCtx, field: string): SnapshotRec | { error: ReturnType<typeof resourceNotFound> } {
  const uuid = ctx.vars[field] ?? '';
  const snapshot = ctx.state.snapshots.find((s) => s.uuid === uuid);
  return snapshot ?? { error: resourceNotFound(field, uuid, 'VolumeSnapshotVO') };
}

function createSnapshot(ctx: RequestCtx): Response {
  const params = paramObject(ctx.body, 'params');
  const name = optString(params, 'name');
  const description = optString(params, 'description');
  const resourceUuid = optString(params, 'resourceUuid');
  const tagUuids = optStringList(params, 'tagUuids');
  const systemTags = bodyTags(ctx.body, 'systemTags');
  const api = 'CreateVolumeSnapshot';
  return submitAsync(ctx, api, (): Plan => {
    const volumeUuid = ctx.vars.volumeUuid ?? '';
    const volume = ctx.state.volumes.find((v) => v.uuid === volumeUuid);
    const error = firstError(
      () => (volume ? undefined : resourceNotFound('volumeUuid', volumeUuid, 'VolumeVO')),
      () => requiredString(api, 'name', name, 255),
      () => maxLengthError(api, 'description', description, 2048),
      () => resourceUuidError(resourceUuid, (uuid) => uuidTaken(ctx.state, uuid)),
      () => tagUuidsError(tagUuids),
      () => systemTagsError(systemTags),
      () => (volume ? createSnapshotRefusal(volume) : undefined),
    );
    if (error || !volume) return { error: error ?? zsError('SYS.1000', 'unreachable') };
    const uuid = resourceUuid ?? nextUuid(ctx.state);
    const plan = { durationMs: DURATION_MS.createSnapshot, long: true };
    // One snapshot create per volume at a time: a second one waits for the first to end and is placed then.
    const startAt = snapshotCreateStart(runningJobs(ctx.state, ctx.now), volume.uuid);
    if (startAt !== undefined) {
      const queued = description === undefined ? { name: name as string } : { name: name as string, description };
      return { ...plan, effect: { kind: 'createSnapshot', snapshotUuid: uuid, volumeUuid: volume.uuid, queued }, startAt };
    }
    beginSnapshot(ctx.state, volume, { uuid, name: name as string, description }, ctx.now);
    return { ...plan, effect: { kind: 'createSnapshot', snapshotUuid: uuid, volumeUuid: volume.uuid } };
  });
}

function updateSnapshot(ctx: RequestCtx): Response {
  const params = paramObject(ctx.body, 'updateVolumeSnapshot');
  const name = optString(params, 'name');
  const description = optString(params, 'description');
  const api = 'UpdateVolumeSnapshot';
  return submitAsync(ctx, api, (): Plan => {
    const found = findSnapshot(ctx, 'uuid');
    if ('error' in found) return found;
    const error = firstError(
      () => maxLengthError(api, 'name', name, 255),
      () => maxLengthError(api, 'description', description, 2048),
    );
    if (error) return { error };
    return { effect: { kind: 'updateSnapshot', snapshotUuid: found.uuid, name, description }, durationMs: DURATION_MS.updateSnapshot };
  });
}

function revertVolume(ctx: RequestCtx): Response {
  paramObject(ctx.body, 'revertVolumeFromSnapshot');
  return submitAsync(ctx, 'RevertVolumeFromSnapshot', (): Plan => {
    const found = findSnapshot(ctx, 'uuid');
    if ('error' in found) return found;
    const volume = ctx.state.volumes.find((v) => v.uuid === found.volumeUuid);
    const attached = volume?.vmInstanceUuid ? ctx.state.vms.filter((vm) => vm.uuid === volume.vmInstanceUuid) : [];
    const error = revertRefusal(found, volume, attached);
    if (error) return { error };
    return { effect: { kind: 'revert', snapshotUuid: found.uuid }, durationMs: DURATION_MS.revert, long: true };
  });
}

function snapshotSize(ctx: RequestCtx): Response {
  paramObject(ctx.body, 'getVolumeSnapshotSize');
  return submitAsync(ctx, 'GetVolumeSnapshotSize', (): Plan => {
    const found = findSnapshot(ctx, 'uuid');
    if ('error' in found) return found;
    return { effect: { kind: 'snapshotSize', snapshotUuid: found.uuid }, durationMs: DURATION_MS.snapshotSize };
  });
}

function deleteSnapshot(ctx: RequestCtx): Response {
  const uuid = ctx.vars.uuid ?? '';
  const api = 'DeleteVolumeSnapshot';
  return submitAsync(ctx, api, (): Plan => {
    const mode = deleteModeOf(ctx.url, api);
    if (typeof mode !== 'string') return mode;
    const snapshot = ctx.state.snapshots.find((s) => s.uuid === uuid);
    if (!snapshot) {
      // successIfResourceNotExisting, but only for a uuid-shaped value.
      return HEX32.test(uuid) ? { effect: { kind: 'none' }, durationMs: 0 } : { error: resourceNotFound('uuid', uuid, 'VolumeSnapshotVO') };
    }
    const doomed = subtree(ctx.state.snapshots, uuid);
    const error = deleteRefusal(doomed, runningJobs(ctx.state, ctx.now), mode);
    if (error) return { error };
    for (const s of doomed) Object.assign(s, { status: 'Deleting', lastOpDate: ctx.now });
    return { effect: { kind: 'deleteSnapshots', snapshotUuids: doomed.map((s) => s.uuid), rootUuid: uuid }, durationMs: DURATION_MS.deleteSnapshot, long: true };
  });
}

function batchDelete(ctx: RequestCtx): Response {
  const params = paramObject(ctx.body, 'batchDeleteVolumeSnapshot');
  const uuids = optStringList(params, 'uuids');
  const api = 'BatchDeleteVolumeSnapshot';
  return submitAsync(ctx, api, (): Plan => {
    if (!uuids?.length) return { error: missingField(api, 'uuids') };
    const found = ctx.state.snapshots.filter((s) => uuids.includes(s.uuid));
    const missing = uuids.filter((u) => !found.some((s) => s.uuid === u));
    if (missing.length) return { error: resourceNotFound('uuids', missing, 'VolumeSnapshotVO') };
    const error = batchDeleteRefusal(found, uuids);
    if (error) return { error };
    for (const root of uuids) for (const s of subtree(ctx.state.snapshots, root)) Object.assign(s, { status: 'Deleting', lastOpDate: ctx.now });
    return { effect: { kind: 'batchDeleteSnapshots', snapshotUuids: uuids }, durationMs: DURATION_MS.deleteSnapshot, long: true };
  });
}

export function snapshotRoutes(): ApiRoute[] {
  const actions = '/volume-snapshots/{uuid}/actions';
  return [
    { api: 'CreateVolumeSnapshot', method: 'POST', path: '/volumes/{volumeUuid}/volume-snapshots', handle: createSnapshot },
    { api: 'UpdateVolumeSnapshot', method: 'PUT', path: actions, action: 'updateVolumeSnapshot', handle: updateSnapshot },
    { api: 'RevertVolumeFromSnapshot', method: 'PUT', path: actions, action: 'revertVolumeFromSnapshot', handle: revertVolume },
    { api: 'GetVolumeSnapshotSize', method: 'PUT', path: actions, action: 'getVolumeSnapshotSize', handle: snapshotSize },
    { api: 'DeleteVolumeSnapshot', method: 'DELETE', path: '/volume-snapshots/{uuid}', handle: deleteSnapshot },
    { api: 'BatchDeleteVolumeSnapshot', method: 'PUT', path: '/volume-snapshots/batch-delete', handle: batchDelete },
  ];
}
