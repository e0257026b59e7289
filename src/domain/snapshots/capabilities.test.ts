import type { ProviderId } from '@/api/provider';
import type { VmStatus } from '../vms/types';
import { buildSnapshotTree } from './build';
import { PRECONDITION_REASON, SNAPSHOT_CAPABILITIES, snapshotCan, type Precondition } from './capabilities';
import { VM_TARGET, branchedTree, modelNode } from './testing';
import type { SnapshotAction, SnapshotNode, SnapshotTree } from './types';

const vm = (status: VmStatus, providerStatus: string = status) => ({ status, providerStatus });

function treeWith(provider: ProviderId, nodes: SnapshotNode[], afterId: string | undefined, vmState = vm('stopped', 'shutoff')): SnapshotTree {
  return buildSnapshotTree(provider, { ...VM_TARGET, vm: vmState }, nodes, [{ scope: { kind: 'vm', id: 'vm-1' }, afterId }]);
}
const withVm = (tree: SnapshotTree, state: NonNullable<SnapshotTree['target']['vm']>): SnapshotTree => ({ ...tree, target: { ...tree.target, vm: state } });
const reasonOf = (tree: SnapshotTree, action: SnapshotAction, id?: string, era?: 'current' | '2022') => {
  const result = snapshotCan(tree, action, id, { era });
  return result.allowed ? 'allowed' : result.reason.key;
};

