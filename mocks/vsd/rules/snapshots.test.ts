// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ComputeRecord, DiskRecord, MemoryImage, SnapshotRecord, SnapshotTree, TenantRecord } from '../state';
import { checkCreate, checkDeleteUsable, checkUsable, checkVolumeItem, checkVolumeRollbackCompute, memoryDurationMs, memoryStatus, planRollback, snapshotAttr } from './snapshots';

const GIB = 1024 ** 3;
const disk = (over: Partial<DiskRecord> = {}): DiskRecord => ({ targetDev: 'sda', bus: 'scsi', kind: 'vsd', volumeUuid: 'vol-1', volumeName: 'v', capacity: GIB, poolUuid: 'p', poolName: 'p', isSystem: true, ...over });
const vm = (over: Partial<ComputeRecord> = {}): ComputeRecord => ({
  uuid: 'vm-1', name: 'db', clusterUuid: 'c', tenant: 't', type: 'GUS', os: 'CentOS', state: 'running', action: 'noaction', hasAgent: true, agentReadyAt: 0,
  cpu: 2, memBytes: 16 * GIB, machineUuid: 'm', createTime: 0, modifyTime: 0, disks: [disk()], nics: [], spicePort: 5900, attr: {}, ...over,
});
const tenant = (memorySnapshotSpace = true): TenantRecord => ({ uuid: 't', name: 'default', namespace: 'ns', memorySnapshotSpace });
const image = (over: Partial<MemoryImage> = {}): MemoryImage => ({ startedAt: 1000, durationMs: 10_000, bytes: 16 * GIB, ...over });
const snap = (name: string, parent: string, memory?: MemoryImage): SnapshotRecord => ({ uuid: `u-${name}`, name, description: '', ctime: 1, parent, disks: [{ VolumeUuid: 'vol-1', SnapshotUuid: `ds-${name}`, DiskDrive: 'sda' }], ...(memory ? { memory } : {}) });
const treeWith = (...snapshots: SnapshotRecord[]): SnapshotTree => ({ snapshots, head: snapshots.at(-1)?.name ?? '' });

describe('memory image job', () => {
  it('takes 30 s plus 1.5 s per GiB, at most 120 s', () => {
    expect(memoryDurationMs(0)).toBe(30_000);
    expect(memoryDurationMs(16 * GIB)).toBe(54_000);
    expect(memoryDurationMs(256 * GIB)).toBe(120_000);
  });

  it('is saving, then ready, with a progress', () => {
    expect(memoryStatus(image(), 1000)).toEqual({ state: 'saving', progress: 0 });
    expect(memoryStatus(image(), 5500)).toEqual({ state: 'saving', progress: 45 });
    expect(memoryStatus(image(), 11_000)).toEqual({ state: 'ready', progress: 100 });
  });

  it('fails half way when told to', () => {
    const failing = image({ failsAt: 6000 });
    expect(memoryStatus(failing, 5999).state).toBe('saving');
    expect(memoryStatus(failing, 6000)).toEqual({ state: 'failed', progress: 50 });
    expect(memoryStatus(failing, 99_999).state).toBe('failed');
  });

  it('shows in attr only for memory snapshots', () => {
    expect(snapshotAttr(snap('a', ''), 0)).toBeNull();
    expect(snapshotAttr(snap('m', '', image()), 5500)).toMatchObject({ domain_memory: 'true', memory_state: 'saving', progress: '45' });
    expect(snapshotAttr(snap('m', '', image({ failsAt: 2000 })), 5500)).toMatchObject({ memory_state: 'failed' });
    expect(snapshotAttr(snap('m', '', image({ failsAt: 2000 })), 5500)?.memory_error).toBeTruthy();
  });

  it('makes the snapshot unusable until ready, for ever once failed', () => {
    expect(checkUsable('vm-1', snap('m', '', image()), 2000)?.code).toBe('SNAPSHOT_MEMORY_NOT_READY');
    expect(checkUsable('vm-1', snap('m', '', image()), 20_000)).toBeUndefined();
    expect(checkUsable('vm-1', snap('m', '', image({ failsAt: 3000 })), 20_000)?.code).toBe('SNAPSHOT_MEMORY_FAILED');
    expect(checkDeleteUsable('vm-1', snap('m', '', image()), 2000)?.code).toBe('SNAPSHOT_MEMORY_NOT_READY');
    expect(checkDeleteUsable('vm-1', snap('m', '', image({ failsAt: 3000 })), 20_000)).toBeUndefined();
  });
});

