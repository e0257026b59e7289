import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { Vm, VmAction } from '@/domain/vms/types';
import { runtime } from '@/shared/connections/runtime';
import { useT } from '@/shared/i18n/useT';
import { ChangePasswordModal } from './ChangePasswordModal';
import { confirmBodyKey, needsConfirmation } from './confirmText';
import { ModifyVmModal } from './ModifyVmModal';
import { useVmAction } from './useVmAction';

/**
 * What clicking an action does: nothing if the VM's state forbids it, a form for modify / change password,
 * a confirmation naming the VM for what interrupts or destroys, then the request (locked while in flight).
 */
export function useVmActionFlow(connection: Connection, vm: Vm): { trigger(action: VmAction): void; pendingAction?: VmAction; dialogs: ReactNode } {
  const t = useT();
  const { modal } = App.useApp();
  const action = useVmAction(connection, vm);
  const [form, setForm] = useState<'modify' | 'changePassword'>();
  const service = runtime(connection).vms;

  function trigger(name: VmAction) {
    if (action.pending || !service.can(vm, name).allowed) return;
    if (name === 'modify' || name === 'changePassword') {
      setForm(name);
      return;
    }
    if (!needsConfirmation(name)) {
      void action.run(name);
      return;
    }
    const label = t(`vm.action.${name}`);
    modal.confirm({
      title: t('vms.confirm.title', { action: label, name: vm.name }),
      content: t(confirmBodyKey(name), { name: vm.name }),
      okText: label,
      okButtonProps: { danger: true, 'data-testid': 'confirm-action' } as never,
      cancelText: t('common.cancel'),
      // Returning the promise keeps the OK button loading (and the dialog open) until the provider answers.
      onOk: () => action.run(name),
    });
  }

  const dialogs =
    form === 'modify' ? (
      <ModifyVmModal connection={connection} vm={vm} onClose={() => setForm(undefined)} />
    ) : form === 'changePassword' ? (
      <ChangePasswordModal connection={connection} vm={vm} onClose={() => setForm(undefined)} />
    ) : null;

  return { trigger, pendingAction: action.pendingAction, dialogs };
}
