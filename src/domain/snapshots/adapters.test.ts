import type { DbcSnapshotB, DbcSnapshotC } from '@/api/dbc/types';
import { adaptDbcSnapshots } from './adapt/dbc';
import { adaptIdc51Snapshots } from './adapt/idc51';
import { adaptVsdSnapshots } from './adapt/vsd';
import { adaptZStackSnapshots } from './adapt/zstack';
import { SnapshotTreeError } from './errors';
import { currentPosition, deletionSet } from './queries';
import { VSD_ORIGIN, VSD_SEED_TREE, idc51Chains, idc51Point, vsdSnapshot, zsSnapshot, zstackMultiTree } from './testing';

describe('vsd adapter', () => {
  const target = { vmId: VSD_ORIGIN.compute_uuid };

  it('maps the seed document: origin as root, head ("You are here") under origin', () => {
    const tree = adaptVsdSnapshots(target, [VSD_ORIGIN], VSD_SEED_TREE);
    expect(tree.roots).toEqual(['origin']);
    expect(currentPosition(tree)).toEqual({ scope: { kind: 'vm', id: target.vmId }, afterId: 'origin' });
    expect(tree.nodes.get('origin')).toMatchObject({
      name: 'origin',
      kind: 'disk',
      status: 'ready',
      createdAt: '2021-09-09T05:51:13.000Z',
      disks: [{ diskId: '3e8b046d-99a2-4a28-ba73-01c8af4d85e0', diskName: 'sda', partId: '25a949de-eaad-4f99-9bf8-b794578d8cfe' }],
    });
  });

  it('memory snapshots: kind, saving progress, failed, raw memory_state', () => {
    const saving = vsdSnapshot('mem', 1631170000, { domain_memory: 'true', memory_state: 'saving', progress: '40', memory_size: String(8 * 1024 ** 3) });
    const failed = vsdSnapshot('bad', 1631180000, { domain_memory: 'true', memory_state: 'failed', progress: '50' });
    const tree = adaptVsdSnapshots(target, [VSD_ORIGIN, saving, failed], { UUID: target.vmId, Parents: { head: 'bad', origin: '', mem: 'origin', bad: 'mem' }, Children: {} });
    expect(tree.nodes.get('mem')).toMatchObject({ kind: 'memoryAndDisk', memory: 'saving', status: 'creating', progress: 40, providerStatus: 'saving', sizeBytes: 8 * 1024 ** 3 });
    expect(tree.nodes.get('bad')).toMatchObject({ memory: 'failed', status: 'error' });
  });

  it('no snapshots and head under the virtual root: now before any snapshot', () => {
    const tree = adaptVsdSnapshots(target, [], { UUID: target.vmId, Parents: { head: '' }, Children: { '': { Children: ['head'] } } });
    expect(currentPosition(tree)?.afterId).toBeUndefined();
  });

  it('a listed snapshot the tree does not place, or a loop in Parents, is an error', () => {
    expect(() => adaptVsdSnapshots(target, [VSD_ORIGIN, vsdSnapshot('lost', 1)], VSD_SEED_TREE)).toThrow(SnapshotTreeError);
    const loop = { UUID: '', Parents: { head: 'a', origin: 'a', a: 'origin' }, Children: {} };
    expect(() => adaptVsdSnapshots(target, [VSD_ORIGIN, vsdSnapshot('a', 2)], loop)).toThrow(/loop/);
  });
});

describe('51idc adapter', () => {
  const target = { vmId: 'ins-DBMASTR', volumeId: 'vol-SACNVJNS' };
  const volume = { kind: 'volume' as const, id: 'vol-SACNVJNS' };

  it('maps two chains: full roots, incremental points, head on the current chain', () => {
    const tree = adaptIdc51Snapshots(target, idc51Chains(), [volume]);
    expect(tree.roots).toEqual(['ss-BTZOND4', 'ss-5fvm6a0u']);
    expect(tree.nodes.get('ss-5fvm6a0u')).toMatchObject({ kind: 'full', group: 'ss-5fvm6a0u', sizeBytes: 1024 * 1024 ** 2, status: 'ready', providerStatus: 'available' });
    expect(tree.nodes.get('ss-cur1')).toMatchObject({ kind: 'incremental', parentId: 'ss-5fvm6a0u', resource: { kind: 'volume', id: 'vol-SACNVJNS', name: 'db-data' } });
    expect(currentPosition(tree, 'vol-SACNVJNS')?.afterId).toBe('ss-cur2');
    // Deleting a point takes the later points of its chain (the provider's rule).
    expect(deletionSet(tree, 'ss-old1', 'subtree').removed).toEqual(['ss-old1', 'ss-old2', 'ss-old3']);
  });

  it('status and transition: creating, deleting, deleted with the raw words kept', () => {
    const points = [idc51Point('f', { status: 'pending', transition_status: 'creating', snapshot_type: 'IS_FULL' }), idc51Point('g', { status: 'deleted' })];
    points[1]!.root_id = 'g';
    const tree = adaptIdc51Snapshots(target, points, [volume]);
    expect(tree.nodes.get('f')).toMatchObject({ status: 'creating', providerStatus: 'pending · creating', kind: 'full' });
    expect(tree.nodes.get('g')).toMatchObject({ status: 'deleted' });
  });

  it('two roots in one chain (root_id) is an error', () => {
    const points = [idc51Point('f1', { root_id: 'chain' }), idc51Point('f2', { root_id: 'chain' })];
    expect(() => adaptIdc51Snapshots(target, points, [volume])).toThrow(/more than one root/);
  });
});

