import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createControlClient } from '@/api/control/client';
import type { BackendState, DatasetName, FaultRule, ProviderFlags } from '@/api/control/types';
import type { ProviderId } from '@/api/provider';

const control = createControlClient();
export const demoControlKeys = { state: ['demo-controls', 'state'] as const };

/** The emulators' control state plus every change the drawer can make; each change refreshes it. */
export function useDemoControls(enabled: boolean) {
  const queryClient = useQueryClient();
  const state = useQuery({ queryKey: demoControlKeys.state, queryFn: control.state, enabled, meta: { silent: true } });
  const apply = (next: BackendState) => queryClient.setQueryData(demoControlKeys.state, next);
  const refresh = () => queryClient.invalidateQueries({ queryKey: demoControlKeys.state });

  return {
    state,
    addFault: useMutation({ mutationFn: (rule: Omit<FaultRule, 'id'>) => control.addFault(rule), onSuccess: refresh }),
    removeFault: useMutation({ mutationFn: (id: string) => control.removeFault(id), onSuccess: apply }),
    clearFaults: useMutation({ mutationFn: () => control.clearFaults(), onSuccess: apply }),
    setFlags: useMutation({ mutationFn: ({ provider, flags }: { provider: ProviderId; flags: ProviderFlags }) => control.setFlags(provider, flags), onSuccess: apply }),
    settings: useMutation({ mutationFn: control.settings, onSuccess: apply }),
    /** Reset (or switch dataset): every cached provider answer is stale afterwards. Faults and flags go unless kept. */
    reset: useMutation({
      mutationFn: (options: { dataset?: DatasetName; keepFaults?: boolean; keepFlags?: boolean } = {}) => control.reset(options),
      onSuccess: (next) => {
        apply(next);
        // Not awaited: the reset is done once the emulators answer; every page then refetches with its own
        // loading state (awaiting it held the "reset" message back until the slowest list had reloaded).
        void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== demoControlKeys.state[0] });
      },
    }),
  };
}
