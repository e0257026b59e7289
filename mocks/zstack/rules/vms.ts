/** Pure VM state rules (AbstractVmInstance allowed operations). */
import type { ZStackErrorCode, ZStackVmState } from '../../../src/api/zstack/types';
import { API_CLASSES, zsError } from '../errors';
import type { VmRec } from '../state';

export type VmOperation = 'StartVmInstance' | 'StopVmInstance' | 'RebootVmInstance';

export const VM_ALLOWED_STATES: Record<VmOperation, readonly ZStackVmState[]> = {
  StartVmInstance: ['Created', 'Stopped', 'Running', 'Crashed'],
  StopVmInstance: ['Running', 'Stopped', 'Paused', 'Unknown', 'NoState', 'Crashed'],
  RebootVmInstance: ['Running'],
};

/** Already there: the API answers at once with the unchanged inventory. */
export function isVmNoop(operation: VmOperation, state: ZStackVmState): boolean {
  return (operation === 'StartVmInstance' && state === 'Running') || (operation === 'StopVmInstance' && state === 'Stopped');
}

/** SYS.1006 wrapping VM.1010 when the state does not allow the operation. */
export function vmOperationRefusal(vm: VmRec, operation: VmOperation): ZStackErrorCode | undefined {
  const allowed = VM_ALLOWED_STATES[operation];
  if (allowed.includes(vm.state)) return undefined;
  const message = API_CLASSES[operation] ?? operation;
  return zsError(
    'SYS.1006',
    `the vm[uuid:${vm.uuid}, name:${vm.name}] is in state ${vm.state}, cannot proceed ${operation}`,
    zsError('VM.1010', `current vm instance state[${vm.state}] doesn't allow to proceed message[${message}], allowed states are ${JSON.stringify(allowed)}`),
  );
}

export const STOP_TYPES = ['grace', 'cold'] as const;
