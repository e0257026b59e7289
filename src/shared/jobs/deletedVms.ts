import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isProviderError } from '@/api/errors';
import type { JobRecord } from '@/domain/jobs/types';
import { vmKeys } from '../queryKeys';
import { useJobs } from './store';

const keyOf = (connectionId: string, vmId: string) => `${connectionId}/${vmId}`;

/** The VMs whose delete job succeeded (the provider no longer has them). */
function deletedByJobs(jobs: readonly JobRecord[]): string[] {
  return jobs.filter((job) => job.action === 'vm.delete' && job.status === 'succeeded' && job.target.kind === 'vm').map((job) => keyOf(job.connectionId, job.target.id));
}

/** The VMs whose last detail read answered "not found" (deleted here or elsewhere), as one stable string. */
function notFoundInCache(client: QueryClient): string {
  return client
    .getQueryCache()
    .findAll({ queryKey: vmKeys.all })
    .filter((query) => query.state.status === 'error' && isProviderError(query.state.error) && query.state.error.kind === 'notFound')
    .map((query) => query.queryKey)
    // vmKeys.detail: ['vms', connectionId, 'detail', vmId]
    .filter((key) => key.length === 4 && key[2] === 'detail')
    .map((key) => keyOf(String(key[1]), String(key[3])))
    .join('\n');
}

/** Whether a VM is known to be gone, so nothing links to a page that would only say it no longer exists. */
export function useIsDeletedVm(): (connectionId: string, vmId: string) => boolean {
  const client = useQueryClient();
  const byJobs = useJobs(useShallow((state) => deletedByJobs(state.jobs)));
  const byReads = useSyncExternalStore(
    (onChange) => client.getQueryCache().subscribe(onChange),
    () => notFoundInCache(client),
  );
  return useMemo(() => {
    const gone = new Set([...byJobs, ...byReads.split('\n').filter(Boolean)]);
    return (connectionId, vmId) => gone.has(keyOf(connectionId, vmId));
  }, [byJobs, byReads]);
}
