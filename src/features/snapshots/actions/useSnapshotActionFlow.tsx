import { useState, type ComponentType, type ReactNode } from 'react';
import type { Vm } from '@/domain/vms/types';
import { CreateSnapshotDialog } from './CreateSnapshotDialog';
import { DeleteSnapshotDialog } from './DeleteSnapshotDialog';
import type { SnapshotDialogProps } from './dialogs';
import { ExportSnapshotDialog } from './ExportSnapshotDialog';
import { ModifySnapshotDialog } from './ModifySnapshotDialog';
import { SNAPSHOT_ACTIONS, type SnapshotForm, type SnapshotSubject, type SnapshotUiAction } from './registry';
import { RollbackDialog } from './RollbackDialog';

const DIALOGS: Record<SnapshotForm, ComponentType<SnapshotDialogProps>> = {
  create: CreateSnapshotDialog,
  rollback: RollbackDialog,
  delete: DeleteSnapshotDialog,
  modify: ModifySnapshotDialog,
  export: ExportSnapshotDialog,
};

interface Open {
  action: SnapshotUiAction;
  snapshotId?: string;
  check: SnapshotDialogProps['check'];
}

/**
 * What triggering a snapshot action does, wherever it is triggered (toolbar, details bar, Delete key): nothing
 * when the registry refuses it now, else its dialog, which names the target, says what happens and sends.
 */
export function useSnapshotActionFlow(base: Omit<SnapshotSubject, 'snapshotId'>, vm?: Vm): { trigger(action: SnapshotUiAction, snapshotId?: string): void; dialogs: ReactNode } {
  const [open, setOpen] = useState<Open>();

  function trigger(action: SnapshotUiAction, snapshotId?: string) {
    const definition = SNAPSHOT_ACTIONS[action];
    const subject = { ...base, snapshotId: definition.scope === 'snapshot' ? snapshotId : undefined };
    if (definition.scope === 'snapshot' && !snapshotId) return;
    const check = definition.can(subject);
    if (!check.allowed || open) return;
    setOpen({ action, snapshotId: subject.snapshotId, check });
  }

  let dialogs: ReactNode = null;
  if (open) {
    const definition = SNAPSHOT_ACTIONS[open.action];
    const Dialog = DIALOGS[definition.form];
    // The dialog gets the tree as it is now (it refreshes while the dialog is open and after it sends) and the
    // check that opened it; it stays open to show its result even when the snapshot is gone.
    dialogs = <Dialog key={`${open.action}:${open.snapshotId ?? ''}`} subject={{ ...base, snapshotId: open.snapshotId }} action={open.action} check={open.check} vm={vm} onClose={() => setOpen(undefined)} />;
  }
  return { trigger, dialogs };
}
