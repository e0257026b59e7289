import { buildSnapshotTree } from './build';
import { SnapshotTreeError } from './errors';
import { ancestry, subtree } from './queries';
import { VM_TARGET, modelNode } from './testing';

const scope = { kind: 'vm' as const, id: 'vm-1' };
const build = (nodes: ReturnType<typeof modelNode>[], afterId?: string) => buildSnapshotTree('vsd', VM_TARGET, nodes, [{ scope, afterId }]);

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotTreeError);
    const e = error as SnapshotTreeError;
    return { problem: e.problem, ids: e.snapshotIds, code: e.code, kind: e.kind, message: e.message };
  }
  throw new Error('expected a SnapshotTreeError');
}

describe('buildSnapshotTree', () => {
  it('indexes roots and children oldest first, keeps the current position', () => {
    const tree = build([modelNode('b', 'r', { createdAt: '2026-01-03T00:00:00Z' }), modelNode('r'), modelNode('a', 'r', { createdAt: '2026-01-02T00:00:00Z' })], 'a');
    expect(tree.roots).toEqual(['r']);
    expect(tree.children.get('r')).toEqual(['a', 'b']);
    expect(tree.positions).toEqual([{ scope, afterId: 'a' }]);
  });

  it('an empty provider list is an empty tree with "now" before any snapshot', () => {
    const tree = build([]);
    expect(tree.nodes.size).toBe(0);
    expect(tree.positions[0]!.afterId).toBeUndefined();
  });

  it('refuses a loop of parents instead of hanging, naming the loop', () => {
    const result = problemOf(() => build([modelNode('r'), modelNode('a', 'c'), modelNode('b', 'a'), modelNode('c', 'b')]));
    expect(result).toMatchObject({ problem: 'cycle', code: 'SNAPSHOT_TREE_CYCLE', kind: 'server' });
    expect([...result.ids].sort()).toEqual(['a', 'b', 'c']);
  });

  it('refuses a node whose own parent is itself', () => {
    expect(problemOf(() => build([modelNode('r'), modelNode('s', 's')])).problem).toBe('cycle');
  });

  it('refuses a dangling parent rather than dropping the node', () => {
    const result = problemOf(() => build([modelNode('r'), modelNode('a', 'gone')]));
    expect(result).toMatchObject({ problem: 'danglingParent', ids: ['a → gone'] });
    expect(result.message).toContain('a → gone');
  });

  it('refuses two roots in one group, allows one root per group', () => {
    expect(problemOf(() => build([modelNode('r1'), modelNode('r2')]))).toMatchObject({ problem: 'multipleRoots', ids: ['r1', 'r2'] });
    const twoChains = build([modelNode('r1', undefined, { group: 'chain-1' }), modelNode('r2', undefined, { group: 'chain-2' })]);
    expect(twoChains.roots).toHaveLength(2);
  });

  it('refuses duplicate ids and a position on an unknown snapshot', () => {
    expect(problemOf(() => build([modelNode('r'), modelNode('r')])).problem).toBe('duplicateId');
    expect(problemOf(() => build([modelNode('r')], 'nope')).problem).toBe('unknownPosition');
  });

  it('builds 5,000 nodes (a 4,000-deep chain with branches) without recursion', () => {
    const nodes = [modelNode('n0')];
    for (let i = 1; i < 5000; i++) {
      // 80 % chain, 20 % a branch off an earlier node, like the emulator's stress VM.
      const parent = i % 5 === 0 ? `n${Math.floor(i / 2)}` : `n${i - 1}`;
      nodes.push(modelNode(`n${i}`, parent, { createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }));
    }
    const tree = build(nodes, 'n4999');
    expect(tree.nodes.size).toBe(5000);
    expect(subtree(tree, 'n0')).toHaveLength(5000);
    expect(ancestry(tree, 'n4999').at(-1)).toBe('n0');
  });
});
