// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ComputeRecord } from '../state';
import { AGENT_BOOT_MS, agentState, applyPower, checkPower, settleShutdowns } from './power';

const vm = (over: Partial<ComputeRecord> = {}): ComputeRecord => ({
  uuid: 'vm-1', name: 'web', clusterUuid: 'c', tenant: 't', type: 'GUS', os: 'CentOS', state: 'running', action: 'noaction', hasAgent: true, agentReadyAt: 0,
  cpu: 2, memBytes: 4 * 1024 ** 3, machineUuid: 'm', createTime: 0, modifyTime: 0, disks: [], nics: [], spicePort: 5900, attr: {}, ...over,
});

describe('power preconditions', () => {
  it('start needs shutoff and no action', () => {
    expect(checkPower('start', vm({ state: 'shutoff' }))).toBeUndefined();
    expect(checkPower('start', vm())?.code).toBe('COMPUTE_STATE_NOT_ALLOWED');
    expect(checkPower('start', vm({ state: 'shutoff', action: 'cloning' }))?.code).toBe('COMPUTE_BUSY');
  });

  it('start is refused by host placement above the CPU limit (scode 20926)', () => {
    expect(checkPower('start', vm({ state: 'shutoff', cpu: 64 }))?.code).toBe('HOST_CPU_OVERCOMMIT');
  });

  it('shutoff and reset need running', () => {
    expect(checkPower('shutoff', vm())).toBeUndefined();
    expect(checkPower('reset', vm())).toBeUndefined();
    expect(checkPower('shutoff', vm({ state: 'paused' }))?.code).toBe('COMPUTE_STATE_NOT_ALLOWED');
    expect(checkPower('shutoff', vm({ action: 'migrating' }))?.code).toBe('COMPUTE_BUSY');
  });

  it('resume needs paused, restore needs hibernation', () => {
    expect(checkPower('resume', vm({ state: 'paused' }))).toBeUndefined();
    expect(checkPower('resume', vm())?.code).toBe('COMPUTE_STATE_NOT_ALLOWED');
    expect(checkPower('restore', vm({ state: 'pmsuspend', action: 'save' }))).toBeUndefined();
    expect(checkPower('restore', vm({ state: 'pmsuspend' }))).toBeUndefined();
    expect(checkPower('restore', vm())?.code).toBe('COMPUTE_STATE_NOT_ALLOWED');
  });
});

describe('power results', () => {
  it('start boots with the agent pending for the scaled boot time', () => {
    const started = applyPower('start', vm({ state: 'shutoff' }), 1_000_000, 0.5);
    expect(started).toMatchObject({ state: 'running', action: 'noaction', agentReadyAt: 1_000_000 + AGENT_BOOT_MS * 0.5 });
    expect(agentState(started, 1_000_000)).toBe('pending');
    expect(agentState(started, 1_000_000 + AGENT_BOOT_MS)).toBe('connected');
  });

  it('shutoff powers off; restore and resume run again', () => {
    expect(applyPower('shutoff', vm(), 0, 1).state).toBe('shutoff');
    expect(applyPower('restore', vm({ state: 'pmsuspend', action: 'save' }), 0, 1)).toMatchObject({ state: 'running', action: 'noaction' });
    expect(applyPower('resume', vm({ state: 'paused' }), 0, 1).state).toBe('running');
  });

  it('agents are disconnected when the VM is off or has none', () => {
    expect(agentState(vm({ state: 'shutoff' }), 0)).toBe('disconnected');
    expect(agentState(vm({ hasAgent: false }), 0)).toBe('disconnected');
  });
});

describe('guest shutdown settles', () => {
  it('a VM shutting down is shut off once its time has come, not before', () => {
    const guest = vm({ state: 'shutdown', settlesAt: 1_000 });
    expect(settleShutdowns([guest], 999)).toBe(false);
    expect(guest.state).toBe('shutdown');
    expect(settleShutdowns([guest], 1_000)).toBe(true);
    expect(guest).toMatchObject({ state: 'shutoff', action: 'noaction' });
    expect(guest.settlesAt).toBeUndefined();
  });
});
