import { queryOptions } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { SnapshotListResult } from '@/domain/snapshots/list';
import type { SnapshotStatus, SnapshotTarget, SnapshotTree } from '@/domain/snapshots/types';
import { runtime } from '../connections/runtime';
import { FAST_POLL_MS, pollWhile } from '../polling';
import { snapshotKeys } from '../queryKeys';

const MOVING: ReadonlySet<SnapshotStatus> = new Set(['creating', 'uploading', 'deleting']);

/** A node that changes by itself (being made, uploaded, deleted, memory saving): the tree polls while one exists. */
export const isSnapshotMoving = (tree: SnapshotTree): boolean =>
  [...tree.nodes.values()].some((n) => MOVING.has(n.status) || n.memory === 'saving');

/** One VM's (or volume's) snapshot tree; idle trees never poll. */
export function snapshotTreeQueryOptions(connection: Connection, target: SnapshotTarget) {
  return queryOptions({
    queryKey: snapshotKeys.tree(connection.id, target.vmId, target.volumeId),
    queryFn: (): Promise<SnapshotTree> => runtime(connection).snapshots.tree(target),
    refetchInterval: pollWhile<SnapshotTree>({ transitional: isSnapshotMoving, fastMs: FAST_POLL_MS }),
    // Maps are not plain data: structural sharing would not compare them, so keep the new tree as it is.
    structuralSharing: false,
  });
}

/** Every snapshot of one connection, flat (the "All snapshots" view); refreshed on demand, never polled. */
export function snapshotListQueryOptions(connection: Connection) {
  return queryOptions({
    queryKey: snapshotKeys.list(connection.id),
    queryFn: (): Promise<SnapshotListResult> => runtime(connection).snapshots.list(),
  });
}
