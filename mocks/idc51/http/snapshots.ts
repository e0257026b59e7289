import { http, type HttpHandler } from 'msw';
import type { Idc51Job } from '../../../src/api/idc51/types';
import { errorResponse, isRefusal, refuse, type Refusal } from '../errors';
import { randomInt, resourceId } from '../lib/ids';
import { FULL_BACKUP_MS, PENDING_MS, TAKEN_AT, WORK_MS, jobView, startJob } from '../lib/jobs';
import { parseIsFull, bodyString, bodyStringList, queryList, readBody, type Body } from './parse';
import { decideBackupKind, deletionSet, headOf, headsAfterDeletion, setHead } from '../rules/chains';
import {
  checkCapture,
  checkChainIdle,
  checkCreateVolume,
  checkDeletable,
  checkNoBackupInProgress,
  checkResourceSteady,
  checkUsable,
  instanceToRestart,
  type BackupResource,
} from '../rules/operations';
import { findInstance, type SnapshotRecord } from '../state';
import { failOr, reply, resolveResource, zoned, zonePoint, type ActionContext, type HandlerContext, type ZoneCall } from './context';
import { listSnapshots } from './listing';

/** Backup actions: validate everything first (nothing changes on a refusal), then mutate and start the job. */

function sourceOf(resource: BackupResource): { sizeGb: number; volumeType: number; osFamily: string } {
  if (resource.type === 'volume') return { sizeGb: resource.record.sizeGb, volumeType: resource.record.volumeType, osFamily: '' };
  return { sizeGb: resource.record.rootSizeGb, volumeType: 0, osFamily: resource.record.osFamily };
}

/** POST /volume_snapshots → CreateSnapshots. */
export function createSnapshots(ctx: ActionContext, body: Body): Idc51Job | Refusal {
  const ids = bodyStringList(body, 'resources');
  if (isRefusal(ids)) return ids;
  const name = bodyString(body, 'snapshot_name', true);
  if (isRefusal(name)) return name;
  const forceFull = parseIsFull(body.is_full);
  if (isRefusal(forceFull)) return forceFull;
  const resources: BackupResource[] = [];
  for (const id of ids) {
    const resource = resolveResource(ctx.state, ctx.zone, id);
    const refusal = checkResourceSteady(resource, id) ?? checkNoBackupInProgress(ctx.state.snapshots, id);
    if (refusal) return refusal;
    if (resource) resources.push(resource);
  }
  const kinds = resources.map((r) => decideBackupKind(ctx.state.snapshots, r.record.id, forceFull));
  const workMs = kinds.some((k) => k.full) ? FULL_BACKUP_MS : WORK_MS.CreateSnapshots;
  const takenAt = ctx.now + (PENDING_MS + workMs * TAKEN_AT) * ctx.scale;
  const previousHeads: Record<string, string> = {};
  const created: SnapshotRecord[] = resources.map((resource, index) => {
    const kind = kinds[index] ?? { full: true };
    const source = sourceOf(resource);
    const id = resourceId(ctx.state, 'ss');
    previousHeads[resource.record.id] = headOf(ctx.state.snapshots, resource.record.id)?.id ?? '';
    ctx.state.seq += 1;
    return {
      id,
      zone: ctx.zone,
      name: name ?? '',
      description: '',
      full: kind.full,
      status: 'pending',
      transition: 'creating',
      createdAt: ctx.now,
      statusAt: ctx.now,
      snapshotAt: ctx.now,
      takenAt,
      isHead: false,
      rootId: kind.full ? id : kind.rootId,
      parentId: kind.full ? 'self' : kind.parentId,
      seq: ctx.state.seq,
      sizeMb: kind.full ? Math.round(source.sizeGb * 1024 * 0.35) : randomInt(ctx.state, 16, Math.max(32, source.sizeGb * 20)),
      resourceId: resource.record.id,
      resourceName: resource.record.name,
      resourceType: resource.type,
      sourceSizeGb: source.sizeGb,
      sourceVolumeType: source.volumeType,
      osFamily: source.osFamily,
    };
  });
  ctx.state.snapshots.push(...created);
  // The new point is the resource's head at once: its present state descends from it.
  for (const point of created) setHead(ctx.state.snapshots, point.resourceId, point.id);
  const effect = { kind: 'createSnapshots' as const, snapshotIds: created.map((p) => p.id), previousHeads };
  const job = startJob(ctx.state, { action: 'CreateSnapshots', zone: ctx.zone, resourceIds: effect.snapshotIds, now: ctx.now, scale: ctx.scale, workMs, failHalfway: ctx.failHalfway(), effect });
  return jobView(job, ctx.now);
}

