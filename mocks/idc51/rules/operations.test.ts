// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { InstanceRecord, SnapshotRecord, VolumeRecord } from '../state';
import {
  checkCapture, checkChainIdle, checkCreateVolume, checkDeletable, checkNoBackupInProgress, checkPower, checkResourceSteady, checkUsable, instanceToRestart,
} from './operations';

const base: SnapshotRecord = {
  id: 'ss-1', zone: 'ac1', name: 'n', description: '', full: true, status: 'available', transition: '', createdAt: 0, statusAt: 0,
  snapshotAt: 0, takenAt: 100, isHead: true, rootId: 'ss-1', parentId: 'self', seq: 1, sizeMb: 1, resourceId: 'vol-A', resourceName: 'a',
  resourceType: 'volume', sourceSizeGb: 10, sourceVolumeType: 2, osFamily: '',
};
const pt = (extra: Partial<SnapshotRecord>) => ({ ...base, ...extra });
const instance: InstanceRecord = {
  id: 'ins-A', zone: 'ac1', name: 'a', description: '', instanceType: 0, vcpus: 1, memoryMb: 1024, status: 'running', transition: '', createdAt: 0,
  statusAt: 0, imageId: 'img', osFamily: 'centos', rootSizeGb: 20, privateIp: '', eipAddr: '',
};
const volume: VolumeRecord = {
  id: 'vol-A', zone: 'ac1', name: 'a', description: '', sizeGb: 10, volumeType: 0, status: 'in-use', transition: '', createdAt: 0, statusAt: 0,
  instanceId: 'ins-A', device: '/dev/vdb',
};

describe('delete rules', () => {
  it('allows available and suspended points', () => {
    expect(checkDeletable(base)).toBeUndefined();
    expect(checkDeletable(pt({ status: 'suspended' }))).toBeUndefined();
  });
  it('refuses ceased (404), deleted, pending and busy points (1400)', () => {
    expect(checkDeletable(pt({ status: 'ceased' }))).toMatchObject({ status: 404, code: '2100' });
    expect(checkDeletable(pt({ status: 'deleted' }))).toMatchObject({ status: 400, code: '1400' });
    expect(checkDeletable(pt({ status: 'pending', transition: 'creating' }))).toMatchObject({ code: '1400' });
    expect(checkDeletable(pt({ transition: 'deleting' }))).toMatchObject({ code: '1400' });
  });
  it('refuses when a later point of the chain is still being created', () => {
    expect(checkChainIdle([base, pt({ id: 'ss-2', status: 'pending' })])).toMatchObject({ code: '1400' });
    expect(checkChainIdle([base, pt({ id: 'ss-2' })])).toBeUndefined();
  });
});

describe('apply / capture / create_volume rules', () => {
  it('needs an available, idle, taken point', () => {
    expect(checkUsable(base, 100)).toBeUndefined();
    expect(checkUsable(base, 99)).toMatchObject({ code: '1400' });
    expect(checkUsable(pt({ status: 'suspended' }), 100)).toMatchObject({ code: '1400' });
    expect(checkUsable(pt({ status: 'deleted' }), 100)).toMatchObject({ code: '1400' });
    expect(checkUsable(pt({ transition: 'deleting' }), 100)).toMatchObject({ code: '1400' });
    expect(checkUsable(pt({ status: 'ceased' }), 100)).toMatchObject({ status: 404 });
  });
  it('captures an image only from an instance backup', () => {
    expect(checkCapture(base, 100)).toMatchObject({ code: '1400' });
    expect(checkCapture(pt({ resourceType: 'instance' }), 100)).toBeUndefined();
  });
  it('creates a volume only from a volume backup', () => {
    expect(checkCreateVolume(pt({ resourceType: 'instance' }), 100)).toMatchObject({ code: '1400' });
    expect(checkCreateVolume(base, 100)).toBeUndefined();
  });
});

describe('resource rules', () => {
  it('accepts steady resources and refuses missing, busy or unsteady ones', () => {
    expect(checkResourceSteady({ type: 'instance', record: instance }, 'ins-A')).toBeUndefined();
    expect(checkResourceSteady({ type: 'volume', record: volume }, 'vol-A')).toBeUndefined();
    expect(checkResourceSteady(undefined, 'vol-X')).toMatchObject({ status: 404, code: '2100' });
    expect(checkResourceSteady({ type: 'instance', record: { ...instance, transition: 'restarting' } }, 'ins-A')).toMatchObject({ code: '1400' });
    expect(checkResourceSteady({ type: 'instance', record: { ...instance, status: 'suspended' } }, 'ins-A')).toMatchObject({ code: '1400' });
    expect(checkResourceSteady({ type: 'volume', record: { ...volume, status: 'pending' } }, 'vol-A')).toMatchObject({ code: '1400' });
    expect(checkResourceSteady({ type: 'volume', record: { ...volume, status: 'ceased' } }, 'vol-A')).toMatchObject({ status: 404 });
  });
  it('allows one backup in progress per resource', () => {
    expect(checkNoBackupInProgress([pt({ status: 'pending' })], 'vol-A')).toMatchObject({ code: '1400' });
    expect(checkNoBackupInProgress([base], 'vol-A')).toBeUndefined();
  });
  it('restarts a running instance, or the running host of an attached disk, on rollback', () => {
    const lookup = () => instance;
    expect(instanceToRestart({ type: 'instance', record: instance }, lookup)).toBe('ins-A');
    expect(instanceToRestart({ type: 'instance', record: { ...instance, status: 'stopped' } }, lookup)).toBeUndefined();
    expect(instanceToRestart({ type: 'volume', record: volume }, lookup)).toBe('ins-A');
    expect(instanceToRestart({ type: 'volume', record: volume }, () => ({ ...instance, status: 'stopped' }))).toBeUndefined();
    expect(instanceToRestart({ type: 'volume', record: { ...volume, instanceId: '' } }, lookup)).toBeUndefined();
  });
  it('starts stopped instances and stops or restarts running ones', () => {
    expect(checkPower({ ...instance, status: 'stopped' }, 'ins-A', 'start')).toBeUndefined();
    expect(checkPower(instance, 'ins-A', 'start')).toMatchObject({ code: '1400' });
    expect(checkPower(instance, 'ins-A', 'stop')).toBeUndefined();
    expect(checkPower({ ...instance, status: 'stopped' }, 'ins-A', 'restart')).toMatchObject({ code: '1400' });
    expect(checkPower({ ...instance, transition: 'stopping' }, 'ins-A', 'stop')).toMatchObject({ code: '1400' });
    expect(checkPower(undefined, 'ins-X', 'stop')).toMatchObject({ status: 404 });
  });
});
