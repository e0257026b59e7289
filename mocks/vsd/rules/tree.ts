import { VSD_TREE_HEAD, type VsdSnapshotTree } from '../../../src/api/vsd/types';
import { fault, type VsdFault } from '../errors';
import type { SnapshotRecord, SnapshotTree } from '../state';

/**
 * Pure snapshot-tree rules. A VM's snapshots form a forest under the virtual root "" and the `head`
 * pseudo-node marks the VM's current position: creating inserts the new snapshot where head is and
 * moves head under it; rollback moves head under the target (seed 003 tree example, docs/providers/vsd.md §6.1).
 */

export const snapshotDesc = (computeUuid: string, name: string) => `vsd snapshot "${name}" of compute ${computeUuid}`;

export const findSnapshot = (tree: SnapshotTree, name: string): SnapshotRecord | undefined => tree.snapshots.find((snap) => snap.name === name);

/** Real child snapshots (the head pseudo-node is not a snapshot). */
export const childrenOf = (tree: SnapshotTree, name: string): string[] => tree.snapshots.filter((snap) => snap.parent === name).map((snap) => snap.name);

/** The `/tree` payload: Parents for every snapshot and head; Children only for nodes that have some, head last. */
export function treeView(computeUuid: string, tree: SnapshotTree): VsdSnapshotTree {
  const Parents: Record<string, string> = {};
  const Children: Record<string, { Children: string[] }> = {};
  const addChild = (parent: string, child: string) => {
    const entry = (Children[parent] ??= { Children: [] });
    entry.Children.push(child);
  };
  for (const snap of tree.snapshots) {
    Parents[snap.name] = snap.parent;
    addChild(snap.parent, snap.name);
  }
  Parents[VSD_TREE_HEAD] = tree.head;
  addChild(tree.head, VSD_TREE_HEAD);
  // Seed order: head first in Parents, "" first in Children.
  const orderedParents: Record<string, string> = { [VSD_TREE_HEAD]: tree.head, ...Parents };
  return { UUID: computeUuid, Parents: orderedParents, Children };
}

const NAME_MAX = 64;

/** Names are the snapshot's key within its VM (ASSUMED: 1-64 chars, no "/", "head" reserved). */
export function checkSnapshotName(computeUuid: string, name: string): VsdFault | undefined {
  if (name.trim() === '') return fault('PARAM_INVALID', 'name: snapshot name must not be empty');
  if (name.length > NAME_MAX) return fault('PARAM_INVALID', `name: snapshot name longer than ${NAME_MAX} characters`);
  if (name === VSD_TREE_HEAD) return fault('PARAM_INVALID', `name: "${VSD_TREE_HEAD}" is reserved for the current state of compute ${computeUuid}`);
  if (name.includes('/')) return fault('PARAM_INVALID', 'name: snapshot name must not contain "/"');
  return undefined;
}

export function checkNameFree(computeUuid: string, tree: SnapshotTree, name: string): VsdFault | undefined {
  return findSnapshot(tree, name) ? fault('SNAPSHOT_NAME_EXISTS', snapshotDesc(computeUuid, name)) : undefined;
}

export function requireSnapshot(computeUuid: string, tree: SnapshotTree, name: string): SnapshotRecord | VsdFault {
  return findSnapshot(tree, name) ?? fault('SNAPSHOT_NOT_FOUND', snapshotDesc(computeUuid, name));
}

/** New snapshot between head's parent and head. */
export function insertAtHead(tree: SnapshotTree, record: Omit<SnapshotRecord, 'parent'>): SnapshotTree {
  return { snapshots: [...tree.snapshots, { ...record, parent: tree.head }], head: record.name };
}

export function moveHead(tree: SnapshotTree, name: string): SnapshotTree {
  return { snapshots: tree.snapshots, head: name };
}

/**
 * 删除的快照要求不能有多个子快照 (seed). `head` counts: the seed's tree lists it in `Children`, and a snapshot that
 * is the base of both another snapshot and the running disk cannot be merged away.
 */
export function checkDelete(computeUuid: string, tree: SnapshotTree, name: string): VsdFault | undefined {
  const children = [...childrenOf(tree, name), ...(tree.head === name ? [VSD_TREE_HEAD] : [])];
  if (children.length > 1) return fault('SNAPSHOT_MULTIPLE_CHILDREN', `${snapshotDesc(computeUuid, name)} has ${children.length} children: ${children.join(', ')}`);
  return undefined;
}

/** Removes a snapshot: its only child (a snapshot or head) moves up to its parent. */
export function removeSnapshot(tree: SnapshotTree, name: string): SnapshotTree {
  const target = findSnapshot(tree, name);
  if (!target) return tree;
  const snapshots = tree.snapshots.filter((snap) => snap !== target).map((snap) => (snap.parent === name ? { ...snap, parent: target.parent } : snap));
  return { snapshots, head: tree.head === name ? target.parent : tree.head };
}

/** Depth of a snapshot (roots are 1); used by tests and the seed's deep chain. */
export function depthOf(tree: SnapshotTree, name: string): number {
  const byName = new Map(tree.snapshots.map((snap) => [snap.name, snap]));
  let depth = 0;
  for (let current = byName.get(name); current; current = byName.get(current.parent)) depth++;
  return depth;
}
