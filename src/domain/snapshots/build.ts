import type { ProviderId } from '@/api/provider';
import { SnapshotTreeError } from './errors';
import type { CurrentPosition, SnapshotNode, SnapshotTarget, SnapshotTree } from './types';

const byCreation = (nodes: ReadonlyMap<string, SnapshotNode>) => (a: string, b: string) => {
  const [x, y] = [nodes.get(a)?.createdAt ?? '', nodes.get(b)?.createdAt ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Nodes with parent ids → a checked tree, in O(n log n) and without recursion (a 5,000-deep chain is normal).
 * Refuses what cannot be a tree with a SnapshotTreeError: a duplicate id, a parent that is not listed, a loop
 * of parents, two roots in one group (chain or tree), a current position on an unknown snapshot.
 */
export function buildSnapshotTree(
  provider: ProviderId,
  target: SnapshotTarget,
  list: readonly SnapshotNode[],
  positions: readonly CurrentPosition[],
): SnapshotTree {
  const nodes = new Map<string, SnapshotNode>();
  const duplicates: string[] = [];
  for (const node of list) {
    if (nodes.has(node.id)) duplicates.push(node.id);
    nodes.set(node.id, node);
  }
  if (duplicates.length) throw new SnapshotTreeError(provider, 'duplicateId', duplicates);

  const children = new Map<string, string[]>();
  const roots: string[] = [];
  const dangling: string[] = [];
  for (const node of list) {
    if (node.parentId === undefined) roots.push(node.id);
    else if (!nodes.has(node.parentId)) dangling.push(`${node.id} → ${node.parentId}`);
    else {
      const siblings = children.get(node.parentId);
      if (siblings) siblings.push(node.id);
      else children.set(node.parentId, [node.id]);
    }
  }
  if (dangling.length) throw new SnapshotTreeError(provider, 'danglingParent', dangling);

  // Every node reachable from a root is in the tree; the rest hang on a loop of parents.
  const reached = new Set<string>(roots);
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    for (const child of children.get(queue[i]!) ?? []) {
      reached.add(child);
      queue.push(child);
    }
  }
  if (reached.size < nodes.size) throw new SnapshotTreeError(provider, 'cycle', findLoop(nodes, reached));

  const rootsByGroup = new Map<string, string[]>();
  for (const root of roots) rootsByGroup.set(nodes.get(root)!.group, [...(rootsByGroup.get(nodes.get(root)!.group) ?? []), root]);
  const shared = [...rootsByGroup.values()].filter((ids) => ids.length > 1).flat();
  if (shared.length) throw new SnapshotTreeError(provider, 'multipleRoots', shared);

  const unknown = positions.filter((p) => p.afterId !== undefined && !nodes.has(p.afterId)).map((p) => p.afterId!);
  if (unknown.length) throw new SnapshotTreeError(provider, 'unknownPosition', unknown);

  const order = byCreation(nodes);
  roots.sort(order);
  for (const ids of children.values()) ids.sort(order);
  return { provider, target, nodes, roots, children, positions };
}

/** The ids of one loop among the unreached nodes (walking parents until one repeats). */
function findLoop(nodes: ReadonlyMap<string, SnapshotNode>, reached: ReadonlySet<string>): string[] {
  const start = [...nodes.keys()].find((id) => !reached.has(id))!;
  const seen = new Map<string, number>();
  const path: string[] = [];
  for (let id: string | undefined = start; id !== undefined && !seen.has(id); id = nodes.get(id)?.parentId) {
    seen.set(id, path.length);
    path.push(id);
  }
  const last = path.at(-1)!;
  const loopStart = seen.get(nodes.get(last)!.parentId!) ?? 0;
  return path.slice(loopStart);
}
