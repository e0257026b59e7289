import { ALLOWED, normaliseStatus, refuse, type StatusTable } from '../status';
import type { Capability, Vm, VmAction } from '../types';

/** vsd power `state` (libvirt domain states, docs/providers/vsd.md §5); `shutdown` means "shutting down". */
export const VSD_STATE: StatusTable = {
  running: 'running',
  blocked: 'running',
  paused: 'paused',
  shutdown: 'stopping',
  shutoff: 'stopped',
  crashed: 'error',
  pmsuspend: 'suspended',
  nostate: 'unknown',
  unknown: 'unknown',
};

/** `action` = the operation in progress; `save` is hibernation (休眠), a resting state rather than work. */
const ACTION_STATUS: Readonly<Record<string, Vm['status']>> = {
  save: 'suspended',
  cloning: 'creating',
  importing: 'creating',
  restoring: 'starting',
};

/** Neutral status from state + action: an action in progress wins over the power state. */
export function normaliseVsdStatus(state: string, action: string | undefined): Vm['status'] {
  if (action && action !== 'noaction') return ACTION_STATUS[action] ?? normaliseStatus(VSD_STATE, state);
  return normaliseStatus(VSD_STATE, state);
}

/** providerStatus keeps both raw words when an action is under way: "running · migrating". */
export const VSD_STATUS_SEPARATOR = ' · ';

export function vsdProviderStatus(state: string, action: string | undefined): string {
  return action && action !== 'noaction' ? `${state}${VSD_STATUS_SEPARATOR}${action}` : state;
}

export function splitVsdStatus(providerStatus: string): { state: string; action: string } {
  const [state = '', action = 'noaction'] = providerStatus.split(VSD_STATUS_SEPARATOR);
  return { state, action };
}

export const VSD_ACTIONS: readonly VmAction[] = ['start', 'stop', 'reset', 'resume', 'restore'];

/** Which state each power operation needs (besides action `noaction`), from the compute doc's preconditions. */
const NEEDS: Partial<Record<VmAction, string>> = { start: 'shutoff', stop: 'running', reset: 'running', resume: 'paused' };

export function vsdCan(vm: Vm, action: VmAction): Capability {
  if (!VSD_ACTIONS.includes(action)) return refuse.notOffered();
  const { state, action: busy } = splitVsdStatus(vm.providerStatus);
  const hibernated = busy === 'save' || state === 'pmsuspend';
  // Restore wakes a hibernated VM (action save, or the guest's own pmsuspend) and nothing else.
  if (action === 'restore') return hibernated ? ALLOWED : refuse.needsState(['save', 'pmsuspend'], vm.providerStatus);
  if (busy !== 'noaction') return refuse.busy(vm.providerStatus);
  const needed = NEEDS[action]!;
  if (state === needed) return ALLOWED;
  if (action === 'start' && state === 'running') return refuse.alreadyRunning(state);
  if (action === 'stop' && state === 'shutoff') return refuse.alreadyOff(state);
  return refuse.needsState([needed], state);
}
