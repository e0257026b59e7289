import type { SnapshotRecord } from '../state';

/**
 * Backup chains, as pure functions over the point list. A chain is one full point plus incremental points that
 * share its root_id, ordered by seq; chains stay linear (see decideBackupKind).
 */

/** Longest chain (full + incrementals) before "system decides" starts a new full chain. ASSUMED: undocumented. */
export const MAX_CHAIN_LENGTH = 30;

/** Points that still exist for the user: deleted and ceased points are no longer part of a chain. */
export function isLive(point: SnapshotRecord): boolean {
  return point.status !== 'deleted' && point.status !== 'ceased';
}

export function chainOf(points: readonly SnapshotRecord[], rootId: string): SnapshotRecord[] {
  return points.filter((p) => p.rootId === rootId && isLive(p)).sort((a, b) => a.seq - b.seq);
}

export function headOf(points: readonly SnapshotRecord[], resourceId: string): SnapshotRecord | undefined {
  return points.find((p) => p.resourceId === resourceId && p.isHead && isLive(p));
}

export type BackupKind = { full: true } | { full: false; rootId: string; parentId: string };

/**
 * Full or incremental for one resource. `forceFull` (is_full 1 / IS_FULL) always opens a new chain. Otherwise
 * (0 / IS_AUTH) the point is incremental on the head's chain when the head is the newest available point of a
 * chain shorter than MAX_CHAIN_LENGTH; after a rollback to an older point a new full chain starts, so chains
 * never branch.
 */
export function decideBackupKind(points: readonly SnapshotRecord[], resourceId: string, forceFull: boolean): BackupKind {
  if (forceFull) return { full: true };
  const head = headOf(points, resourceId);
  if (!head || head.status !== 'available') return { full: true };
  const chain = chainOf(points, head.rootId);
  const newest = chain[chain.length - 1];
  if (newest?.id !== head.id || chain.length >= MAX_CHAIN_LENGTH) return { full: true };
  return { full: false, rootId: head.rootId, parentId: head.id };
}

/** Deleting a point deletes every later point of its chain; deleting a full point deletes the whole chain. */
export function deletionSet(points: readonly SnapshotRecord[], target: SnapshotRecord): SnapshotRecord[] {
  const chain = chainOf(points, target.rootId);
  return target.full ? chain : chain.filter((p) => p.seq >= target.seq);
}

/**
 * Where the head goes when `deleted` points disappear: if the head is among them it moves to the newest remaining
 * point of the same chain (its nearest surviving ancestor), or nowhere when the chain is gone. Returns
 * resourceId → new head id ('' for none) for the resources whose head moves.
 */
export function headsAfterDeletion(points: readonly SnapshotRecord[], deletedIds: ReadonlySet<string>): Record<string, string> {
  const moves: Record<string, string> = {};
  for (const head of points.filter((p) => p.isHead && deletedIds.has(p.id))) {
    const survivors = chainOf(points, head.rootId).filter((p) => !deletedIds.has(p.id));
    moves[head.resourceId] = survivors[survivors.length - 1]?.id ?? '';
  }
  return moves;
}

/** Moves a resource's head to `headId` ('' clears it). Mutates the given points. */
export function setHead(points: SnapshotRecord[], resourceId: string, headId: string): void {
  for (const point of points) if (point.resourceId === resourceId) point.isHead = point.id === headId;
}

/** Derived chain figures shown on full points only: total_size, total_count, lastest_snapshot_time, head_chain. */
export function chainSummary(points: readonly SnapshotRecord[], root: SnapshotRecord) {
  const chain = points.filter((p) => p.rootId === root.id && p.status !== 'ceased');
  const members = chain.length ? chain : [root];
  return {
    totalSizeMb: members.reduce((sum, p) => sum + p.sizeMb, 0),
    totalCount: members.length,
    latestAt: Math.max(...members.map((p) => p.snapshotAt)),
    holdsHead: members.some((p) => p.isHead && isLive(p)),
  };
}