describe('ZStack adapter', () => {
  const target = { vmId: 'vm-web' };

  it('maps multi-tree volumes: one root per tree, current tree latest per volume', () => {
    const { volumes, snapshots, trees } = zstackMultiTree();
    const tree = adaptZStackSnapshots(target, volumes, snapshots, trees);
    expect(tree.roots).toEqual(['a', 'c', 'x']);
    expect(tree.children.get('c')).toEqual(['d', 'e']);
    expect(tree.positions).toEqual([
      { scope: { kind: 'volume', id: 'vol-root', name: 'ROOT-web', role: 'root' }, afterId: 'd' },
      { scope: { kind: 'volume', id: 'vol-data', name: 'DATA-web', role: 'data' }, afterId: 'x' },
    ]);
    expect(tree.nodes.get('a')).toMatchObject({ kind: 'full', group: 'tree-old', createdAt: '2026-11-20T02:01:00.000Z', sizeBytes: 1024 ** 3 });
    expect(tree.nodes.get('d')).toMatchObject({ kind: 'incremental', status: 'ready', providerStatus: 'Ready' });
    // ZStack deletes the whole subtree.
    expect(deletionSet(tree, 'c', 'subtree').removed).toEqual(['c', 'd', 'e']);
  });

  it('a disabled snapshot keeps both raw words; a tree with two roots is an error', () => {
    const { volumes, trees } = zstackMultiTree();
    const off = adaptZStackSnapshots(target, volumes, [zsSnapshot('s', { state: 'Disabled' })], trees);
    expect(off.nodes.get('s')).toMatchObject({ status: 'suspended', providerStatus: 'Ready · Disabled' });
    expect(() => adaptZStackSnapshots(target, volumes, [zsSnapshot('r1'), zsSnapshot('r2')], trees)).toThrow(SnapshotTreeError);
  });
});

describe('DBC adapter', () => {
  const target = { vmId: 'Ht5nC7xK1wQe8RfV3jMzUa', nodeId: 'n' };

  it('era B (seed lists): a line in creation order, per-disk parts, now after the newest', () => {
    const items: DbcSnapshotB[] = [
      { snapshot_name: 'snap-epoch90', description: 'after epoch 90', create_time: '2022-02-10 18:00:00', state: 'shutoff', disks: [{ disk_name: 'vda', snapshot_type: 'external', driver_type: 'qcow2', snapshot_file: '/data/vda_snap-epoch90.qcow2' }] },
      { snapshot_name: 'snap1', description: 'first', create_time: '2022-02-01 10:00:00', state: 'shutoff' },
      { snapshot_name: 'snap2', description: 'x', create_time: '2022-02-11 10:00:00', state: 'creating' },
    ];
    const tree = adaptDbcSnapshots(target, 'B', items);
    expect(tree.roots).toEqual(['snap1']);
    expect(tree.nodes.get('snap-epoch90')).toMatchObject({ parentId: 'snap1', createdAt: '2022-02-10T10:00:00.000Z', disks: [{ diskId: 'vda', mode: 'external', file: '/data/vda_snap-epoch90.qcow2' }] });
    expect(tree.nodes.get('snap2')).toMatchObject({ status: 'creating', providerStatus: 'creating' });
    expect(currentPosition(tree)?.afterId).toBe('snap2');
    expect(adaptDbcSnapshots(target, 'B', [{ snapshot_name: 'f', description: '', create_time: '2022-01-01 00:00:00', state: 'create snapshot failed: no space' }]).nodes.get('f')!.status).toBe('error');
  });

  it('era C: status creating → uploading → none (absent = done)', () => {
    const items: DbcSnapshotC[] = [
      { snapshot_name: 'a', description: '', snapshot_file: '/data/a.qcow2', create_time: '2026-11-01 10:00:00' },
      { snapshot_name: 'b', description: '', snapshot_file: '/data/b.qcow2', create_time: '2026-11-02 10:00:00', status: 'uploading' },
    ];
    const tree = adaptDbcSnapshots(target, 'C', items);
    expect(tree.nodes.get('a')).toMatchObject({ status: 'ready', disks: [{ diskId: 'all', file: '/data/a.qcow2' }] });
    expect(tree.nodes.get('b')).toMatchObject({ status: 'uploading', providerStatus: 'uploading', parentId: 'a' });
  });
});
