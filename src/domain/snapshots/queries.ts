import type { CurrentPosition, SnapshotNode, SnapshotTree } from './types';

/**
 * Pure questions about a built tree, for the snapshot pages: where am I, what came before, what goes with a
 * delete, what a rollback loses, how two snapshots compare. All iterative (trees can be 5,000 deep).
 */

export function node(tree: SnapshotTree, id: string): SnapshotNode {
  const found = tree.nodes.get(id);
  if (!found) throw new RangeError(`No snapshot ${id} in this tree`);
  return found;
}

/** The current position in `scopeId` (the VM or a volume), or the only one when the tree has one scope. */
export function currentPosition(tree: SnapshotTree, scopeId?: string): CurrentPosition | undefined {
  if (scopeId === undefined) return tree.positions.length === 1 ? tree.positions[0] : undefined;
  return tree.positions.find((p) => p.scope.id === scopeId);
}

/** The current position whose scope owns `id` (the snapshot's resource), if the tree shows it. */
export function positionFor(tree: SnapshotTree, id: string): CurrentPosition | undefined {
  const resource = node(tree, id).resource;
  return tree.positions.find((p) => p.scope.id === resource.id) ?? (tree.positions.length === 1 ? tree.positions[0] : undefined);
}

/** `id`, its parent, ... up to its root. */
export function ancestry(tree: SnapshotTree, id: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = node(tree, id).id; at !== undefined; at = tree.nodes.get(at)?.parentId) chain.push(at);
  return chain;
}

/** `id` and everything below it, parents before children. */
export function subtree(tree: SnapshotTree, id: string): string[] {
  const ids = [node(tree, id).id];
  for (let i = 0; i < ids.length; i++) ids.push(...(tree.children.get(ids[i]!) ?? []));
  return ids;
}

export interface TreePath {
  /** The nearest snapshot both descend from; undefined when they share no root (other chain or volume). */
  common?: string;
  /** From `from` up to `common`, then down to `to` (both ends included); empty when not connected. */
  ids: string[];
}

export function pathBetween(tree: SnapshotTree, from: string, to: string): TreePath {
  const up = ancestry(tree, from);
  const down = ancestry(tree, to);
  const onUp = new Map(up.map((id, i) => [id, i]));
  const meet = down.findIndex((id) => onUp.has(id));
  if (meet < 0) return { ids: [] };
  const common = down[meet]!;
  return { common, ids: [...up.slice(0, onUp.get(common)! + 1), ...down.slice(0, meet).reverse()] };
}

/** How a provider deletes: ZStack and 51idc take the subtree (later chain points); vsd and DBC only the one. */
export type DeleteRule = 'subtree' | 'single';

/** Each provider's delete (docs/providers/zstack.md §7.1 subtree; 51idc later chain points; vsd re-parents its one child; DBC one file). */
export const DELETE_RULES: Record<SnapshotTree['provider'], DeleteRule> = { dbc: 'single', idc51: 'subtree', vsd: 'single', zstack: 'subtree' };

export interface DeletionSet {
  /** Everything the provider removes, the chosen snapshot first. */
  removed: string[];
  /** Children that stay and move up to the deleted one's parent (vsd). */
  reparented: string[];
  /** A current position that stood on a removed snapshot moves to this one (undefined = before any snapshot). */
  positionMoves?: { scopeId: string; to?: string };
}

export function deletionSet(tree: SnapshotTree, id: string, rule: DeleteRule): DeletionSet {
  const removed = rule === 'subtree' ? subtree(tree, id) : [node(tree, id).id];
  const gone = new Set(removed);
  const reparented = rule === 'single' ? [...(tree.children.get(id) ?? [])] : [];
  const position = tree.positions.find((p) => p.afterId !== undefined && gone.has(p.afterId));
  return position ? { removed, reparented, positionMoves: { scopeId: position.scope.id, to: node(tree, id).parentId } } : { removed, reparented };
}

export interface RollbackLoss {
  /** The running disks' changes since this snapshot (undefined: since before any snapshot) are lost. */
  changesSince?: string;
  /** Snapshots after the current position's path to the target: kept, but on a branch the VM leaves. */
  leftBehind: string[];
  /** Rolling back to where the VM already is: only unsaved changes go. */
  samePlace: boolean;
}

/** What a rollback to `targetId` loses: everything since the current position that no snapshot holds. */
export function lostOnRollback(tree: SnapshotTree, targetId: string): RollbackLoss {
  const position = positionFor(tree, targetId);
  const changesSince = position?.afterId;
  if (changesSince === undefined) return { leftBehind: [], samePlace: false };
  const { ids, common } = pathBetween(tree, changesSince, targetId);
  // The part from the current snapshot up to the common ancestor is what the VM moves away from.
  const leftBehind = common === undefined ? [] : ids.slice(0, ids.indexOf(common)).filter((id) => id !== targetId);
  return { changesSince, leftBehind, samePlace: changesSince === targetId };
}

export interface SnapshotComparison {
  /** b minus a, in bytes, where both sizes are known. */
  sizeDelta?: number;
  /** b minus a, in ms, where both times are known. */
  timeBetweenMs?: number;
  disksOnlyIn: { a: string[]; b: string[] };
  memory: { a: boolean; b: boolean };
  path: TreePath;
}

export function compareSnapshots(tree: SnapshotTree, a: string, b: string): SnapshotComparison {
  const [x, y] = [node(tree, a), node(tree, b)];
  const diskSet = (n: SnapshotNode) => new Set(n.disks.map((d) => d.diskName ?? d.diskId));
  const [dx, dy] = [diskSet(x), diskSet(y)];
  const time = (n: SnapshotNode) => (n.createdAt ? Date.parse(n.createdAt) : NaN);
  const between = time(y) - time(x);
  return {
    sizeDelta: x.sizeBytes !== undefined && y.sizeBytes !== undefined ? y.sizeBytes - x.sizeBytes : undefined,
    timeBetweenMs: Number.isFinite(between) ? between : undefined,
    disksOnlyIn: { a: [...dx].filter((d) => !dy.has(d)), b: [...dy].filter((d) => !dx.has(d)) },
    memory: { a: x.kind === 'memoryAndDisk', b: y.kind === 'memoryAndDisk' },
    path: pathBetween(tree, a, b),
  };
}

/** What deleting `id` takes with it on this tree's provider. */
export function deletionSetOf(tree: SnapshotTree, id: string): DeletionSet {
  return deletionSet(tree, id, DELETE_RULES[tree.provider]);
}
