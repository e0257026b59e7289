import type { Idc51Snapshot } from '@/api/idc51/types';
import type { VsdSnapshot, VsdSnapshotTree } from '@/api/vsd/types';
import type { ZStackVolumeInventory, ZStackVolumeSnapshotInventory, ZStackVolumeSnapshotTreeInventory } from '@/api/zstack/types';
import { buildSnapshotTree } from './build';
import type { SnapshotNode, SnapshotTarget, SnapshotTree } from './types';

/** Test fixtures shaped as the providers send them (seed documents and emulator replies). */

/** Seed 003: `origin` on test-templ, head under it. */
export const VSD_ORIGIN: VsdSnapshot = {
  tenant: '',
  tenant_name: '',
  namespace: '',
  uuid: '60fe79cb-0fc7-4d78-a0d7-64b9a87b47d2',
  compute_uuid: 'b6b0e5b9-dacd-432b-9b83-c3e89799009d',
  name: 'origin',
  description: '',
  ctime: 1631166673,
  vm_detail: null,
  screenshot_url: '',
  screenshot_url_ssl: '',
  domain_remote_url: '',
  disk_snapshot_list: [{ VolumeUuid: '3e8b046d-99a2-4a28-ba73-01c8af4d85e0', SnapshotUuid: '25a949de-eaad-4f99-9bf8-b794578d8cfe', DiskDrive: 'sda' }],
  attr: null,
};

export const VSD_SEED_TREE: VsdSnapshotTree = {
  UUID: 'b6b0e5b9-dacd-432b-9b83-c3e89799009d',
  Parents: { head: 'origin', origin: '' },
  Children: { '': { Children: ['origin'] }, origin: { Children: ['head'] } },
};

export function vsdSnapshot(name: string, ctime: number, attr: Record<string, string> | null = null): VsdSnapshot {
  return { ...VSD_ORIGIN, uuid: `uuid-${name}`, name, ctime, attr, disk_snapshot_list: [{ ...VSD_ORIGIN.disk_snapshot_list[0]!, SnapshotUuid: `disk-${name}` }] };
}

/** A 51idc point (api-docs-v2 field list); full points have parent_id "self". */
export function idc51Point(id: string, over: Partial<Idc51Snapshot> = {}): Idc51Snapshot {
  return {
    snapshot_id: id,
    snapshot_name: id,
    description: '',
    snapshot_type: 0,
    status: 'available',
    transition_status: '',
    create_time: '2026-11-20T02:00:00Z',
    status_time: '2026-11-20T02:00:00Z',
    snapshot_time: '2026-11-20T02:00:00Z',
    is_taken: 1,
    is_head: 0,
    head_chain: 0,
    root_id: id,
    parent_id: 'self',
    size: 1024,
    total_size: 0,
    total_count: 0,
    lastest_snapshot_time: '',
    resource: { resource_id: 'vol-SACNVJNS', resource_name: 'db-data', resource_type: 'volume' },
    ...over,
  };
}

/** Two chains on vol-SACNVJNS as the demo seeds them: an old full chain and the current forced-full one. */
export function idc51Chains(): Idc51Snapshot[] {
  const at = (h: number) => `2026-11-${String(10 + h).padStart(2, '0')}T02:00:00Z`;
  const old = [idc51Point('ss-BTZOND4', { snapshot_type: 1, snapshot_time: at(0) })];
  for (let i = 1; i < 4; i++) old.push(idc51Point(`ss-old${i}`, { root_id: 'ss-BTZOND4', parent_id: old[i - 1]!.snapshot_id, snapshot_time: at(i) }));
  const current = [idc51Point('ss-5fvm6a0u', { snapshot_type: 1, snapshot_time: at(5), head_chain: 1 })];
  for (let i = 1; i < 3; i++) current.push(idc51Point(`ss-cur${i}`, { root_id: 'ss-5fvm6a0u', parent_id: current[i - 1]!.snapshot_id, snapshot_time: at(5 + i) }));
  current[2]!.is_head = 1;
  return [...old, ...current];
}

