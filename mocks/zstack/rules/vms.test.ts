// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isVmNoop, vmOperationRefusal } from './vms';
import type { VmRec } from '../state';

const vm = (state: VmRec['state']): VmRec => ({ uuid: 'vm', name: 'db', state } as VmRec);

// a ← b ← c, a ← d (a branch)

describe('VM rules', () => {
  it('follows the allowed states of start, stop and reboot', () => {
    expect(vmOperationRefusal(vm('Stopped'), 'StartVmInstance')).toBeUndefined();
    expect(vmOperationRefusal(vm('Paused'), 'StopVmInstance')).toBeUndefined();
    expect(vmOperationRefusal(vm('Running'), 'RebootVmInstance')).toBeUndefined();
    const refused = vmOperationRefusal(vm('Starting'), 'StopVmInstance');
    expect(refused?.code).toBe('SYS.1006');
    expect(refused?.cause?.code).toBe('VM.1010');
    expect(vmOperationRefusal(vm('Paused'), 'StartVmInstance')?.cause?.code).toBe('VM.1010');
    expect(vmOperationRefusal(vm('Stopped'), 'RebootVmInstance')?.code).toBe('SYS.1006');
  });

  it('treats start of Running and stop of Stopped as no-ops', () => {
    expect(isVmNoop('StartVmInstance', 'Running')).toBe(true);
    expect(isVmNoop('StopVmInstance', 'Stopped')).toBe(true);
    expect(isVmNoop('StopVmInstance', 'Running')).toBe(false);
  });
});
