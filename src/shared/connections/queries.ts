import { queryOptions } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import { runtime } from './runtime';

/** Key factory: every connection-level query hangs off ['connections', id]. */
export const connectionKeys = {
  all: ['connections'] as const,
  detail: (id: string) => [...connectionKeys.all, id] as const,
  probe: (id: string) => [...connectionKeys.detail(id), 'probe'] as const,
};

export function probeConnection(connection: Connection) {
  return runtime(connection).probe();
}

/** Health of one connection, shared by the overview and the settings page. Failures show in place, not as toasts. */
export function probeQueryOptions(connection: Connection) {
  return queryOptions({
    queryKey: connectionKeys.probe(connection.id),
    queryFn: () => probeConnection(connection),
    staleTime: 60_000,
    meta: { silent: true },
  });
}

/** Snapshot and image counts of a connection (the overview). */
export function summaryQueryOptions(connection: Connection) {
  return queryOptions({
    queryKey: [...connectionKeys.detail(connection.id), 'summary'] as const,
    queryFn: () => runtime(connection).summary(),
    staleTime: 60_000,
    meta: { silent: true },
  });
}
