import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import { connectionKeys } from '@/shared/connections/queries';
import { runtime } from '@/shared/connections/runtime';
import { useSecrets } from '@/shared/connections/secrets';
import { useConnectionLifecycle } from '@/shared/connections/useConnectionLifecycle';
import { reportSuccess } from '@/shared/errors/notify';
import { useT } from '@/shared/i18n/useT';
import { readNodeIds, useNodeIds } from '@/shared/nodes/store';
import { vmKeys } from '@/shared/queryKeys';
import type { RenterSession } from './signIn';

/** The connection's renter session as the panel shows it: who, and the pair to share. */
export function useRenterSession(connection: Connection) {
  const t = useT();
  const queryClient = useQueryClient();
  const secrets = useSecrets((state) => state.byId[connection.id]);
  const remembered = useSecrets((state) => state.remembered[connection.id] ?? false);
  const { setSecrets } = useSecrets.getState();
  const lifecycle = useConnectionLifecycle();
  const firstNode = useNodeIds((state) => readNodeIds(connection.id, state)[0]);

  // A new identity changes what the probe reports and which VMs the renter sees.
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: connectionKeys.detail(connection.id) });
    void queryClient.invalidateQueries({ queryKey: vmKeys.connection(connection.id) });
  };
  return {
    sessionId: secrets?.sessionId,
    sessionIdSign: secrets?.sessionIdSign,
    renterWallet: secrets?.renterWallet,
    remembered,
    firstNode,
    nodes: () => {
      const nodes = runtime(connection).nodes;
      if (!nodes) throw new Error(`${connection.provider} has no renter sessions`);
      return nodes;
    },
    save(session: Partial<RenterSession> & Pick<RenterSession, 'sessionId' | 'sessionIdSign'>, rememberForTab: boolean) {
      setSecrets(connection.id, { sessionId: session.sessionId, sessionIdSign: session.sessionIdSign, renterWallet: session.renterWallet }, rememberForTab);
      refresh();
      reportSuccess(t('renter.signedIn', { name: connection.name }));
    },
    signOut() {
      // Purged, not refreshed: a refetch without a session fails, and the old data (VM passwords) would stay shown.
      lifecycle.signOut(connection.id);
      reportSuccess(t('renter.signedOut', { name: connection.name }));
    },
  };
}

export type RenterSessionApi = ReturnType<typeof useRenterSession>;

/** A sign-in that ends in a session: locked while in flight, errors shown in place by the caller. */
export function useSignInMutation(api: RenterSessionApi, rememberForTab: boolean, work: () => Promise<RenterSession>) {
  return useMutation({
    mutationFn: work,
    onSuccess: (session) => api.save(session, rememberForTab),
    meta: { silent: true },
  });
}
