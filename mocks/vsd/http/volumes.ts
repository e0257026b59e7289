import { http, type HttpHandler } from 'msw';
import type { VsdDiskSnapshotInfo, VsdOutput } from '../../../src/api/vsd/types';
import { batchOf, fail, ok, outputFail, outputOk } from './envelope';
import { isFault, type VsdFault } from '../errors';
import { checkVolumeItem, checkVolumeRollbackCompute } from '../rules/snapshots';
import { treeOf, type ComputeRecord } from '../state';
import { resolveCompute, route, saveCompute, scopeFromBody, type VsdContext } from './context';
import { asObject, bodyArray, bodyString, readBody } from './parse';

/** POST /v1/compute/volume/snapshot/rollback: per-disk rollback, BatchOutput inside Output (seed 003). */

function parseItem(item: unknown, index: number): VsdDiskSnapshotInfo | VsdFault {
  const key = `disk_snapshot_list[${index}]`;
  const object = asObject(item, key);
  if (isFault(object)) return object;
  const VolumeUuid = bodyString(object, 'VolumeUuid', true);
  if (isFault(VolumeUuid)) return { ...VolumeUuid, desc: `${key}.${VolumeUuid.desc}` };
  const SnapshotUuid = bodyString(object, 'SnapshotUuid', true);
  if (isFault(SnapshotUuid)) return { ...SnapshotUuid, desc: `${key}.${SnapshotUuid.desc}` };
  const DiskDrive = bodyString(object, 'DiskDrive');
  if (isFault(DiskDrive)) return { ...DiskDrive, desc: `${key}.${DiskDrive.desc}` };
  return { VolumeUuid, SnapshotUuid, DiskDrive };
}

/** Each item is checked and applied on its own; failures do not stop the others. */
function rollbackItems(ctx: VsdContext, compute: ComputeRecord, items: unknown[]): Array<VsdOutput> {
  let current = compute;
  const tree = treeOf(ctx.state(), compute.uuid);
  const results = items.map((raw, index) => {
    const item = parseItem(raw, index);
    if (isFault(item)) return outputFail(item, raw ?? null);
    const refused = checkVolumeItem(current, tree, item);
    if (refused) return outputFail(refused, item);
    current = { ...current, disks: current.disks.map((disk) => (disk.volumeUuid === item.VolumeUuid ? { ...disk, restoredFrom: item.SnapshotUuid } : disk)) };
    return outputOk(item);
  });
  if (current !== compute) {
    saveCompute(ctx.state(), { ...current, modifyTime: Math.floor(ctx.now() / 1000) });
    ctx.changed();
  }
  return results;
}

export function volumeHandlers(base: string, ctx: VsdContext): HttpHandler[] {
  return [
    http.post(
      `${base}/v1/compute/volume/snapshot/rollback`,
      route(ctx, 'apikey', async ({ request, caller }) => {
        const body = await readBody(request);
        if (isFault(body)) return fail(body);
        const scope = scopeFromBody(body);
        if (isFault(scope)) return fail(scope);
        const items = bodyArray(body, 'disk_snapshot_list');
        if (isFault(items)) return fail(items);
        const compute = resolveCompute(ctx.state(), caller, scope);
        if (isFault(compute)) return fail(compute);
        const refused = checkVolumeRollbackCompute(compute);
        if (refused) return fail(refused);
        return ok(batchOf(rollbackItems(ctx, compute, items)));
      }),
    ),
  ];
}
