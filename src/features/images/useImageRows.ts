import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ImageListResult, ImageRecord } from '@/domain/images/model';
import { useActiveConnections } from '@/shared/connections/hooks';
import { runtime } from '@/shared/connections/runtime';
import { imageListQueryOptions } from '@/shared/images/queries';
import type { ConnectionState } from '../vms/list/useVmRows';

export interface ImageRows {
  images: ImageRecord[];
  /** One per connection with an image API, in connection order. */
  states: ConnectionState[];
  /** True while any connection has not answered yet (rows of the others already show). */
  loading: boolean;
  refetch(): void;
}

function combine(results: Array<UseQueryResult<ImageListResult>>, connections: Connection[]): ImageRows {
  const states = results.map((r, i): ConnectionState => ({
    connectionId: connections[i]!.id,
    loading: r.isPending,
    error: r.error ?? undefined,
    failures: r.data?.failures ?? [],
    updatedAt: r.dataUpdatedAt,
  }));
  return {
    images: results.flatMap((r) => r.data?.images ?? []),
    states,
    loading: states.some((state) => state.loading),
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}

/**
 * Every active connection's images in one array. Connections whose provider has no image API (vsd) are not
 * asked: `without` names them so the page can say so instead of showing them as empty.
 */
export function useImageRows(): { rows: ImageRows; connections: Connection[]; without: Connection[] } {
  const active = useActiveConnections();
  // The active list is stable while nothing changed, so these are too (and the combined rows with them).
  const { connections, without } = useMemo(
    () => ({ connections: active.filter((c) => runtime(c).images !== undefined), without: active.filter((c) => runtime(c).images === undefined) }),
    [active],
  );
  const combineResults = useCallback((results: Array<UseQueryResult<ImageListResult>>) => combine(results, connections), [connections]);
  const rows = useQueries({ queries: connections.map((connection) => imageListQueryOptions(connection)), combine: combineResults });
  return { rows, connections, without };
}
