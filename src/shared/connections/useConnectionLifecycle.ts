import { useQueryClient } from '@tanstack/react-query';
import { forgetRuntime } from '@/domain/providers/registry';
import { connectionQueryKeys, purgeConnection } from './purge';
import { useSecrets } from './secrets';
import { useConnectionStore } from './store';

/** Sign-out, removal and "Retry sign-in" of a connection: the store changes and the query cache follows. */
export function useConnectionLifecycle() {
  const queryClient = useQueryClient();
  return {
    /** Forgets the secrets, ends the provider session and purges everything read with them. */
    signOut(connectionId: string) {
      useSecrets.getState().signOut(connectionId);
      purgeConnection(queryClient, connectionId);
    },
    remove(connectionId: string) {
      useConnectionStore.getState().remove(connectionId);
      purgeConnection(queryClient, connectionId);
    },
    /** A remembered sign-in refusal is dropped with the runtime that holds it; the connection's reads run again. */
    retrySignIn(connectionId: string) {
      forgetRuntime(connectionId);
      for (const queryKey of connectionQueryKeys(connectionId)) void queryClient.invalidateQueries({ queryKey });
    },
  };
}