describe('create', () => {
  const base = { compute: vm(), tenant: tenant(), tree: treeWith(), memory: false, now: 0 };
  it('accepts a disk snapshot in any power state', () => {
    expect(checkCreate({ ...base, compute: vm({ state: 'shutoff' }) })).toBeUndefined();
    expect(checkCreate({ ...base, compute: vm({ state: 'paused' }) })).toBeUndefined();
  });

  it('refuses VMs with disks other than vsd or shared storage', () => {
    expect(checkCreate({ ...base, compute: vm({ disks: [disk(), disk({ kind: 'volume', targetDev: 'sdb' })] }) })).toBeUndefined();
    expect(checkCreate({ ...base, compute: vm({ disks: [disk(), disk({ kind: 'passthrough', targetDev: 'sdb' })] }) })).toMatchObject({ code: 'SNAPSHOT_DISK_UNSUPPORTED' });
    expect(checkCreate({ ...base, compute: vm({ disks: [disk({ kind: 'block' })] }) })?.code).toBe('SNAPSHOT_DISK_UNSUPPORTED');
  });

  it('refuses a busy VM and a VM still saving a memory image', () => {
    expect(checkCreate({ ...base, compute: vm({ action: 'migrating' }) })?.code).toBe('COMPUTE_BUSY');
    expect(checkCreate({ ...base, tree: treeWith(snap('m', '', image())), now: 2000 })?.code).toBe('SNAPSHOT_TASK_RUNNING');
    expect(checkCreate({ ...base, tree: treeWith(snap('m', '', image())), now: 20_000 })).toBeUndefined();
  });

  it('memory snapshots need a running VM and tenant memory space', () => {
    expect(checkCreate({ ...base, memory: true })).toBeUndefined();
    expect(checkCreate({ ...base, memory: true, compute: vm({ state: 'shutoff' }) })?.code).toBe('MEMORY_REQUIRES_RUNNING');
    expect(checkCreate({ ...base, memory: true, tenant: tenant(false) })?.code).toBe('MEMORY_SPACE_DISABLED');
  });
});

describe('rollback', () => {
  const tree = treeWith(snap('a', ''), snap('m', 'a', image()));
  it('needs the VM shut off for a disk rollback', () => {
    expect(planRollback(vm({ state: 'shutoff' }), tree, 'a', false, 0)).toMatchObject({ powerOn: false });
    expect(planRollback(vm(), tree, 'a', false, 0)).toMatchObject({ code: 'ROLLBACK_REQUIRES_SHUTOFF' });
    expect(planRollback(vm({ state: 'shutoff' }), tree, 'a', true, 0)).toMatchObject({ powerOn: false });
  });

  it('brings the VM back running from a ready memory snapshot, in any state', () => {
    expect(planRollback(vm(), tree, 'm', true, 20_000)).toMatchObject({ powerOn: true });
    expect(planRollback(vm({ state: 'shutoff' }), tree, 'm', true, 20_000)).toMatchObject({ powerOn: true });
    expect(planRollback(vm(), tree, 'm', false, 20_000)).toMatchObject({ code: 'ROLLBACK_REQUIRES_SHUTOFF' });
  });

  it('refuses unknown, busy, saving and failed targets', () => {
    expect(planRollback(vm({ state: 'shutoff' }), tree, 'zzz', false, 0)).toMatchObject({ code: 'SNAPSHOT_NOT_FOUND' });
    expect(planRollback(vm({ state: 'shutoff', action: 'cloning' }), tree, 'a', false, 0)).toMatchObject({ code: 'COMPUTE_BUSY' });
    expect(planRollback(vm(), tree, 'm', true, 2000)).toMatchObject({ code: 'SNAPSHOT_MEMORY_NOT_READY' });
    const failed = treeWith(snap('f', '', image({ failsAt: 3000 })));
    expect(planRollback(vm(), failed, 'f', true, 20_000)).toMatchObject({ code: 'SNAPSHOT_MEMORY_FAILED' });
  });
});

describe('per-volume rollback', () => {
  const tree = treeWith(snap('a', ''));
  it('needs the VM shut off and idle', () => {
    expect(checkVolumeRollbackCompute(vm({ state: 'shutoff' }))).toBeUndefined();
    expect(checkVolumeRollbackCompute(vm())?.code).toBe('ROLLBACK_REQUIRES_SHUTOFF');
    expect(checkVolumeRollbackCompute(vm({ state: 'shutoff', action: 'importing' }))?.code).toBe('COMPUTE_BUSY');
  });

  it('checks each item: own volume, matching drive, own disk snapshot', () => {
    const compute = vm({ state: 'shutoff' });
    expect(checkVolumeItem(compute, tree, { VolumeUuid: 'vol-1', SnapshotUuid: 'ds-a', DiskDrive: 'sda' })).toBeUndefined();
    expect(checkVolumeItem(compute, tree, { VolumeUuid: 'vol-1', SnapshotUuid: 'ds-a', DiskDrive: '' })).toBeUndefined();
    expect(checkVolumeItem(compute, tree, { VolumeUuid: 'vol-9', SnapshotUuid: 'ds-a', DiskDrive: 'sda' })?.code).toBe('VOLUME_NOT_ATTACHED');
    expect(checkVolumeItem(compute, tree, { VolumeUuid: 'vol-1', SnapshotUuid: 'ds-a', DiskDrive: 'sdb' })?.code).toBe('PARAM_INVALID');
    expect(checkVolumeItem(compute, tree, { VolumeUuid: 'vol-1', SnapshotUuid: 'ds-zzz', DiskDrive: 'sda' })?.code).toBe('VOLUME_SNAPSHOT_NOT_FOUND');
  });
});
