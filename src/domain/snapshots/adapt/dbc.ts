import type { DbcSnapshotB, DbcSnapshotC } from '@/api/dbc/types';
import { serverTimeToIso } from '../../vms/dates';
import { buildSnapshotTree } from '../build';
import type { SnapshotNode, SnapshotStatus, SnapshotTarget, SnapshotTree } from '../types';

/** Era B `state`: `creating`, then libvirt's word for the (shut off) domain, or the failure text. */
export function dbcStatusB(state: string): SnapshotStatus {
  if (state === 'creating') return 'creating';
  if (/fail|error/i.test(state)) return 'error';
  return state ? 'ready' : 'unknown';
}

/** Era C `status`: creating → uploading → none; absent on tasks without a tracking record (= done). */
export function dbcStatusC(status: string | undefined): SnapshotStatus {
  if (status === 'creating') return 'creating';
  if (status === 'uploading') return 'uploading';
  return 'ready';
}

/**
 * DBC lists snapshots per task without parents. Each one is an external qcow2 layer taken over the disks as
 * they were, so the list is shown as a line in creation order, and "now" follows the newest.
 */
export function adaptDbcSnapshots(target: SnapshotTarget, era: 'B' | 'C', items: ReadonlyArray<DbcSnapshotB | DbcSnapshotC>): SnapshotTree {
  const resource = { kind: 'vm' as const, id: target.vmId };
  const nodes = items
    .map((item): SnapshotNode => {
      const b = era === 'B' ? (item as DbcSnapshotB) : undefined;
      const c = era === 'C' ? (item as DbcSnapshotC) : undefined;
      const raw = b ? b.state : (c?.status ?? '');
      return {
        id: item.snapshot_name,
        name: item.snapshot_name,
        description: item.description || undefined,
        createdAt: serverTimeToIso(item.create_time),
        kind: 'disk',
        disks: b?.disks
          ? b.disks.map((d) => ({ diskId: d.disk_name, diskName: d.disk_name, mode: d.snapshot_type, file: d.snapshot_file || undefined }))
          : c?.snapshot_file
            ? [{ diskId: 'all', file: c.snapshot_file }]
            : [],
        status: b ? dbcStatusB(b.state) : dbcStatusC(c?.status),
        providerStatus: raw,
        group: target.vmId,
        resource,
      };
    })
    .sort((x, y) => ((x.createdAt ?? '') < (y.createdAt ?? '') ? -1 : (x.createdAt ?? '') > (y.createdAt ?? '') ? 1 : 0));
  const chained = nodes.map((n, i) => (i === 0 ? n : { ...n, parentId: nodes[i - 1]!.id }));
  return buildSnapshotTree('dbc', target, chained, [{ scope: resource, afterId: chained.at(-1)?.id }]);
}
