import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ActionOptions, ActionOutcome, Vm, VmAction } from '@/domain/vms/types';
import { runtime } from '@/shared/connections/runtime';
import { reportSuccess } from '@/shared/errors/notify';
import { useT } from '@/shared/i18n/useT';
import { trackJob } from '@/shared/jobs/store';
import { vmKeys } from '@/shared/queryKeys';

interface Variables {
  action: VmAction;
  options?: ActionOptions;
}

/** Starts an action's job tracking (when the provider answered with one) and refreshes the connection's VMs. */
export function afterAction(connection: Connection, vm: Vm, action: VmAction, outcome: ActionOutcome): void {
  if (outcome.job) {
    trackJob({ connectionId: connection.id, provider: connection.provider, action: `vm.${action}`, target: { kind: 'vm', id: vm.id, name: vm.name }, spec: outcome.job });
  }
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
      afterAction(connection, vm, action, outcome);
      reportSuccess(t(outcome.job ? 'vms.action.started' : 'vms.action.done', { action: t(`vm.action.${action}`), name: vm.name }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: vmKeys.connection(connection.id) }),
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
