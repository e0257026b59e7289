import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ActionOptions, ActionOutcome, Vm, VmAction } from '@/domain/vms/types';
import { refreshAll, settleAction } from '@/shared/actions/settle';
import { runtime } from '@/shared/connections/runtime';
import { reportSuccess } from '@/shared/errors/notify';
import { useT } from '@/shared/i18n/useT';
import { VM_ACTIONS } from './registry';

interface Variables {
  action: VmAction;
  options?: ActionOptions;
}

/** Hands an accepted VM action to the one end path (Jobs drawer, refresh now and when its job ends). */
export function settleVmAction(queryClient: QueryClient, connection: Connection, vm: Vm, action: VmAction, outcome: ActionOutcome): string[] {
  const definition = VM_ACTIONS[action];
  return settleAction(queryClient, {
    connection,
    action: definition.job,
    target: { kind: 'vm', id: vm.id, name: vm.name },
    jobs: outcome.job ? [outcome.job] : [],
    refresh: definition.refresh({ connection, vm }),
  });
}

/**
 * One VM's lifecycle action as a mutation. `run` is locked while a request is in flight: a double click
 * (or a second action) sends nothing until the first has answered. Errors go through the central
 * notification unless the caller shows them in place (`silent`, for the modal forms).
 */
export function useVmAction(connection: Connection, vm: Vm, { silent = false }: { silent?: boolean } = {}) {
  const t = useT();
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: ({ action, options }: Variables) => runtime(connection).vms.run(vm, action, options),
    meta: silent ? { silent: true } : undefined,
    onSuccess: (outcome, { action }) => {
      settleVmAction(queryClient, connection, vm, action, outcome);
      reportSuccess(t(outcome.job ? 'vms.action.started' : 'vms.action.done', { action: t(`vm.action.${action}`), name: vm.name }));
    },
    // A refused request may still have changed something (or shown the VM is elsewhere than we thought).
    onError: (_error, { action }) => refreshAll(queryClient, VM_ACTIONS[action].refresh({ connection, vm })),
  });

  async function run(action: VmAction, options?: ActionOptions): Promise<ActionOutcome | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    try {
      return await mutation.mutateAsync({ action, options });
    } catch {
      // Already shown: by the central notification, or in place from `error` (silent callers).
      return undefined;
    } finally {
      inFlight.current = false;
    }
  }

  return { run, pending: mutation.isPending, pendingAction: mutation.isPending ? mutation.variables?.action : undefined, error: mutation.error, reset: mutation.reset };
}
