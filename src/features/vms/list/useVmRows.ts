import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { PartialFailure, Vm, VmListResult } from '@/domain/vms/types';
import { useActiveConnections } from '@/shared/connections/hooks';
import { vmListQueryOptions } from '@/shared/vms/queries';

/** One connection's standing in the merged table: still loading, failed outright, or some sources failed. */
export interface ConnectionState {
  connectionId: string;
  loading: boolean;
  error?: unknown;
  failures: PartialFailure[];
  /** While a fan-out list fills in: sources (DBC nodes) answered so far. */
  progress?: { done: number; total: number };
  /** When the rows shown were fetched (epoch ms; 0 before the first answer). With `error`: they are stale. */
  updatedAt: number;
}

export interface VmRows {
  vms: Vm[];
  states: ConnectionState[];
  /** True while any connection has not answered yet (rows of the others already show). */
  loading: boolean;
  refetch(): void;
}

/** Kept stable with useCallback, so react-query memoises the combined value until a query's result changes. */
function combine(results: Array<UseQueryResult<VmListResult>>, connections: Connection[]): VmRows {
  const states = results.map((r, i): ConnectionState => ({
    connectionId: connections[i]!.id,
    loading: r.isPending || r.data?.progress !== undefined,
    error: r.error ?? undefined,
    failures: r.data?.failures ?? [],
    progress: r.data?.progress,
    updatedAt: r.dataUpdatedAt,
  }));
  return {
    vms: results.flatMap((r) => r.data?.vms ?? []),
    states,
    loading: states.some((state) => state.loading),
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}

/**
 * Every active connection's VMs in one array. Errors are shown in place (one alert per connection or
 * per failing DBC node), so the queries opt out of the global notification.
 */
export function useVmRows(): { rows: VmRows; connections: Connection[] } {
  const connections = useActiveConnections();
  const combineResults = useCallback((results: Array<UseQueryResult<VmListResult>>) => combine(results, connections), [connections]);
  const rows = useQueries({
    queries: connections.map((connection) => ({ ...vmListQueryOptions(connection), meta: { silent: true } })),
    combine: combineResults,
  });
  return { rows, connections };
}