/** DELETE /volume_snapshots/:ids (comma list in the path, plus `snapshot` in the query) → DeleteSnapshots. */
export function deleteSnapshots(ctx: ActionContext, ids: string[]): Idc51Job | Refusal {
  if (!ids.length) return refuse.missing('snapshot');
  const doomed = new Map<string, SnapshotRecord>();
  for (const id of ids) {
    const point = zonePoint(ctx.state, ctx.zone, id);
    if (!point) return refuse.notFound(id);
    if (doomed.has(point.id)) continue;
    const refusal = checkDeletable(point);
    if (refusal) return refusal;
    const sweep = deletionSet(ctx.state.snapshots, point);
    const busy = checkChainIdle(sweep);
    if (busy) return busy;
    for (const p of sweep) doomed.set(p.id, p);
  }
  const snapshotIds = [...doomed.keys()];
  const nextHeads = headsAfterDeletion(ctx.state.snapshots, new Set(snapshotIds));
  for (const point of doomed.values()) point.transition = 'deleting';
  const effect = { kind: 'deleteSnapshots' as const, snapshotIds, nextHeads };
  const job = startJob(ctx.state, { action: 'DeleteSnapshots', zone: ctx.zone, resourceIds: snapshotIds, now: ctx.now, scale: ctx.scale, failHalfway: ctx.failHalfway(), effect });
  return jobView(job, ctx.now);
}

/** POST /volume_snapshots/apply → ApplySnapshots; restarts running instances (and hosts of attached disks). */
export function applySnapshots(ctx: ActionContext, body: Body): Idc51Job | Refusal {
  const ids = bodyStringList(body, 'snapshots');
  if (isRefusal(ids)) return ids;
  const points: SnapshotRecord[] = [];
  const restart = new Set<string>();
  for (const id of ids) {
    const point = zonePoint(ctx.state, ctx.zone, id);
    if (!point) return refuse.notFound(id);
    const unusable = checkUsable(point, ctx.now);
    if (unusable) return unusable;
    if (points.some((p) => p.resourceId === point.resourceId)) return refuse.badParameter(`snapshots [${points.find((p) => p.resourceId === point.resourceId)?.id}] and [${id}] belong to the same resource [${point.resourceId}]`);
    const resource = resolveResource(ctx.state, ctx.zone, point.resourceId);
    const refusal = checkResourceSteady(resource, point.resourceId) ?? checkNoBackupInProgress(ctx.state.snapshots, point.resourceId);
    if (refusal) return refusal;
    const host = resource && instanceToRestart(resource, (instanceId) => findInstance(ctx.state, instanceId));
    if (host) {
      const busyHost = checkResourceSteady(resolveResource(ctx.state, ctx.zone, host), host);
      if (busyHost) return busyHost;
      restart.add(host);
    }
    points.push(point);
  }
  for (const id of restart) {
    const instance = findInstance(ctx.state, id);
    if (instance) Object.assign(instance, { transition: 'restarting', statusAt: ctx.now });
  }
  const snapshotIds = points.map((p) => p.id);
  const effect = { kind: 'applySnapshots' as const, snapshotIds, restartInstanceIds: [...restart] };
  const job = startJob(ctx.state, { action: 'ApplySnapshots', zone: ctx.zone, resourceIds: [...snapshotIds, ...restart], now: ctx.now, scale: ctx.scale, failHalfway: ctx.failHalfway(), effect });
  return jobView(job, ctx.now);
}

/** Path id (final docs) or body `snapshot` (seed); both present and different is a bad request. */
function targetPoint(ctx: ActionContext, pathId: string | undefined, body: Body): SnapshotRecord | Refusal {
  const bodyId = bodyString(body, 'snapshot', pathId === undefined);
  if (isRefusal(bodyId)) return bodyId;
  if (pathId !== undefined && bodyId !== undefined && bodyId !== pathId) return refuse.badParameter(`snapshot [${bodyId}] in the body differs from [${pathId}] in the path`);
  const id = pathId ?? bodyId ?? '';
  return zonePoint(ctx.state, ctx.zone, id) ?? refuse.notFound(id);
}

/**
 * POST /volume_snapshots/capture_instance[/:snapshot_id] → CaptureInstanceFromSnapshot; a new private image. The job's
 * `resource_ids` name the new image first, then the backup point it came from (ASSUMED, docs/providers/idc51.md §6).
 */
export function captureInstance(ctx: ActionContext, pathId: string | undefined, body: Body): Idc51Job | Refusal {
  const point = targetPoint(ctx, pathId, body);
  if (isRefusal(point)) return point;
  const imageName = bodyString(body, 'image_name', true);
  if (isRefusal(imageName)) return imageName;
  const refusal = checkCapture(point, ctx.now);
  if (refusal) return refusal;
  const imageId = resourceId(ctx.state, 'img');
  const windows = point.osFamily === 'windows';
  ctx.state.images.push({
    id: imageId,
    zone: ctx.zone,
    name: imageName ?? '',
    description: `captured from ${point.id}`,
    status: 'pending',
    transition: 'creating',
    createdAt: ctx.now,
    statusAt: ctx.now,
    sizeGb: point.sourceSizeGb,
    platform: windows ? 'windows' : 'linux',
    osFamily: point.osFamily || 'centos',
    provider: 'self',
    defaultUser: windows ? 'administrator' : 'root',
  });
  const effect = { kind: 'captureInstance' as const, snapshotId: point.id, imageId };
  const job = startJob(ctx.state, { action: 'CaptureInstanceFromSnapshot', zone: ctx.zone, resourceIds: [imageId, point.id], now: ctx.now, scale: ctx.scale, failHalfway: ctx.failHalfway(), effect });
  return jobView(job, ctx.now);
}

