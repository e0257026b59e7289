import { ALLOWED, normaliseStatus, refuse, type StatusTable } from '../status';
import type { Capability, Vm, VmAction } from '../types';

/** ZStack VmInstanceState (docs/providers/zstack.md §9; header/vm/VmInstanceState.java). */
export const ZSTACK_STATUS: StatusTable = {
  created: 'stopped',
  starting: 'starting',
  running: 'running',
  stopping: 'stopping',
  stopped: 'stopped',
  rebooting: 'restarting',
  destroying: 'deleting',
  destroyed: 'deleting',
  expunging: 'deleting',
  migrating: 'running',
  volumemigrating: 'stopped',
  volumerecovering: 'stopped',
  pausing: 'stopping',
  paused: 'paused',
  resuming: 'starting',
  error: 'error',
  crashed: 'error',
  nostate: 'unknown',
  unknown: 'unknown',
};

export const normaliseZStackStatus = (raw: string) => normaliseStatus(ZSTACK_STATUS, raw);

export const ZSTACK_ACTIONS: readonly VmAction[] = ['start', 'shutdown', 'stop', 'restart'];

/**
 * AbstractVmInstance's allowed states per API (VM.1010 otherwise). Starting a Running VM or stopping a Stopped
 * one is a no-op on ZStack; the console refuses them with "already on/off" rather than send a request.
 */
const START_FROM = ['Created', 'Stopped', 'Crashed'];
const STOP_FROM = ['Running', 'Paused', 'Unknown', 'NoState', 'Crashed'];
const REBOOT_FROM = ['Running'];

export function zstackCan(vm: Vm, action: VmAction): Capability {
  if (!ZSTACK_ACTIONS.includes(action)) return refuse.notOffered();
  const state = vm.providerStatus;
  if (['starting', 'stopping', 'restarting', 'deleting'].includes(vm.status) || state === 'Migrating') return refuse.busy(state);
  switch (action) {
    case 'start':
      if (state === 'Running') return refuse.alreadyRunning(state);
      return START_FROM.includes(state) ? ALLOWED : refuse.needsState(START_FROM, state);
    case 'shutdown':
    case 'stop':
      if (state === 'Stopped' || state === 'Created') return refuse.alreadyOff(state);
      return STOP_FROM.includes(state) ? ALLOWED : refuse.needsState(STOP_FROM, state);
    default:
      return REBOOT_FROM.includes(state) ? ALLOWED : refuse.onlyRunning(state);
  }
}
