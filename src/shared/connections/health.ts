import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { VmListResult } from '@/domain/vms/types';
import { vmKeys } from '../queryKeys';
import { connectionKeys } from './queries';
import { useSecrets } from './secrets';

export interface ConnectionHealth {
  /** A read answered, the latest of its connection check and VM list did not fail, its DBC session is not refused. */
  healthy: Set<string>;
  /** Nothing has read them yet (a page that reads none of them): neither healthy nor failing. */
  unchecked: Set<string>;
}

type ReadStatus = 'pending' | 'error' | 'success';

/** What the health of one connection depends on, as a string so an unchanged cache gives an equal snapshot. */
function readsOf(client: QueryClient, connection: Connection): string {
  const probe = client.getQueryState(connectionKeys.probe(connection.id));
  const list = client.getQueryState<VmListResult>(vmKeys.list(connection.id));
  return [probe?.status ?? 'pending', list?.status ?? 'pending', list?.data?.failures.length ?? 0].join(':');
}

/**
 * Which connections are healthy, and which are not known yet. Reads the query cache without observing it: an
 * observer (even a disabled one) in the header would keep a page's VM list "wanted" on every page, so leaving
 * the VM list could never abort its requests (issue 13, defect 8). No request is ever made from here.
 */
export function useConnectionHealth(connections: readonly Connection[]): ConnectionHealth {
  const refused = useSecrets((state) => state.refused);
  const client = useQueryClient();
  const subscribe = useCallback((changed: () => void) => client.getQueryCache().subscribe(changed), [client]);
  const snapshot = useSyncExternalStore(subscribe, () => connections.map((c) => readsOf(client, c)).join('|'));
  const reads = snapshot === '' ? [] : snapshot.split('|');
  const healthy = new Set<string>();
  const unchecked = new Set<string>();
  connections.forEach((connection, i) => {
    const [probe, list, failures] = (reads[i] ?? 'pending:pending:0').split(':') as [ReadStatus, ReadStatus, string];
    // A DBC list with nodes that did not answer is a failed read too (of those nodes).
    const failing = probe === 'error' || list === 'error' || Number(failures) > 0;
    const answered = probe === 'success' || list === 'success';
    if (answered && !failing && !refused[connection.id]) healthy.add(connection.id);
    else if (!answered && !failing && !refused[connection.id]) unchecked.add(connection.id);
  });
  return { healthy, unchecked };
}
