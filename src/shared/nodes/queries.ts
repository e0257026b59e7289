import { queryOptions } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import { providerLimiter } from '@/domain/fanout';
import type { GpuNode } from '@/domain/nodes/types';
import { runtime } from '../connections/runtime';
import { nodeKeys } from '../queryKeys';

/** One DBC node's machine info; every node query of every page goes through the provider's limiter (6 in flight). */
export function nodeQueryOptions(connection: Connection, nodeId: string) {
  return queryOptions({
    queryKey: nodeKeys.detail(connection.id, nodeId),
    queryFn: ({ signal }): Promise<GpuNode> => {
      const nodes = runtime(connection).nodes;
      if (!nodes) return Promise.reject(new Error(`${connection.provider} has no GPU nodes`));
      return providerLimiter(connection.provider).run(() => nodes.get(nodeId, { signal }), { signal });
    },
    staleTime: 30_000,
    meta: { silent: true },
  });
}
