import type { ZStackVolumeInventory, ZStackVolumeSnapshotInventory, ZStackVolumeSnapshotTreeInventory } from '@/api/zstack/types';
import { gsonDateToIso } from '../../vms/dates';
import { buildSnapshotTree } from '../build';
import type { CurrentPosition, SnapshotNode, SnapshotResource, SnapshotStatus, SnapshotTarget, SnapshotTree } from '../types';

const STATUS: Record<string, SnapshotStatus> = { Creating: 'creating', Ready: 'ready', Deleting: 'deleting', Deleted: 'deleted' };

export function zstackVolumeResource(volume: Pick<ZStackVolumeInventory, 'uuid' | 'name' | 'type'>): SnapshotResource {
  return { kind: 'volume', id: volume.uuid, name: volume.name, role: volume.type === 'Root' ? 'root' : volume.type === 'Data' ? 'data' : undefined };
}

/**
 * ZStack: per volume, one or more snapshot trees (`treeUuid`), one of them `current`; in it the `latest`
 * snapshot is where the volume runs now. A tree's first snapshot is a full copy, the rest qcow2 increments.
 */
export function adaptZStackSnapshots(
  target: SnapshotTarget,
  volumes: readonly ZStackVolumeInventory[],
  snapshots: readonly ZStackVolumeSnapshotInventory[],
  trees: readonly ZStackVolumeSnapshotTreeInventory[],
): SnapshotTree {
  const resources = new Map(volumes.map((v) => [v.uuid, zstackVolumeResource(v)]));
  const nodes = snapshots.map((snap) => zstackSnapshotNode(snap, resources));
  const positions: CurrentPosition[] = [...resources.values()].map((scope) => {
    const current = trees.find((t) => t.volumeUuid === scope.id && t.current);
    const latest = current && snapshots.find((s) => s.treeUuid === current.uuid && s.latest);
    return { scope, afterId: latest?.uuid };
  });
  return buildSnapshotTree('zstack', target, nodes, positions);
}

/** One ZStack volume snapshot as a node; `resources`: the known volumes by uuid. */
export function zstackSnapshotNode(snap: ZStackVolumeSnapshotInventory, resources: ReadonlyMap<string, SnapshotResource>): SnapshotNode {
  const volumeId = snap.volumeUuid ?? '';
  const resource = resources.get(volumeId) ?? { kind: 'volume' as const, id: volumeId };
  const disabled = snap.state === 'Disabled';
  return {
    id: snap.uuid,
    parentId: snap.parentUuid || undefined,
    name: snap.name,
    description: snap.description || undefined,
    createdAt: gsonDateToIso(snap.createDate),
    sizeBytes: snap.size,
    kind: snap.parentUuid ? 'incremental' : 'full',
    disks: [{ diskId: volumeId, diskName: resource.name, partId: snap.uuid }],
    status: disabled && snap.status === 'Ready' ? 'suspended' : (STATUS[snap.status] ?? 'unknown'),
    providerStatus: disabled ? `${snap.status} · ${snap.state}` : snap.status,
    group: snap.treeUuid,
    resource,
  };
}
