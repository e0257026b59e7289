import { buildSnapshotTree } from '@/domain/snapshots/build';
import { branchedTree, modelNode, VM_TARGET } from '@/domain/snapshots/testing';
import type { SnapshotTarget, SnapshotTree } from '@/domain/snapshots/types';
import { demoConnection } from '@/test/renderApp';
import { checkSnapshotAction, snapshotActionsOf, type SnapshotSubject } from './registry';

const RUNNING: SnapshotTarget['vm'] = { status: 'running', providerStatus: 'running' };

function withVm(tree: SnapshotTree, vm: SnapshotTarget['vm']): SnapshotTree {
  return { ...tree, target: { ...tree.target, vm } };
}

const subject = (tree: SnapshotTree, snapshotId?: string): SnapshotSubject => ({ connection: demoConnection(tree.provider).connection, tree, targetName: 'web-1', snapshotId });

describe('snapshot action registry', () => {
  it('offers per provider only what the provider has', () => {
    expect(snapshotActionsOf('dbc', 'snapshot').map((a) => a.name)).toEqual(['delete']);
    expect(snapshotActionsOf('vsd', 'snapshot').map((a) => a.name)).toEqual(['rollback', 'rollbackDisks', 'modify', 'delete']);
    expect(snapshotActionsOf('zstack', 'snapshot').map((a) => a.name)).toEqual(['rollback', 'modify', 'delete', 'exportImage', 'exportTemplate', 'exportVolume']);
    expect(snapshotActionsOf('idc51', 'snapshot').map((a) => a.name)).toEqual(['rollback', 'modify', 'delete', 'exportImage', 'exportVolume']);
    expect(snapshotActionsOf('dbc', 'target').map((a) => a.name)).toEqual(['create']);
  });

  it('vsd "Roll back" on a running VM: from memory where the snapshot has it, else after powering off', () => {
    const tree = withVm(branchedTree('b'), RUNNING);
    expect(checkSnapshotAction(subject(tree, 'b'), 'rollback')).toMatchObject({ allowed: true, via: 'rollbackWithMemory' });
    expect(checkSnapshotAction(subject(tree, 'a'), 'rollback')).toMatchObject({ allowed: true, via: 'rollback', stopFirst: true, notes: [{ key: 'snapshots.action.stopsFirst' }, { key: 'snapshot.note.vmStaysOff' }] });
  });

  it('a VM in the middle of an operation is not powered off for it: refused with the reason', () => {
    const tree = withVm(branchedTree('b'), { status: 'starting', providerStatus: 'starting', busy: true });
    const check = checkSnapshotAction(subject(tree, 'a'), 'rollback');
    expect(check).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.vmOff', params: { status: 'starting' } } });
    expect(check).not.toHaveProperty('stopFirst');
  });

  it('vsd delete of a snapshot with two children is refused up front, the running disks counting as one', () => {
    const tree = withVm(branchedTree('b'), { status: 'stopped', providerStatus: 'shutoff' });
    expect(checkSnapshotAction(subject(tree, 'a'), 'delete')).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.tooManyChildren', params: { count: 2 } } });
    expect(checkSnapshotAction(subject(tree, 'c'), 'delete')).toMatchObject({ allowed: true });
  });

  it('DBC create on a running VM is offered as "power off, then snapshot"', () => {
    const empty = buildSnapshotTree('dbc', { ...VM_TARGET, nodeId: 'node-1', vm: RUNNING }, [], [{ scope: { kind: 'vm', id: 'vm-1' } }]);
    expect(checkSnapshotAction(subject(empty), 'create')).toMatchObject({ allowed: true, stopFirst: true });
    const stopped = withVm(empty, { status: 'stopped', providerStatus: 'closed' });
    expect(checkSnapshotAction(subject(stopped), 'create')).toMatchObject({ allowed: true });
    expect(checkSnapshotAction(subject(stopped), 'create')).not.toHaveProperty('stopFirst');
  });

  it('51idc "Roll back" applies an instance or a volume backup, whichever the point is', () => {
    const nodes = [modelNode('vol-pt', undefined, { resource: { kind: 'volume', id: 'vol-1' } })];
    const tree = buildSnapshotTree('idc51', { ...VM_TARGET, vm: { status: 'stopped', providerStatus: 'stopped' } }, nodes, [{ scope: { kind: 'volume', id: 'vol-1' }, afterId: 'vol-pt' }]);
    expect(checkSnapshotAction(subject(tree, 'vol-pt'), 'rollback')).toMatchObject({ allowed: true, via: 'rollbackVolume' });
    // The refusal shown is the useful one (not "only instance backups"): here the point is not ready.
    const creating = buildSnapshotTree('idc51', tree.target, [modelNode('vol-pt', undefined, { resource: { kind: 'volume', id: 'vol-1' }, status: 'creating', providerStatus: 'creating' })], []);
    expect(checkSnapshotAction(subject(creating, 'vol-pt'), 'rollback')).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.notReady' } });
  });
});
