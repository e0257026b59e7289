import type { Vm } from '@/domain/vms/types';
import type { SnapshotActionCheck, SnapshotSubject, SnapshotUiAction } from './registry';

/** What every snapshot dialog gets from the action flow. */
export interface SnapshotDialogProps {
  /** The tree and, for snapshot actions, the chosen snapshot (`subject.snapshotId`). */
  subject: SnapshotSubject;
  action: SnapshotUiAction;
  /** The allowed check that opened it: notes to show, `stopFirst` when the VM must be powered off first. */
  check: Extract<SnapshotActionCheck, { allowed: true }>;
  /** The VM as the VM list shows it (for "power off first"); absent when only a volume is known. */
  vm?: Vm;
  onClose(): void;
}
