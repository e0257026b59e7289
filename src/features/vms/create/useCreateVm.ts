import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { CreateVmInput } from '@/domain/vms/types';
import { runtime } from '@/shared/connections/runtime';
import { settleAction } from '@/shared/actions/settle';
import { vmKeys, nodeKeys } from '@/shared/queryKeys';

/** DBC create: the job (creating -> running or "create error") is tracked across navigation and reloads. */
export function useCreateVm(connection: Connection) {
  const queryClient = useQueryClient();
  return useMutation({
    // Refusals are shown at their field or above the form, not as a notification.
    meta: { silent: true },
    mutationFn: (input: CreateVmInput) => {
      const create = runtime(connection).vms.create;
      if (!create) return Promise.reject(new Error(`${connection.provider} cannot create VMs here`));
      return create(input);
    },
    onSuccess: ({ vmId, job }, input) => {
      settleAction(queryClient, {
        connection,
        action: 'vm.create',
        target: { kind: 'vm', id: vmId, name: input.description || vmId },
        jobs: [job],
        refresh: [vmKeys.connection(connection.id), nodeKeys.detail(connection.id, input.nodeId)],
      });
    },
  });
}