const zsDate = (minute: number) => `Nov 20, 2026 10:${String(minute).padStart(2, '0')}:00 AM`;

export const ZS_ROOT_VOLUME: ZStackVolumeInventory = { uuid: 'vol-root', name: 'ROOT-web', type: 'Root', size: 40 * 1024 ** 3, state: 'Enabled', status: 'Ready', createDate: zsDate(0), lastOpDate: zsDate(0) };
export const ZS_DATA_VOLUME: ZStackVolumeInventory = { ...ZS_ROOT_VOLUME, uuid: 'vol-data', name: 'DATA-web', type: 'Data' };

export function zsSnapshot(uuid: string, over: Partial<ZStackVolumeSnapshotInventory> = {}): ZStackVolumeSnapshotInventory {
  return {
    uuid,
    name: uuid,
    type: 'Hypervisor',
    volumeUuid: 'vol-root',
    treeUuid: 'tree-1',
    volumeType: 'Root',
    format: 'qcow2',
    latest: false,
    size: 1024 ** 3,
    state: 'Enabled',
    status: 'Ready',
    createDate: zsDate(1),
    lastOpDate: zsDate(1),
    backupStorageRefs: [],
    ...over,
  };
}

/** The root volume with an old tree (a → b) and the current one (c → d latest, c → e); the data disk with one. */
export function zstackMultiTree() {
  const snapshots = [
    zsSnapshot('a', { treeUuid: 'tree-old', createDate: zsDate(1) }),
    zsSnapshot('b', { treeUuid: 'tree-old', parentUuid: 'a', createDate: zsDate(2) }),
    zsSnapshot('c', { treeUuid: 'tree-cur', createDate: zsDate(3) }),
    zsSnapshot('d', { treeUuid: 'tree-cur', parentUuid: 'c', createDate: zsDate(4), latest: true }),
    zsSnapshot('e', { treeUuid: 'tree-cur', parentUuid: 'c', createDate: zsDate(5) }),
    zsSnapshot('x', { treeUuid: 'tree-data', volumeUuid: 'vol-data', volumeType: 'Data', createDate: zsDate(6), latest: true }),
  ];
  const tree = (uuid: string, volumeUuid: string, current: boolean): ZStackVolumeSnapshotTreeInventory => ({ uuid, volumeUuid, current, createDate: zsDate(0), lastOpDate: zsDate(0) });
  return { volumes: [ZS_ROOT_VOLUME, ZS_DATA_VOLUME], snapshots, trees: [tree('tree-old', 'vol-root', false), tree('tree-cur', 'vol-root', true), tree('tree-data', 'vol-data', true)] };
}

/** A neutral node for model tests. */
export function modelNode(id: string, parentId?: string, over: Partial<SnapshotNode> = {}): SnapshotNode {
  return { id, parentId, name: id, kind: 'disk', disks: [], status: 'ready', providerStatus: 'ready', group: 'g', resource: { kind: 'vm', id: 'vm-1' }, ...over };
}

export const VM_TARGET: SnapshotTarget = { vmId: 'vm-1' };

/** root → a → b (→ now), a → c: a branch left by an earlier rollback. */
export function branchedTree(afterId = 'b', provider: SnapshotTree['provider'] = 'vsd'): SnapshotTree {
  const nodes = [modelNode('root', undefined, { createdAt: '2026-11-20T00:00:00.000Z', sizeBytes: 100 }), modelNode('a', 'root', { createdAt: '2026-11-20T01:00:00.000Z' }), modelNode('c', 'a', { createdAt: '2026-11-20T02:00:00.000Z' }), modelNode('b', 'a', { createdAt: '2026-11-20T03:00:00.000Z', sizeBytes: 250, kind: 'memoryAndDisk', memory: 'ready' })];
  return buildSnapshotTree(provider, VM_TARGET, nodes, [{ scope: { kind: 'vm', id: 'vm-1' }, afterId }]);
}
