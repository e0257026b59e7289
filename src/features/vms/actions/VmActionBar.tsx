import type { Connection } from '@/domain/connections/types';
import type { ActionOutcome, Vm, VmAction } from '@/domain/vms/types';
import { ActionBar } from '@/shared/actions/ActionBar';
import { vmActionsOf } from './registry';
import { useVmActionFlow } from './useVmActionFlow';

interface Props {
  connection: Connection;
  vm: Vm;
  /** Each action the provider accepted. */
  onAccepted?(action: VmAction, outcome: ActionOutcome): void;
}

/** The detail page's actions, grouped: every action the provider offers; disabled ones say why. */
export function VmActionBar({ connection, vm, onAccepted }: Props) {
  const flow = useVmActionFlow(connection, vm, onAccepted);
  return (
    <>
      <ActionBar actions={vmActionsOf(connection)} subject={{ connection, vm }} pending={flow.pendingAction} onTrigger={(name) => flow.trigger(name as VmAction)} testId="vm-actions" />
      {flow.dialogs}
    </>
  );
}
