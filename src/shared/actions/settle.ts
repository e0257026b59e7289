import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { JobError, JobSpec, JobTarget } from '@/domain/jobs/types';
import { imageKeys, nodeKeys, vmKeys } from '../queryKeys';
import { trackJob } from '../jobs/store';

/** What an accepted action left to do: the jobs the provider started, and the data it changes. */
export interface ActionEnd {
  connection: Connection;
  /** The job's action word (`vm.start`, `snapshot.rollback`), labelled in the Jobs drawer. */
  action: string;
  target: JobTarget;
  /** One per provider job; none when the provider did it at once. */
  jobs: readonly JobSpec[];
  /** What the action changes: refreshed now and again when each job ends. */
  refresh: readonly QueryKey[];
  /** Done at once but only in part (vsd per-disk rollback): listed as failed, with the provider's error. */
  failure?: JobError;
}

/** Everything a connection's jobs can change, for records made before jobs carried their own `refresh`. */
export const connectionRefresh = (connectionId: string): QueryKey[] => [vmKeys.connection(connectionId), nodeKeys.connection(connectionId), imageKeys.connection(connectionId)];

export function refreshAll(queryClient: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))).then(() => undefined);
}

/**
 * The one place an action ends once the provider accepted it. Every job goes to the Jobs drawer (a synchronous
 * action is listed as done), which refreshes `refresh` when the job ends; `refresh` is also refetched now, so the
 * page shows the transitional state at once. Returns the job ids.
 */
export function settleAction(queryClient: QueryClient, end: ActionEnd): string[] {
  const specs: readonly JobSpec[] = end.jobs.length ? end.jobs : [{ kind: 'immediate' }];
  const ids = specs.map((spec) =>
    trackJob({ connectionId: end.connection.id, provider: end.connection.provider, action: end.action, target: end.target, spec, refresh: end.refresh, ...(end.failure ? { error: end.failure } : {}) }),
  );
  void refreshAll(queryClient, end.refresh);
  return ids;
}
