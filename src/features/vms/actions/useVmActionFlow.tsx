import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { ActionOutcome, Vm, VmAction } from '@/domain/vms/types';
import { useT } from '@/shared/i18n/useT';
import { ChangePasswordModal } from './ChangePasswordModal';
import { ModifyVmModal } from './ModifyVmModal';
import { VM_ACTIONS, type VmForm } from './registry';
import { useVmAction } from './useVmAction';

/**
 * What clicking an action does, as its registry entry says: nothing if the VM's state forbids it, its form,
 * a confirmation naming the VM for what interrupts or destroys, then the request (locked while in flight).
 * `onAccepted` hears of each action the provider accepted (the detail page leaves a VM being deleted).
 */
export function useVmActionFlow(
  connection: Connection,
  vm: Vm,
  onAccepted?: (action: VmAction, outcome: ActionOutcome) => void,
): { trigger(action: VmAction): void; pendingAction?: VmAction; dialogs: ReactNode } {
  const t = useT();
  const { modal } = App.useApp();
  const action = useVmAction(connection, vm);
  const [form, setForm] = useState<VmForm>();

  async function send(name: VmAction) {
    const outcome = await action.run(name);
    if (outcome) onAccepted?.(name, outcome);
  }

  function trigger(name: VmAction) {
    const definition = VM_ACTIONS[name];
    if (action.pending || !definition.can({ connection, vm }).allowed) return;
    if (definition.form) {
      setForm(definition.form);
      return;
    }
    if (!definition.confirm) {
      void send(name);
      return;
    }
    const label = t(definition.label);
    modal.confirm({
      title: t(definition.confirm.title, { action: label, name: vm.name }),
      content: t(definition.confirm.body, { name: vm.name }),
      okText: label,
      okButtonProps: { danger: definition.destructive, 'data-testid': 'confirm-action' } as never,
      cancelText: t('common.cancel'),
      // Returning the promise keeps the OK button loading (and the dialog open) until the provider answers.
      onOk: () => send(name),
    });
  }

  const close = () => setForm(undefined);
  const dialogs: Record<VmForm, ReactNode> = {
    modify: <ModifyVmModal connection={connection} vm={vm} onClose={close} />,
    changePassword: <ChangePasswordModal connection={connection} vm={vm} onClose={close} />,
  };

  return { trigger, pendingAction: action.pendingAction, dialogs: form ? dialogs[form] : null };
}
