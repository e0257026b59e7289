// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createVmRefusal, isVmNoop, vmOperationRefusal } from './vms';
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

describe('CreateVmInstance rules', () => {
  const image = { uuid: 'img', state: 'Enabled', status: 'Ready', mediaType: 'RootVolumeTemplate' } as const;
  const offering = { uuid: 'io', state: 'Enabled' } as const;
  const l3 = { uuid: 'l3', state: 'Enabled' } as const;

  it('accepts a Ready root template with an Enabled offering and network', () => {
    expect(createVmRefusal({ image, offering, l3Networks: [l3] })).toBeUndefined();
  });

  it('refuses an image that is not ready with SYS.1007, naming its status', () => {
    const refused = createVmRefusal({ image: { ...image, status: 'Creating' }, offering, l3Networks: [l3] });
    expect(refused?.code).toBe('SYS.1007');
    expect(refused?.details).toContain('current status[Creating]');
  });

  it('refuses a data volume template and an ISO without a root disk offering (SYS.1007)', () => {
    expect(createVmRefusal({ image: { ...image, mediaType: 'DataVolumeTemplate' }, offering, l3Networks: [l3] })?.details).toContain('only RootVolumeTemplate and ISO');
    expect(createVmRefusal({ image: { ...image, mediaType: 'ISO' }, offering, l3Networks: [l3] })?.code).toBe('SYS.1007');
    expect(createVmRefusal({ image: { ...image, mediaType: 'ISO' }, offering, l3Networks: [l3], rootDiskOfferingUuid: 'd' })).toBeUndefined();
  });

  it('refuses a Disabled offering, image or network with SYS.1006', () => {
    expect(createVmRefusal({ image, offering: { ...offering, state: 'Disabled' }, l3Networks: [l3] })?.code).toBe('SYS.1006');
    expect(createVmRefusal({ image: { ...image, state: 'Disabled' }, offering, l3Networks: [l3] })?.code).toBe('SYS.1006');
    expect(createVmRefusal({ image, offering, l3Networks: [l3, { ...l3, uuid: 'off', state: 'Disabled' }] })?.details).toContain('l3Network[uuid:off]');
  });
});
