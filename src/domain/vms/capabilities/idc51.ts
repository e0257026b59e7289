import { ALLOWED, normaliseStatus, refuse, type StatusTable } from '../status';
import type { Capability, Vm, VmAction, VmStatus } from '../types';

/** 51idc (QingCloud-derived) instance `status`. */
export const IDC51_STATUS: StatusTable = {
  pending: 'creating',
  running: 'running',
  stopped: 'stopped',
  suspended: 'suspended',
  terminated: 'deleting',
  ceased: 'deleting',
};

/** `transition_status`: work in progress, which wins over the resting status. */
const IDC51_TRANSITION: StatusTable = {
  creating: 'creating',
  starting: 'starting',
  stopping: 'stopping',
  restarting: 'restarting',
  suspending: 'stopping',
  resuming: 'starting',
  terminating: 'deleting',
  recovering: 'starting',
  resetting: 'restarting',
};

export function normaliseIdc51Status(status: string, transition: string | undefined): VmStatus {
  return transition ? normaliseStatus(IDC51_TRANSITION, transition) : normaliseStatus(IDC51_STATUS, status);
}

/** providerStatus: the transition while one runs (what the user waits for), else the status. */
export const idc51ProviderStatus = (status: string, transition: string | undefined) => transition || status;

export const IDC51_ACTIONS: readonly VmAction[] = ['start', 'stop', 'restart'];

/** Start only from stopped; stop and restart only from running; nothing during a transition. */
export function idc51Can(vm: Vm, action: VmAction): Capability {
  if (!IDC51_ACTIONS.includes(action)) return refuse.notOffered();
  const word = vm.providerStatus;
  if (!(word in IDC51_STATUS)) return refuse.busy(word);
  if (action === 'start') return word === 'stopped' ? ALLOWED : word === 'running' ? refuse.alreadyRunning(word) : refuse.needsState(['stopped'], word);
  if (word === 'running') return ALLOWED;
  return action === 'stop' && word === 'stopped' ? refuse.alreadyOff(word) : refuse.onlyRunning(word);
}
