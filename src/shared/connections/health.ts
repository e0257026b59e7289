import { useQueries } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import { vmListQueryOptions } from '../vms/queries';
import { probeQueryOptions } from './queries';
import { useSecrets } from './secrets';

export interface ConnectionHealth {
  /** A read answered, the latest of its connection check and VM list did not fail, its DBC session is not refused. */
  healthy: Set<string>;
  /** Nothing has read them yet (a page that reads none of them): neither healthy nor failing. */
  unchecked: Set<string>;
}

/**
 * Which connections are healthy, and which are not known yet. Observes the cached reads only (never fetches), so the
 * header costs no request; a connection nothing has read is "unchecked", not counted as failing.
 */
export function useConnectionHealth(connections: readonly Connection[]): ConnectionHealth {
  const refused = useSecrets((state) => state.refused);
  const observe = { enabled: false, meta: { silent: true } } as const;
  const probes = useQueries({ queries: connections.map((c) => ({ ...probeQueryOptions(c), ...observe })) });
  const lists = useQueries({ queries: connections.map((c) => ({ ...vmListQueryOptions(c), ...observe })) });
  const healthy = new Set<string>();
  const unchecked = new Set<string>();
  connections.forEach((connection, i) => {
    const reads = [probes[i]!, lists[i]!];
    // A DBC list with nodes that did not answer is a failed read too (of those nodes).
    const failing = reads.some((read) => read.status === 'error') || (lists[i]!.data?.failures.length ?? 0) > 0;
    const answered = reads.some((read) => read.status === 'success');
    if (answered && !failing && !refused[connection.id]) healthy.add(connection.id);
    else if (!answered && !failing && !refused[connection.id]) unchecked.add(connection.id);
  });
  return { healthy, unchecked };
}
