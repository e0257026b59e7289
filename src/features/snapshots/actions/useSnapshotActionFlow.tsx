import { App } from 'antd';
import { useState, type ComponentType, type ReactNode } from 'react';
import type { Vm } from '@/domain/vms/types';
import { useT } from '@/shared/i18n/useT';
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
 * What triggering a snapshot action does, wherever it is triggered (toolbar, details bar, Delete key): the
 * reason as a message when the registry refuses it now (a greyed button never triggers; the Delete key can),
 * else its dialog, which names the target, says what happens and sends.
 */
export function useSnapshotActionFlow(base: Omit<SnapshotSubject, 'snapshotId'>, vm?: Vm): { trigger(action: SnapshotUiAction, snapshotId?: string): void; dialogs: ReactNode } {
  const [open, setOpen] = useState<Open>();
  const t = useT();
  const { message } = App.useApp();

  function trigger(action: SnapshotUiAction, snapshotId?: string) {
    const definition = SNAPSHOT_ACTIONS[action];
    const subject = { ...base, snapshotId: definition.scope === 'snapshot' ? snapshotId : undefined };
    if (definition.scope === 'snapshot' && !snapshotId) return;
    const check = definition.can(subject);
    if (open) return;
    if (!check.allowed) {
      const name = snapshotId ? (base.tree.nodes.get(snapshotId)?.name ?? snapshotId) : base.targetName;
      void message.warning({ key: 'snapshot-action-refused', content: <span data-testid="snapshot-action-refused">{t('snapshots.action.refused', { action: t(definition.label), name, reason: t(check.reason.key, check.reason.params) })}</span> });
      return;
    }
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
