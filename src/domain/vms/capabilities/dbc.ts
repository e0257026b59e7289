import type { DbcApiEra } from '@/api/dbc/types';
import { ALLOWED, normaliseStatus, refuse, type StatusTable } from '../status';
import type { Capability, Vm, VmAction } from '../types';

/**
 * DBC task status words, era C (TaskInfo.h) and era B (task_def.cpp), docs/providers/dbc.md §4.1. Several contain spaces.
 * Snapshot and disk work happen on a shut-off VM, so those words read as `stopped` (and block actions, below).
 */
export const DBC_STATUS: StatusTable = {
  closed: 'stopped',
  none: 'stopped',
  running: 'running',
  pmsuspend: 'suspended',
  pm_suspended: 'suspended',
  creating: 'creating',
  starting: 'starting',
  'being shutdown': 'stopping',
  'being poweroff': 'stopping',
  stopping: 'stopping',
  restarting: 'restarting',
  resetting: 'restarting',
  deleting: 'deleting',
  'snapshot creating': 'stopped',
  'creating snapshot': 'stopped',
  'disk resizing': 'stopped',
  'disk adding': 'stopped',
  'disk deleting': 'stopped',
  error: 'error',
  'create error': 'error',
  'start error': 'error',
  'shutdown error': 'error',
  'poweroff error': 'error',
  'restart error': 'error',
  'reset error': 'error',
  'delete error': 'error',
  'create snapshot error': 'error',
  'resize disk error': 'error',
  'add disk error': 'error',
  'delete disk error': 'error',
};

export const normaliseDbcStatus = (raw: string) => normaliseStatus(DBC_STATUS, raw);

/**
 * What the node's libvirt domain most likely is behind a task status: the node checks the domain, not the
 * task word (TaskManager.cpp). `none` = no domain (still creating or the create failed); `unknown` = an error
 * word after which the domain could be either way, so the node decides.
 */
type Domain = 'none' | 'off' | 'running' | 'suspended' | 'busy' | 'unknown';

const DOMAIN: Readonly<Record<string, Domain>> = {
  closed: 'off',
  none: 'off',
  'start error': 'off',
  'create snapshot error': 'off',
  'resize disk error': 'off',
  'add disk error': 'off',
  'delete disk error': 'off',
  running: 'running',
  'shutdown error': 'running',
  'poweroff error': 'running',
  'reset error': 'running',
  pmsuspend: 'suspended',
  pm_suspended: 'suspended',
  creating: 'none',
  'create error': 'none',
};

function domainOf(raw: string): Domain {
  const word = raw.trim().toLowerCase();
  const known = DOMAIN[word];
  if (known) return known;
  if (normaliseDbcStatus(word) === 'error') return 'unknown';
  // Every other listed word is work in progress (starting, deleting, snapshot creating...).
  return word in DBC_STATUS ? 'busy' : 'unknown';
}

/** Menu order. Era 2022 clients route neither shutdown/poweroff (only stop) nor passwd (docs/providers/dbc.md §1). */
export function dbcActions(era: DbcApiEra): readonly VmAction[] {
  return era === '2022'
    ? ['start', 'stop', 'restart', 'forceRestart', 'reset', 'modify', 'delete']
    : ['start', 'shutdown', 'stop', 'restart', 'forceRestart', 'reset', 'modify', 'changePassword', 'delete'];
}

/** The state preconditions of TaskManager.cpp (docs/providers/dbc.md §4.4), applied to the task's status word. */
export function dbcCan(vm: Vm, action: VmAction, era: DbcApiEra): Capability {
  if (!dbcActions(era).includes(action)) return era === '2022' && (action === 'shutdown' || action === 'changePassword') ? refuse.notInEra() : refuse.notOffered();
  const status = vm.providerStatus;
  const domain = domainOf(status);
  if (action === 'delete') {
    // Delete works in any state that has a domain, and on a failed create; not on one still being created.
    if (status === 'deleting') return refuse.busy(status);
    if (status === 'creating') return refuse.noMachine(status);
    return ALLOWED;
  }
  if (domain === 'busy') return refuse.busy(status);
  if (domain === 'none') return refuse.noMachine(status);
  if (domain === 'unknown') return ALLOWED;
  switch (action) {
    case 'start':
      return domain === 'off' || domain === 'suspended' ? ALLOWED : refuse.alreadyRunning(status);
    case 'shutdown':
    case 'stop':
      return domain === 'off' ? refuse.alreadyOff(status) : ALLOWED;
    case 'restart':
    case 'forceRestart':
      // The node also restarts a closed VM (it starts it), but "restart" on a VM that is off is Start's job:
      // offered only on a running VM, as the established consoles do.
      return domain === 'running' ? ALLOWED : refuse.onlyRunning(status);
    case 'reset':
    case 'changePassword':
      return domain === 'running' ? ALLOWED : refuse.onlyRunning(status);
    case 'modify':
      return ALLOWED;
    default:
      return refuse.notOffered();
  }
}
