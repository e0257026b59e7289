import { snapshotTargetOf } from '@/domain/snapshots/target';
import type { SnapshotTarget } from '@/domain/snapshots/types';
import type { Vm } from '@/domain/vms/types';

/** The snapshot target of a VM as a page builds it. */
export const targetOf = (vm: Vm, extra: Pick<SnapshotTarget, 'volumeId'> = {}): SnapshotTarget => snapshotTargetOf(vm, extra);
