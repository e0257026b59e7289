import { queryOptions } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import { isTransitional, type Vm, type VmListResult } from '@/domain/vms/types';
import { runtime } from '../connections/runtime';
import { FAST_POLL_MS, pollWhile } from '../polling';
import { vmKeys } from '../queryKeys';

/**
 * One connection's VMs; polls every few seconds while any VM is transitional, not at all otherwise.
 * The first load of a fan-out provider (DBC: one request per node) shows rows as nodes answer; a refetch
 * does not (a partial list would make rows the user already sees vanish for a moment).
 */
export function vmListQueryOptions(connection: Connection) {
  return queryOptions({
    queryKey: vmKeys.list(connection.id),
    queryFn: ({ client, queryKey, signal }): Promise<VmListResult> => {
      const current = client.getQueryData<VmListResult>(queryKey);
      const firstLoad = current === undefined || current.progress !== undefined;
      return runtime(connection).vms.list(firstLoad ? { signal, onPartial: (partial) => client.setQueryData(queryKey, partial) } : { signal });
    },
    refetchInterval: pollWhile<VmListResult>({ transitional: (data) => data.vms.some((vm) => isTransitional(vm.status)), fastMs: FAST_POLL_MS }),
    // Rows update in place: structural sharing keeps unchanged VM objects identical, so they do not re-render.
    structuralSharing: true,
  });
}

export function vmDetailQueryOptions(connection: Connection, vmId: string) {
  return queryOptions({
    queryKey: vmKeys.detail(connection.id, vmId),
    queryFn: ({ signal }): Promise<Vm> => runtime(connection).vms.get(vmId, { signal }),
    refetchInterval: pollWhile<Vm>({ transitional: (vm) => isTransitional(vm.status), fastMs: FAST_POLL_MS }),
  });
}

/** A list still filling in (DBC, node by node): fine to show, not to decide on (free ports, a node's VMs). */
export const isFilling = (result: VmListResult | undefined): boolean => result?.progress !== undefined;
