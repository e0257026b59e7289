import type { Idc51Snapshot } from '@/api/idc51/types';
import { serverTimeToIso } from '../../vms/dates';
import { MiB } from '../../vms/units';
import { buildSnapshotTree } from '../build';
import type { CurrentPosition, SnapshotNode, SnapshotResource, SnapshotStatus, SnapshotTarget, SnapshotTree } from '../types';

const BY_TRANSITION: Record<string, SnapshotStatus> = { creating: 'creating', deleting: 'deleting', suspending: 'suspended', resuming: 'creating', recovering: 'creating' };
const BY_STATUS: Record<string, SnapshotStatus> = { pending: 'creating', available: 'ready', suspended: 'suspended', deleted: 'deleted', ceased: 'deleted' };

export function idc51Status(point: Pick<Idc51Snapshot, 'status' | 'transition_status'>): SnapshotStatus {
  return (point.transition_status && BY_TRANSITION[point.transition_status]) || BY_STATUS[point.status] || 'unknown';
}

const isFull = (type: Idc51Snapshot['snapshot_type']) => type === 1 || type === 'IS_FULL';

export function idc51ResourceOf(point: Idc51Snapshot, fallback: string): SnapshotResource {
  const r = point.resource;
  return r ? { kind: r.resource_type === 'instance' ? 'vm' : 'volume', id: r.resource_id, name: r.resource_name || undefined } : { kind: 'volume', id: fallback };
}

/**
 * 51idc chains: a full point (`parent_id` "self") and incremental points after it; `root_id` names the chain,
 * `is_head` the point the resource runs on. `resources`: the instance and/or volumes the points were read for.
 */
export function adaptIdc51Snapshots(target: SnapshotTarget, points: readonly Idc51Snapshot[], resources: readonly SnapshotResource[]): SnapshotTree {
  const nodes = points.map((point) => idc51SnapshotNode(point, target.volumeId ?? target.vmId));
  const positions: CurrentPosition[] = resources.map((scope) => ({ scope, afterId: nodes.find((n, i) => n.resource.id === scope.id && points[i]!.is_head === 1)?.id }));
  return buildSnapshotTree('idc51', target, nodes, positions);
}

/** One 51idc backup point as a node; `fallback`: the resource it was read for, when the point does not say. */
export function idc51SnapshotNode(point: Idc51Snapshot, fallback: string): SnapshotNode {
  const resource = idc51ResourceOf(point, fallback);
  return {
    id: point.snapshot_id,
    parentId: point.parent_id === 'self' || point.parent_id === '' || point.parent_id === point.snapshot_id ? undefined : point.parent_id,
    name: point.snapshot_name || point.snapshot_id,
    description: point.description || undefined,
    createdAt: serverTimeToIso(point.snapshot_time || point.create_time),
    sizeBytes: point.size * MiB,
    kind: isFull(point.snapshot_type) ? 'full' : 'incremental',
    disks: [{ diskId: resource.id, diskName: resource.name }],
    status: idc51Status(point),
    providerStatus: point.transition_status ? `${point.status} · ${point.transition_status}` : point.status,
    group: point.root_id,
    resource,
  };
}
