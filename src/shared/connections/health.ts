import { useQueries } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import { vmListQueryOptions } from '../vms/queries';
import { probeQueryOptions } from './queries';
import { useSecrets } from './secrets';

/**
 * Which connections are healthy: a read answered, the latest of its connection check and VM list did not fail,
 * and (DBC) its renter session is not refused. The connection check is run (once, then as other pages refresh it:
 * no polling here), so the header is right on any page, not "0/4" on a page that reads nothing it observes; the VM
 * list is only observed from the cache.
 */
export function useHealthyConnections(connections: readonly Connection[]): Set<string> {
  const refused = useSecrets((state) => state.refused);
  const observe = { enabled: false, meta: { silent: true } } as const;
  const probes = useQueries({ queries: connections.map((c) => probeQueryOptions(c)) });
  const lists = useQueries({ queries: connections.map((c) => ({ ...vmListQueryOptions(c), ...observe })) });
  const healthy = new Set<string>();
  connections.forEach((connection, i) => {
    const reads = [probes[i]!, lists[i]!];
    // A DBC list with nodes that did not answer is a failed read too (of those nodes).
    const failing = reads.some((read) => read.status === 'error') || (lists[i]!.data?.failures.length ?? 0) > 0;
    const answered = reads.some((read) => read.status === 'success');
    if (answered && !failing && !refused[connection.id]) healthy.add(connection.id);
  });
  return healthy;
}
