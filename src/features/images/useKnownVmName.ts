import { skipToken, useQuery } from '@tanstack/react-query';
import type { VmListResult } from '@/domain/vms/types';
import { vmKeys } from '@/shared/queryKeys';

/**
 * The name of a VM the console has already listed, or undefined. Reads the VM list's cache only: an image's
 * origin must not make the Images page list every VM of every node (DBC fans out per node) to name one.
 */
export function useKnownVmName(connectionId: string, vmId: string | undefined): string | undefined {
  const { data } = useQuery<VmListResult>({ queryKey: vmKeys.list(connectionId), queryFn: skipToken });
  return vmId === undefined ? undefined : data?.vms.find((vm) => vm.id === vmId)?.name;
}
