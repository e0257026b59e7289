import { buildSnapshotTree } from '@/domain/snapshots/build';
import { VM_TARGET, branchedTree, modelNode } from '@/domain/snapshots/testing';
import { flattenTree, nowKey, type TreeRow } from './flatten';
import { treeKeyEffect } from './keys';

const shape = (rows: TreeRow[]) => rows.map((r) => `${r.level}/${r.indent}:${r.key}`);

describe('flattenTree', () => {
  it('depth first, oldest child first, NOW as the last child of where the disks are', () => {
    expect(shape(flattenTree(branchedTree('b'), new Set()))).toEqual(['1/0:root', '2/1:a', '3/2:c', '3/2:b', `4/3:${nowKey('vm-1')}`]);
    expect(shape(flattenTree(branchedTree('root'), new Set()))).toEqual(['1/0:root', '2/1:a', '3/2:c', '3/2:b', `2/1:${nowKey('vm-1')}`]);
  });

  it('collapsed rows hide their subtree (NOW included) and say so', () => {
    const rows = flattenTree(branchedTree('b'), new Set(['a']));
    expect(shape(rows)).toEqual(['1/0:root', '2/1:a']);
    expect(rows[1]).toMatchObject({ expandable: true, expanded: false });
  });

  it('no snapshot yet: NOW alone; trees of one volume side by side, the current one marked', () => {
    const empty = buildSnapshotTree('vsd', VM_TARGET, [], [{ scope: { kind: 'vm', id: 'vm-1' } }]);
    expect(shape(flattenTree(empty, new Set()))).toEqual([`1/0:${nowKey('vm-1')}`]);
    const volume = { kind: 'volume' as const, id: 'v' };
    const two = buildSnapshotTree('zstack', VM_TARGET, [modelNode('r', undefined, { resource: volume, group: 't1' }), modelNode('s', undefined, { resource: volume, group: 't2' })], [{ scope: volume, afterId: 's' }]);
    const rows = flattenTree(two, new Set());
    expect(shape(rows)).toEqual(['1/0:r', '1/0:s', `2/1:${nowKey('v')}`]);
    expect(rows.filter((r) => r.kind === 'snapshot').map((r) => r.kind === 'snapshot' && r.currentTree)).toEqual([false, true]);
  });

  it('a 5,000-deep chain flattens without recursion; past 6 levels the indent grows only at branches', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => modelNode(`s${i}`, i ? `s${i - 1}` : undefined));
    const rows = flattenTree(buildSnapshotTree('vsd', VM_TARGET, nodes, [{ scope: { kind: 'vm', id: 'vm-1' }, afterId: 's4999' }]), new Set());
    expect(rows).toHaveLength(5001);
    expect(rows.at(-1)).toMatchObject({ kind: 'now', level: 5001, indent: 6 });
  });
});

describe('treeKeyEffect (WAI-ARIA tree keys)', () => {
  const rows = flattenTree(branchedTree('b'), new Set());
  it('moves, expands, collapses, goes to the parent and opens', () => {
    expect(treeKeyEffect('ArrowDown', rows, 'root')).toEqual({ focus: 'a' });
    expect(treeKeyEffect('ArrowUp', rows, 'root')).toBeUndefined();
    expect(treeKeyEffect('End', rows, 'root')).toEqual({ focus: nowKey('vm-1') });
    expect(treeKeyEffect('Home', rows, 'b')).toEqual({ focus: 'root' });
    expect(treeKeyEffect('ArrowRight', rows, 'a')).toEqual({ focus: 'c' });
    expect(treeKeyEffect('ArrowLeft', rows, 'a')).toEqual({ toggle: 'a' });
    expect(treeKeyEffect('ArrowLeft', rows, 'c')).toEqual({ focus: 'a' });
    expect(treeKeyEffect('ArrowLeft', rows, nowKey('vm-1'))).toEqual({ focus: 'b' });
    expect(treeKeyEffect('Enter', rows, 'c')).toEqual({ open: 'c' });
    expect(treeKeyEffect('ArrowRight', flattenTree(branchedTree('b'), new Set(['a'])), 'a')).toEqual({ toggle: 'a' });
  });
  it('asks to delete a snapshot row, never the NOW marker', () => {
    expect(treeKeyEffect('Delete', rows, 'c')).toEqual({ remove: 'c' });
    expect(treeKeyEffect('Delete', rows, nowKey('vm-1'))).toBeUndefined();
  });
});
