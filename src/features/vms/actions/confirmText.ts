import { DESTRUCTIVE_ACTIONS, type VmAction } from '@/domain/vms/types';
import type { MessageKey } from '@/i18n';

/** Destructive actions are confirmed; the text says what the user loses. */
export function needsConfirmation(action: VmAction): boolean {
  return DESTRUCTIVE_ACTIONS.includes(action) || action === 'restart' || action === 'shutdown';
}

export function confirmBodyKey(action: VmAction): MessageKey {
  switch (action) {
    case 'delete':
      return 'vms.confirm.deleteBody';
    case 'reset':
      return 'vms.confirm.resetBody';
    default:
      // stop, shutdown, restart, forceRestart: the VM is interrupted.
      return 'vms.confirm.interruptBody';
  }
}
