import { dbcActions, dbcCan, normaliseDbcStatus } from './capabilities/dbc';
import { idc51Can, normaliseIdc51Status } from './capabilities/idc51';
import { normaliseVsdStatus, vsdCan, vsdProviderStatus } from './capabilities/vsd';
import { normaliseZStackStatus, zstackCan } from './capabilities/zstack';
import { vmWith } from './testing';
import type { Capability, Vm, VmAction } from './types';

/** `+` allowed, otherwise the reason key's last part: one row per provider state, one column per action. */
function table(actions: readonly VmAction[], vms: Vm[], can: (vm: Vm, action: VmAction) => Capability): Record<string, string> {
  return Object.fromEntries(
    vms.map((vm) => [vm.providerStatus, actions.map((a) => { const c = can(vm, a); return c.allowed ? '+' : c.reason.key.replace('vm.reason.', ''); }).join(' ')]),
  );
}

describe('DBC: state -> allowed actions (TaskManager.cpp preconditions, docs/providers/dbc.md §4.4)', () => {
  const actions = dbcActions('current');
  it('follows the node rules for every status word (restart only on a running VM: Start is the action for one that is off)', () => {
    const words = ['closed', 'running', 'pmsuspend', 'creating', 'create error', 'start error', 'being shutdown', 'deleting', 'snapshot creating', 'error'];
    const rows = table(actions, words.map((w) => vmWith('dbc', normaliseDbcStatus(w), w)), (vm, a) => dbcCan(vm, a, 'current'));
    // start shutdown stop restart forceRestart reset modify changePassword delete
    expect(rows).toEqual({
      closed: '+ alreadyOff alreadyOff onlyRunning onlyRunning onlyRunning + onlyRunning +',
      running: 'alreadyRunning + + + + + + + +',
      pmsuspend: '+ + + onlyRunning onlyRunning onlyRunning + onlyRunning +',
      creating: 'noMachine noMachine noMachine noMachine noMachine noMachine noMachine noMachine noMachine',
      'create error': 'noMachine noMachine noMachine noMachine noMachine noMachine noMachine noMachine +',
      'start error': '+ alreadyOff alreadyOff onlyRunning onlyRunning onlyRunning + onlyRunning +',
      'being shutdown': 'busy busy busy busy busy busy busy busy +',
      deleting: 'busy busy busy busy busy busy busy busy busy',
      'snapshot creating': 'busy busy busy busy busy busy busy busy +',
      error: '+ + + + + + + + +',
    });
  });

  it('gives the status word as the reason parameter', () => {
    expect(dbcCan(vmWith('dbc', 'stopped', 'closed'), 'changePassword', 'current')).toEqual({ allowed: false, reason: { key: 'vm.reason.onlyRunning', params: { status: 'closed' } } });
  });

  it('era 2022 has no shutdown or password change, and says why', () => {
    expect(dbcActions('2022')).not.toContain('shutdown');
    expect(dbcCan(vmWith('dbc', 'running', 'running'), 'changePassword', '2022')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.notInEra' } });
    expect(dbcCan(vmWith('dbc', 'running', 'running'), 'resume', 'current')).toMatchObject({ allowed: false, reason: { key: 'vm.reason.notOffered' } });
  });

  it('normalises era B and C words, spaces included; unknown words stay unknown', () => {
    expect(['being poweroff', 'stopping', 'pm_suspended', 'resetting', 'creating snapshot', 'delete error', 'closed', 'gibberish'].map(normaliseDbcStatus)).toEqual([
      'stopping', 'stopping', 'suspended', 'restarting', 'stopped', 'error', 'stopped', 'unknown',
    ]);
  });
});

describe('ZStack: state -> allowed actions (AbstractVmInstance allowed states)', () => {
  it('start from Stopped/Created/Crashed, stop from Running/Paused..., reboot only Running', () => {
    const states = ['Running', 'Stopped', 'Created', 'Paused', 'Crashed', 'Starting', 'Migrating', 'Destroyed'];
    const rows = table(['start', 'shutdown', 'stop', 'restart'], states.map((s) => vmWith('zstack', normaliseZStackStatus(s), s)), zstackCan);
    expect(rows).toEqual({
      Running: 'alreadyRunning + + +',
      Stopped: '+ alreadyOff alreadyOff onlyRunning',
      Created: '+ alreadyOff alreadyOff onlyRunning',
      Paused: 'needsState + + onlyRunning',
      Crashed: '+ + + onlyRunning',
      Starting: 'busy busy busy busy',
      Migrating: 'busy busy busy busy',
      Destroyed: 'busy busy busy busy',
    });
  });

  it('normalises case-insensitively', () => {
    expect(['Running', 'running', 'Rebooting', 'Destroying', 'NoState', 'Weird'].map(normaliseZStackStatus)).toEqual(['running', 'running', 'restarting', 'deleting', 'unknown', 'unknown']);
  });
});

describe('vsd: state + action -> allowed actions (docs/providers/vsd.md §5)', () => {
  const vsd = (state: string, action = 'noaction') => vmWith('vsd', normaliseVsdStatus(state, action), vsdProviderStatus(state, action));
  it('each power operation needs its state and no action in progress; restore only when hibernated', () => {
    const rows = table(['start', 'stop', 'reset', 'resume', 'restore'], [vsd('shutoff'), vsd('running'), vsd('paused'), vsd('pmsuspend', 'save'), vsd('running', 'migrating'), vsd('pmsuspend')], vsdCan);
    expect(rows).toEqual({
      shutoff: '+ alreadyOff needsState needsState needsState',
      running: 'alreadyRunning + + needsState needsState',
      paused: 'needsState needsState needsState + needsState',
      'pmsuspend · save': 'busy busy busy busy +',
      'running · migrating': 'busy busy busy busy needsState',
      pmsuspend: 'needsState needsState needsState needsState +',
    });
  });

  it('an operation in progress wins over the power state', () => {
    expect(normaliseVsdStatus('shutoff', 'cloning')).toBe('creating');
    expect(normaliseVsdStatus('running', 'migrating')).toBe('running');
    expect(normaliseVsdStatus('shutdown', 'noaction')).toBe('stopping');
    expect(normaliseVsdStatus('crashed', undefined)).toBe('error');
  });
});

describe('51idc: status/transition -> allowed actions', () => {
  it('start only stopped, stop and restart only running, nothing during a transition', () => {
    const rows = table(
      ['start', 'stop', 'restart'],
      [vmWith('idc51', 'running', 'running'), vmWith('idc51', 'stopped', 'stopped'), vmWith('idc51', 'suspended', 'suspended'), vmWith('idc51', 'starting', 'starting'), vmWith('idc51', 'creating', 'pending')],
      idc51Can,
    );
    expect(rows).toEqual({
      running: 'alreadyRunning + +',
      stopped: '+ alreadyOff onlyRunning',
      suspended: 'needsState onlyRunning onlyRunning',
      starting: 'busy busy busy',
      pending: 'needsState onlyRunning onlyRunning',
    });
  });

  it('the transition wins over the status', () => {
    expect(normaliseIdc51Status('running', 'stopping')).toBe('stopping');
    expect(normaliseIdc51Status('stopped', '')).toBe('stopped');
    expect(normaliseIdc51Status('pending', 'creating')).toBe('creating');
    expect(normaliseIdc51Status('ceased', '')).toBe('deleting');
  });
});
