import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { jobCheckKey } from '../jobs/JobTracker';
import { useJobs } from '../jobs/store';
import { imageKeys, nodeKeys, snapshotKeys, vmKeys } from '../queryKeys';
import { connectionKeys } from './queries';

/** Every query family that carries a connection's id (src/shared/queryKeys.ts and connectionKeys). */
export function connectionQueryKeys(connectionId: string): QueryKey[] {
  return [
    connectionKeys.detail(connectionId),
    vmKeys.connection(connectionId),
    nodeKeys.connection(connectionId),
    imageKeys.connection(connectionId),
    snapshotKeys.connection(connectionId),
    ...useJobs
      .getState()
      .jobs.filter((job) => job.connectionId === connectionId)
      .map((job) => jobCheckKey(job.id)),
  ];
}

/**
 * Signed out of, or removed: nothing read with the old credential stays in memory or on screen. Requests in
 * flight are cancelled (their answers would land in the cache again), each query is reset before it is removed
 * (a removed query alone keeps showing its data to the components still observing it), and the connection's
 * jobs lose what the provider answered in them.
 */
export function purgeConnection(queryClient: QueryClient, connectionId: string): void {
  const cache = queryClient.getQueryCache();
  for (const queryKey of connectionQueryKeys(connectionId)) {
    for (const query of cache.findAll({ queryKey })) {
      void query.cancel({ silent: true });
      query.reset();
      cache.remove(query);
    }
  }
  useJobs.getState().forgetProviderAnswers(connectionId);
}
