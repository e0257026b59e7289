import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { Vm, VmAction } from '@/domain/vms/types';
import { runtime } from '@/shared/connections/runtime';
import { jobEnded } from '@/shared/jobs/store';
import { vmDetailQueryOptions } from '@/shared/vms/queries';
import { settleVmAction } from '../../vms/actions/useVmAction';

/** Shut down gracefully where the provider can (the guest flushes its disks), else power off. */
const OFF_ACTIONS: readonly VmAction[] = ['shutdown', 'stop'];

export class PowerOffError extends Error {
  constructor(readonly vm: Vm) {
    super(`The VM ${vm.name} did not power off (now ${vm.providerStatus})`);
  }
}

/**
 * The first step of "power off, then snapshot / roll back": one power-off request (tracked in the Jobs drawer like
 * any VM action), then waits for its job to end and reads the VM again. Resolves with the VM as it is now, stopped;
 * rejects with PowerOffError (the VM is not off: nothing else must be sent) or the provider's error.
 */
export async function powerOffAndWait(queryClient: QueryClient, connection: Connection, vm: Vm): Promise<Vm> {
  const service = runtime(connection).vms;
  const action = OFF_ACTIONS.find((a) => service.actions.includes(a) && service.can(vm, a).allowed);
  if (!action) throw new PowerOffError(vm);
  const outcome = await service.run(vm, action);
  const ids = settleVmAction(queryClient, connection, vm, action, outcome);
  await Promise.all(ids.map(jobEnded));
  const now = await queryClient.fetchQuery({ ...vmDetailQueryOptions(connection, vm.id), staleTime: 0 });
  if (now.status !== 'stopped') throw new PowerOffError(now);
  return now;
}