describe('snapshot capability table', () => {
  it('offers what each provider has and nothing else', () => {
    const offered = (p: ProviderId) => (Object.keys(SNAPSHOT_CAPABILITIES[p]) as SnapshotAction[]).filter((a) => SNAPSHOT_CAPABILITIES[p][a].offered);
    expect(offered('dbc')).toEqual(['create', 'chooseDisks', 'delete']);
    expect(offered('idc51')).toEqual(['create', 'chooseFullOrIncremental', 'modify', 'rollback', 'rollbackVolume', 'delete', 'deleteSubtree', 'exportImage', 'exportVolume']);
    expect(offered('vsd')).toEqual(['create', 'createWithMemory', 'modify', 'rollback', 'rollbackWithMemory', 'rollbackVolume', 'delete']);
    expect(offered('zstack')).toEqual(['create', 'chooseDisks', 'modify', 'rollbackVolume', 'delete', 'deleteSubtree', 'exportImage', 'exportTemplate', 'exportVolume', 'size']);
    expect(reasonOf(branchedTree('b', 'dbc'), 'rollback', 'a')).toBe('snapshot.reason.notOffered');
  });

  it('DBC: create needs the VM off and no snapshot in progress; disks only in era 2022; era C notes the upload', () => {
    const tree = treeWith('dbc', [modelNode('s')], 's', vm('stopped', 'closed'));
    expect(snapshotCan(tree, 'create', undefined, { era: 'current' })).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.uploadsToImageCenter' }] });
    expect(snapshotCan(tree, 'create', undefined, { era: '2022' })).toEqual({ allowed: true, notes: [] });
    expect(snapshotCan(withVm(tree, vm('running')), 'create')).toEqual({ allowed: false, reason: { key: 'snapshot.reason.vmOff', params: { status: 'running' } } });
    const busy = treeWith('dbc', [modelNode('s', undefined, { status: 'uploading' })], 's');
    expect(snapshotCan(busy, 'create')).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.inProgress', params: { name: 's' } } });
    expect(reasonOf(busy, 'delete', 's')).toBe('snapshot.reason.snapshotBusy');
    expect(reasonOf(treeWith('dbc', [modelNode('f', undefined, { status: 'error' })], 'f'), 'delete', 'f')).toBe('allowed');
    expect(reasonOf(tree, 'chooseDisks', undefined, 'current')).toBe('snapshot.reason.eraOnly');
    expect(reasonOf(tree, 'chooseDisks', undefined, '2022')).toBe('allowed');
  });

  it('vsd: delete refused with more than one child, the running head counting as one', () => {
    const tree = branchedTree('a'); // a has children c and b, and head sits under a: 3
    expect(snapshotCan(tree, 'delete', 'a')).toEqual({ allowed: false, reason: { key: 'snapshot.reason.tooManyChildren', params: { count: 3 } } });
    const oneChildPlusHead = treeWith('vsd', [modelNode('o'), modelNode('x', 'o')], 'o');
    expect(reasonOf(oneChildPlusHead, 'delete', 'o')).toBe('snapshot.reason.tooManyChildren');
    const headOnly = treeWith('vsd', [modelNode('o')], 'o');
    expect(snapshotCan(headOnly, 'delete', 'o')).toEqual({ allowed: true, notes: [] });
    expect(snapshotCan(treeWith('vsd', [modelNode('o'), modelNode('x', 'o')], 'x'), 'delete', 'o')).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.childrenMoveUp' }] });
  });

  it('vsd: disk rollback needs the VM off; memory rollback needs a ready image and resumes the VM', () => {
    const tree = withVm(branchedTree(), vm('running'));
    expect(reasonOf(tree, 'rollback', 'a')).toBe('snapshot.reason.vmOff');
    expect(snapshotCan(tree, 'rollbackWithMemory', 'b')).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.resumesFromMemory' }] });
    expect(reasonOf(tree, 'rollbackWithMemory', 'a')).toBe('snapshot.reason.noMemory');
    const saving = treeWith('vsd', [modelNode('m', undefined, { kind: 'memoryAndDisk', memory: 'saving', status: 'creating' })], 'm', vm('running'));
    expect(reasonOf(saving, 'rollbackWithMemory', 'm')).toBe('snapshot.reason.memoryNotReady');
    expect(reasonOf(saving, 'create')).toBe('snapshot.reason.inProgress');
    expect(snapshotCan(withVm(tree, vm('stopped', 'shutoff')), 'rollback', 'a')).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.vmStaysOff' }] });
    expect(reasonOf(withVm(tree, { ...vm('running', 'running · migrating'), busy: true }), 'create')).toBe('snapshot.reason.vmBusy');
    expect(reasonOf(withVm(tree, vm('stopped', 'shutoff')), 'createWithMemory')).toBe('snapshot.reason.vmRunning');
  });

  it('51idc: apply restarts a running instance; export by resource type; delete notes the later points', () => {
    const instance = { kind: 'vm' as const, id: 'vm-1' };
    const disk = { kind: 'volume' as const, id: 'vol-1' };
    const nodes = [modelNode('i1', undefined, { resource: instance, group: 'i1' }), modelNode('i2', 'i1', { resource: instance, group: 'i1' }), modelNode('v1', undefined, { resource: disk, group: 'v1' })];
    const tree = treeWith('idc51', nodes, 'i2', vm('running'));
    expect(snapshotCan(tree, 'rollback', 'i1')).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.restartsRunning' }] });
    expect(reasonOf(tree, 'rollback', 'v1')).toBe('snapshot.reason.instanceOnly');
    expect(reasonOf(tree, 'rollbackVolume', 'v1')).toBe('allowed');
    expect(reasonOf(tree, 'exportImage', 'v1')).toBe('snapshot.reason.instanceOnly');
    expect(reasonOf(tree, 'exportVolume', 'i1')).toBe('snapshot.reason.volumeOnly');
    expect(snapshotCan(tree, 'delete', 'i1')).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.takesSubtree' }] });
    expect(reasonOf(withVm(tree, vm('restarting')), 'rollback', 'i1')).toBe('snapshot.reason.vmBusy');
    // A backup running on the disk blocks that disk, not the instance.
    const diskBusy = treeWith('idc51', [...nodes.slice(0, 2), modelNode('v1', undefined, { resource: disk, group: 'v1', status: 'creating' })], 'i2', vm('running'));
    expect(reasonOf(diskBusy, 'create')).toBe('allowed');
    expect(reasonOf({ ...diskBusy, target: { ...diskBusy.target, volumeId: 'vol-1' } }, 'create')).toBe('snapshot.reason.inProgress');
  });

  it('ZStack: per-volume revert with the VM stopped; image only from a root-disk snapshot', () => {
    const root = { kind: 'volume' as const, id: 'vol-root', role: 'root' as const };
    const data = { kind: 'volume' as const, id: 'vol-data', role: 'data' as const };
    const tree = treeWith('zstack', [modelNode('r', undefined, { resource: root, group: 't1' }), modelNode('d', undefined, { resource: data, group: 't2' })], 'r', vm('running', 'Running'));
    expect(reasonOf(tree, 'rollbackVolume', 'r')).toBe('snapshot.reason.vmOff');
    expect(reasonOf(withVm(tree, vm('stopped', 'Stopped')), 'rollbackVolume', 'r')).toBe('allowed');
    expect(reasonOf(tree, 'rollback', 'r')).toBe('snapshot.reason.notOffered');
    expect(reasonOf(tree, 'exportImage', 'd')).toBe('snapshot.reason.rootOnly');
    expect(reasonOf(tree, 'exportTemplate', 'd')).toBe('allowed');
    expect(reasonOf(tree, 'create')).toBe('allowed');
    expect(reasonOf(tree, 'delete')).toBe('snapshot.reason.needsSnapshot');
  });

  it('every precondition in the table has its reason', () => {
    const used = new Set(Object.values(SNAPSHOT_CAPABILITIES).flatMap((table) => Object.values(table).flatMap((rule) => rule.needs ?? [])));
    for (const need of used) expect(PRECONDITION_REASON[need as Precondition]).toMatch(/^snapshot\.reason\./);
  });

  it('an unknown VM state lets the provider decide', () => {
    const tree = buildSnapshotTree('vsd', VM_TARGET, [modelNode('o')], [{ scope: { kind: 'vm', id: 'vm-1' }, afterId: 'o' }]);
    expect(reasonOf(tree, 'rollback', 'o')).toBe('allowed');
  });
});
