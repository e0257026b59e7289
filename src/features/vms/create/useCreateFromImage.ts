import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { ImageVmInput } from '@/domain/vms/create';
import { settleAction } from '@/shared/actions/settle';
import { runtime } from '@/shared/connections/runtime';
import { imageKeys, vmKeys } from '@/shared/queryKeys';

/** The offerings and networks a new VM can have on this connection. */
export function imageVmChoicesQueryOptions(connection: Connection) {
  return queryOptions({
    queryKey: [...vmKeys.connection(connection.id), 'create-choices'] as const,
    queryFn: () => {
      const creator = runtime(connection).vms.fromImage;
      if (!creator) return Promise.reject(new Error(`${connection.provider} cannot create a VM from an image`));
      return creator.choices();
    },
    staleTime: 60_000,
    meta: { silent: true },
  });
}

/** Create from an image: the provider's job is tracked like every other (Jobs drawer, the create progress view). */
export function useCreateFromImage(connection: Connection) {
  const queryClient = useQueryClient();
  return useMutation({
    // A refusal is shown above the form, with its code, not as a notification.
    meta: { silent: true },
    mutationFn: (input: ImageVmInput) => {
      const creator = runtime(connection).vms.fromImage;
      if (!creator) return Promise.reject(new Error(`${connection.provider} cannot create a VM from an image`));
      return creator.create(input);
    },
    onSuccess: ({ vmId, job }, input) => {
      settleAction(queryClient, {
        connection,
        action: 'vm.create',
        target: { kind: 'vm', id: vmId, name: input.name },
        jobs: [job],
        refresh: [vmKeys.connection(connection.id), imageKeys.list(connection.id)],
      });
    },
  });
}
