import { buildSnapshotTree } from './build';
import { ancestry, compareSnapshots, currentPosition, deletionSet, deletionSetOf, lostOnRollback, pathBetween, subtree } from './queries';
import { VM_TARGET, branchedTree, modelNode } from './testing';

describe('snapshot tree queries', () => {
  it('currentPosition: the one position, or the one of a scope', () => {
    expect(currentPosition(branchedTree())).toMatchObject({ afterId: 'b' });
    expect(currentPosition(branchedTree(), 'vm-1')).toMatchObject({ afterId: 'b' });
    expect(currentPosition(branchedTree(), 'other')).toBeUndefined();
  });

  it('ancestry and subtree', () => {
    const tree = branchedTree();
    expect(ancestry(tree, 'b')).toEqual(['b', 'a', 'root']);
    expect(subtree(tree, 'a')).toEqual(['a', 'c', 'b']);
    expect(() => subtree(tree, 'nope')).toThrow(/No snapshot nope/);
  });

  it('pathBetween goes up to the common ancestor and down again', () => {
    const tree = branchedTree();
    expect(pathBetween(tree, 'b', 'c')).toEqual({ common: 'a', ids: ['b', 'a', 'c'] });
    expect(pathBetween(tree, 'root', 'b')).toEqual({ common: 'root', ids: ['root', 'a', 'b'] });
    expect(pathBetween(tree, 'b', 'b')).toEqual({ common: 'b', ids: ['b'] });
  });

  it('pathBetween across two chains is not connected', () => {
    const tree = buildSnapshotTree('idc51', VM_TARGET, [modelNode('f1', undefined, { group: '1' }), modelNode('f2', undefined, { group: '2' }), modelNode('i2', 'f2', { group: '2' })], []);
    expect(pathBetween(tree, 'f1', 'i2')).toEqual({ ids: [] });
  });

  it('deletionSet: subtree providers take everything below, single ones re-parent the child', () => {
    const tree = branchedTree();
    expect(deletionSet(tree, 'a', 'subtree')).toEqual({ removed: ['a', 'c', 'b'], reparented: [], positionMoves: { scopeId: 'vm-1', to: 'root' } });
    expect(deletionSet(tree, 'c', 'subtree')).toEqual({ removed: ['c'], reparented: [] });
    expect(deletionSet(tree, 'a', 'single')).toEqual({ removed: ['a'], reparented: ['c', 'b'] });
    expect(deletionSet(tree, 'b', 'single')).toEqual({ removed: ['b'], reparented: [], positionMoves: { scopeId: 'vm-1', to: 'a' } });
    expect(deletionSetOf(branchedTree('b', 'zstack'), 'a').removed).toEqual(['a', 'c', 'b']);
    expect(deletionSetOf(branchedTree('b', 'idc51'), 'a').removed).toHaveLength(3);
    expect(deletionSetOf(branchedTree('b', 'vsd'), 'a').removed).toEqual(['a']);
  });

  it('lostOnRollback: the changes since the current position, and the branch left behind', () => {
    const tree = branchedTree();
    expect(lostOnRollback(tree, 'c')).toEqual({ changesSince: 'b', leftBehind: ['b'], samePlace: false });
    expect(lostOnRollback(tree, 'root')).toEqual({ changesSince: 'b', leftBehind: ['b', 'a'], samePlace: false });
    expect(lostOnRollback(tree, 'b')).toEqual({ changesSince: 'b', leftBehind: [], samePlace: true });
    // Going forward along the branch leaves nothing behind but the unsaved changes.
    expect(lostOnRollback(branchedTree('a'), 'b')).toEqual({ changesSince: 'a', leftBehind: [], samePlace: false });
  });

  it('compareSnapshots: size, time, disks, memory and the path', () => {
    const tree = branchedTree();
    expect(compareSnapshots(tree, 'root', 'b')).toEqual({
      sizeDelta: 150,
      timeBetweenMs: 3 * 3600_000,
      disksOnlyIn: { a: [], b: [] },
      memory: { a: false, b: true },
      path: { common: 'root', ids: ['root', 'a', 'b'] },
    });
    expect(compareSnapshots(tree, 'a', 'c').sizeDelta).toBeUndefined();
  });
});
