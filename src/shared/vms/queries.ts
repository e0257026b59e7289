import { queryOptions } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import { isTransitional, type Vm, type VmListResult } from '@/domain/vms/types';
import { runtime } from '../connections/runtime';
import { FAST_POLL_MS, pollWhile } from '../polling';
import { vmKeys } from '../queryKeys';

/** One connection's VMs; polls every few seconds while any VM is transitional, not at all otherwise. */
export function vmListQueryOptions(connection: Connection) {
  return queryOptions({
    queryKey: vmKeys.list(connection.id),
    queryFn: (): Promise<VmListResult> => runtime(connection).vms.list(),
    refetchInterval: pollWhile<VmListResult>({ transitional: (data) => data.vms.some((vm) => isTransitional(vm.status)), fastMs: FAST_POLL_MS }),
    // Rows update in place: structural sharing keeps unchanged VM objects identical, so they do not re-render.
    structuralSharing: true,
  });
}

export function vmDetailQueryOptions(connection: Connection, vmId: string) {
  return queryOptions({
    queryKey: vmKeys.detail(connection.id, vmId),
    queryFn: (): Promise<Vm> => runtime(connection).vms.get(vmId),
    refetchInterval: pollWhile<Vm>({ transitional: (vm) => isTransitional(vm.status), fastMs: FAST_POLL_MS }),
  });
}
