import type { Connection } from '@/domain/connections/types';
import type { Vm, VmAction } from '@/domain/vms/types';
import { ActionBar } from '@/shared/actions/ActionBar';
import { vmActionsOf } from './registry';
import { useVmActionFlow } from './useVmActionFlow';

/** The detail page's buttons: every action the provider offers; disabled ones say why in a tooltip. */
export function VmActionBar({ connection, vm }: { connection: Connection; vm: Vm }) {
  const flow = useVmActionFlow(connection, vm);
  return (
    <>
      <ActionBar actions={vmActionsOf(connection)} subject={{ connection, vm }} pending={flow.pendingAction} onTrigger={(name) => flow.trigger(name as VmAction)} testId="vm-actions" />
      {flow.dialogs}
    </>
  );
}
