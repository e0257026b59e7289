import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AnySecrets, Connection } from '@/domain/connections/types';
import { probeUnsaved } from '@/domain/providers/registry';
import { connectionKeys, probeConnection } from '@/shared/connections/queries';

/**
 * "Test connection": an explicit user action, so a mutation (never retried). A saved connection's result
 * also refreshes the overview's health; an unsaved one (the form) is probed with the typed values.
 */
export function useTestConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: ({ connection, secrets }: { connection: Connection; secrets?: AnySecrets }) =>
      secrets ? probeUnsaved(connection, secrets) : probeConnection(connection),
    onSuccess: (result, { connection, secrets }) => {
      if (!secrets) queryClient.setQueryData(connectionKeys.probe(connection.id), result);
    },
  });
}
