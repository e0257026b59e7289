import { VSD_ATTR_DOMAIN_MEMORY, VSD_ATTR_MEMORY_STATE, VSD_ATTR_PROGRESS, VSD_TREE_HEAD, type VsdSnapshot, type VsdSnapshotTree } from '@/api/vsd/types';
import { toNumber } from '../../vms/units';
import { buildSnapshotTree } from '../build';
import { SnapshotTreeError } from '../errors';
import type { SnapshotNode, SnapshotTarget, SnapshotTree } from '../types';

function memoryOf(snap: VsdSnapshot): SnapshotNode['memory'] {
  if (snap.attr?.[VSD_ATTR_DOMAIN_MEMORY] !== 'true') return undefined;
  const state = snap.attr[VSD_ATTR_MEMORY_STATE];
  return state === 'saving' || state === 'failed' ? state : 'ready';
}

/**
 * vsd: one tree per VM keyed by snapshot name. `Parents` gives each name's parent ("" = root) and the
 * pseudo-node `head`, the VM's running disks; the list gives the details. A name the tree does not place,
 * or a parent the list does not have, is an error rather than a node dropped silently.
 */
export function adaptVsdSnapshots(target: SnapshotTarget, list: readonly VsdSnapshot[], tree: VsdSnapshotTree): SnapshotTree {
  const resource = { kind: 'vm' as const, id: target.vmId };
  const unplaced = list.filter((snap) => !(snap.name in tree.Parents)).map((snap) => snap.name);
  if (unplaced.length) throw new SnapshotTreeError('vsd', 'danglingParent', unplaced.map((name) => `${name} → ?`));
  const nodes = list.map((snap) => vsdSnapshotNode(snap, target.vmId, tree.Parents[snap.name] || undefined));
  const head = tree.Parents[VSD_TREE_HEAD];
  return buildSnapshotTree('vsd', target, nodes, [{ scope: resource, afterId: head || undefined }]);
}

/** One listed vsd snapshot as a node of VM `vmId` (its parent comes from the tree, when known). */
export function vsdSnapshotNode(snap: VsdSnapshot, vmId: string, parentId?: string): SnapshotNode {
  const resource = { kind: 'vm' as const, id: vmId };
  const memory = memoryOf(snap);
  const memorySize = toNumber(snap.attr?.memory_size);
  return {
    id: snap.name,
    parentId,
    name: snap.name,
    description: snap.description || undefined,
    createdAt: new Date(snap.ctime * 1000).toISOString(),
    sizeBytes: memorySize,
    kind: memory ? 'memoryAndDisk' : 'disk',
    disks: snap.disk_snapshot_list.map((d) => ({ diskId: d.VolumeUuid, diskName: d.DiskDrive || undefined, partId: d.SnapshotUuid })),
    status: memory === 'saving' ? 'creating' : memory === 'failed' ? 'error' : 'ready',
    // vsd has no status word for disk snapshots; memory ones carry attr.memory_state.
    providerStatus: snap.attr?.[VSD_ATTR_MEMORY_STATE] ?? '',
    progress: memory === 'saving' ? toNumber(snap.attr?.[VSD_ATTR_PROGRESS]) : undefined,
    memory,
    group: vmId,
    resource,
  };
}