/**
 * POST /volume_snapshots/create_volume[/:snapshot_id] → CreateVolumeFromSnapshot; same type and size as the source disk.
 * The job's `resource_ids` name the new volume first, then the backup point (ASSUMED, as capture_instance).
 */
export function createVolume(ctx: ActionContext, pathId: string | undefined, body: Body): Idc51Job | Refusal {
  const point = targetPoint(ctx, pathId, body);
  if (isRefusal(point)) return point;
  const volumeName = bodyString(body, 'volume_name', true);
  if (isRefusal(volumeName)) return volumeName;
  const refusal = checkCreateVolume(point, ctx.now);
  if (refusal) return refusal;
  const volumeId = resourceId(ctx.state, 'vol');
  ctx.state.volumes.push({
    id: volumeId,
    zone: ctx.zone,
    name: volumeName ?? '',
    description: `created from ${point.id}`,
    sizeGb: point.sourceSizeGb,
    volumeType: point.sourceVolumeType,
    status: 'pending',
    transition: 'creating',
    createdAt: ctx.now,
    statusAt: ctx.now,
    instanceId: '',
    device: '',
  });
  const effect = { kind: 'createVolume' as const, snapshotId: point.id, volumeId };
  const job = startJob(ctx.state, { action: 'CreateVolumeFromSnapshot', zone: ctx.zone, resourceIds: [volumeId, point.id], now: ctx.now, scale: ctx.scale, failHalfway: ctx.failHalfway(), effect });
  return jobView(job, ctx.now);
}

/** PUT /volume_snapshots/:snapshot_id: name and description, both optional. Synchronous, no body back. */
export function modifySnapshot(ctx: ActionContext, id: string, body: Body): Refusal | undefined {
  const point = zonePoint(ctx.state, ctx.zone, id);
  if (!point) return refuse.notFound(id);
  const name = bodyString(body, 'snapshot_name', false);
  if (isRefusal(name)) return name;
  const description = bodyString(body, 'description', false);
  if (isRefusal(description)) return description;
  if (name !== undefined) point.name = name;
  if (description !== undefined) point.description = description;
  return undefined;
}

/** Backup endpoints of the seed (both doc eras), relative to `/v2/zone/:zone`. */

type BodyAction = (call: ZoneCall, body: Record<string, unknown>) => unknown;

/** Parses the JSON body (400 1100 when it is not JSON) before running the action. */
function withBody(action: BodyAction) {
  return async (call: ZoneCall) => {
    const body = await readBody(call.request);
    return isRefusal(body) ? errorResponse(body) : reply(action(call, body));
  };
}

/** The path id may hold several ids separated by commas (as in image.md's DELETE); `snapshot` in the query adds more. */
function deleteIds(call: ZoneCall): string[] {
  const fromPath = (call.params.snapshot_id ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  return [...new Set([...fromPath, ...(queryList(call.url.searchParams, 'snapshot') ?? [])])];
}

export function snapshotHandlers(zoneBase: string, ctx: HandlerContext): HttpHandler[] {
  const path = `${zoneBase}/volume_snapshots`;
  return [
    http.get(path, zoned(ctx, ({ action, url }) => reply(listSnapshots(action.state, action.zone, url.searchParams, action.now)))),
    http.post(path, zoned(ctx, withBody(({ action }, body) => createSnapshots(action, body)))),
    http.post(`${path}/apply`, zoned(ctx, withBody(({ action }, body) => applySnapshots(action, body)))),
    http.post(`${path}/capture_instance`, zoned(ctx, withBody(({ action }, body) => captureInstance(action, undefined, body)))),
    http.post(`${path}/capture_instance/:snapshot_id`, zoned(ctx, withBody(({ action, params }, body) => captureInstance(action, params.snapshot_id, body)))),
    http.post(`${path}/create_volume`, zoned(ctx, withBody(({ action }, body) => createVolume(action, undefined, body)))),
    http.post(`${path}/create_volume/:snapshot_id`, zoned(ctx, withBody(({ action, params }, body) => createVolume(action, params.snapshot_id, body)))),
    // ASSUMED variant: ids only in the `snapshot` query (the final doc's parameter table).
    http.delete(path, zoned(ctx, (call) => reply(deleteSnapshots(call.action, deleteIds(call))))),
    http.delete(`${path}/:snapshot_id`, zoned(ctx, (call) => reply(deleteSnapshots(call.action, deleteIds(call))))),
    http.put(
      `${path}/:snapshot_id`,
      zoned(ctx, async ({ action, params, request }) => {
        const body = await readBody(request);
        if (isRefusal(body)) return errorResponse(body);
        // The docs answer "无" (nothing): 204 No Content, which the PHP SDK handles explicitly.
        return failOr(modifySnapshot(action, params.snapshot_id ?? '', body), () => new Response(null, { status: 204 }));
      }),
    ),
  ];
}
