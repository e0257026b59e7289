import { buildSnapshotTree } from '@/domain/snapshots/build';
import { VM_TARGET, branchedTree, modelNode } from '@/domain/snapshots/testing';
import { confirmationMatches, deletePlanOf } from './deletePlan';

describe('deletePlanOf', () => {
  it('subtree providers (ZStack, 51idc): every snapshot below by name, NOW moves to the parent, typed confirmation', () => {
    for (const provider of ['zstack', 'idc51'] as const) {
      const plan = deletePlanOf(branchedTree('b', provider), 'a');
      expect(plan).toEqual({
        removed: [{ id: 'a', name: 'a' }, { id: 'c', name: 'c' }, { id: 'b', name: 'b' }],
        reparented: [],
        now: { moves: true, toName: 'root' },
        typeToConfirm: true,
      });
    }
    // A leaf away from NOW: one snapshot, NOW stays, no typing.
    expect(deletePlanOf(branchedTree('b', 'zstack'), 'c')).toEqual({ removed: [{ id: 'c', name: 'c' }], reparented: [], now: { moves: false }, typeToConfirm: false });
  });

  it('vsd: only the one goes, its child moves up under its parent; DBC: one file', () => {
    const tree = buildSnapshotTree('vsd', VM_TARGET, [modelNode('root'), modelNode('a', 'root', { name: 'alpha' }), modelNode('c', 'a', { name: 'gamma' })], [{ scope: { kind: 'vm', id: 'vm-1' }, afterId: 'c' }]);
    expect(deletePlanOf(tree, 'a')).toEqual({ removed: [{ id: 'a', name: 'alpha' }], reparented: [{ id: 'c', name: 'gamma', parentName: 'root' }], now: { moves: false }, typeToConfirm: false });
    expect(deletePlanOf(tree, 'root')?.reparented).toEqual([{ id: 'a', name: 'alpha', parentName: undefined }]);
    // NOW on the deleted one moves to its parent; on the first snapshot, to before any.
    expect(deletePlanOf(tree, 'c')?.now).toEqual({ moves: true, toName: 'alpha' });
    const line = buildSnapshotTree('dbc', VM_TARGET, [modelNode('s1')], [{ scope: { kind: 'vm', id: 'vm-1' }, afterId: 's1' }]);
    expect(deletePlanOf(line, 's1')).toEqual({ removed: [{ id: 's1', name: 's1' }], reparented: [], now: { moves: true, toName: undefined }, typeToConfirm: false });
  });

  it('a snapshot no longer in the tree has no plan; the typed name must match exactly', () => {
    expect(deletePlanOf(branchedTree(), 'gone')).toBeUndefined();
    expect(confirmationMatches('初始安装 baseline', '初始安装 baseline')).toBe(true);
    expect(confirmationMatches('初始安装 baseline ', '初始安装 baseline')).toBe(false);
    expect(confirmationMatches('Baseline', 'baseline')).toBe(false);
  });
});
