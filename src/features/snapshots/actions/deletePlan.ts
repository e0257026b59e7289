import { deletionSetOf } from '@/domain/snapshots/queries';
import type { SnapshotTree } from '@/domain/snapshots/types';

/** Where NOW (the running disks) ends up after the delete. */
export type NowAfterDelete = { moves: true; toName?: string } | { moves: false };

/** What a delete takes, in names, as the dialog shows it (from the provider's rule, `deletionSetOf`). */
export interface DeletePlan {
  /** Every snapshot removed, the chosen one first. */
  removed: { id: string; name: string }[];
  /** vsd: children that stay and move up under `parentName` (undefined: they become a root). */
  reparented: { id: string; name: string; parentName?: string }[];
  now: NowAfterDelete;
  /** More than one snapshot goes: the user types the chosen one's name to confirm. */
  typeToConfirm: boolean;
}

const nameOf = (tree: SnapshotTree, id: string | undefined) => (id === undefined ? undefined : (tree.nodes.get(id)?.name ?? id));

/** The plan for deleting `snapshotId`, or undefined when it is not in the tree (any more). */
export function deletePlanOf(tree: SnapshotTree, snapshotId: string): DeletePlan | undefined {
  const chosen = tree.nodes.get(snapshotId);
  if (!chosen) return undefined;
  const set = deletionSetOf(tree, snapshotId);
  const parentName = nameOf(tree, chosen.parentId);
  return {
    removed: set.removed.map((id) => ({ id, name: nameOf(tree, id)! })),
    reparented: set.reparented.map((id) => ({ id, name: nameOf(tree, id)!, parentName })),
    now: set.positionMoves ? { moves: true, toName: nameOf(tree, set.positionMoves.to) } : { moves: false },
    typeToConfirm: set.removed.length > 1,
  };
}

/** The typed confirmation matches: exactly the name (no trimming, case counts). */
export const confirmationMatches = (typed: string, name: string) => typed === name;
