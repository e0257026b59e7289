import { splitVsdStatus } from '../vms/capabilities/vsd';
import { isTransitional, type Vm } from '../vms/types';
import type { SnapshotTarget } from './types';

/**
 * The snapshot target of a VM as the VM list shows it: its node (DBC) and the state the capability table
 * reads. `busy`: an operation is under way, which vsd reports beside the power state (`running · migrating`).
 */
export function snapshotTargetOf(vm: Vm, extra: Pick<SnapshotTarget, 'volumeId'> = {}): SnapshotTarget {
  const vsdBusy = vm.provider === 'vsd' && splitVsdStatus(vm.providerStatus).action !== 'noaction';
  return {
    vmId: vm.id,
    ...(vm.location.kind === 'node' ? { nodeId: vm.location.id } : {}),
    vm: { status: vm.status, providerStatus: vm.providerStatus, busy: vsdBusy || isTransitional(vm.status) },
    ...extra,
  };
}
