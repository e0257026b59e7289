// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gsonDate, parseGsonDate } from './lib/format';
import { SEED_IDS, seedState } from './seed';
import type { ZStackState } from './state';
import { createHarness } from './testkit';

describe('seed', () => {
  it('is deterministic for the same clock', () => {
    expect(seedState('demo', 1_790_000_000_000, 1)).toEqual(seedState('demo', 1_790_000_000_000, 1));
  });

  it('holds the documented ids, every interesting VM state, branches and deep chains', () => {
    const state = seedState('demo', 1_790_000_000_000, 1);
    expect(state.images.find((i) => i.uuid === SEED_IDS.dataTemplateImage)?.backupStorageRefs[0]).toMatchObject({ backupStorageUuid: SEED_IDS.cephBackupStorage, installPath: 'ceph://zs-images/0cd599ec519249489475112a058bb93a' });
    const states = new Set(state.vms.map((vm) => vm.state));
    for (const s of ['Running', 'Stopped', 'Starting', 'Stopping', 'Paused', 'Crashed', 'Created', 'Unknown']) expect(states).toContain(s);
    expect(new Set(state.backupStorages.map((b) => b.type))).toEqual(new Set(['Ceph', 'ImageStoreBackupStorage', 'SftpBackupStorage']));
    expect(Math.max(...state.snapshots.map((s) => s.distance))).toBeGreaterThanOrEqual(9);
    expect(state.snapshots.some((s) => s.status === 'Creating')).toBe(true);
    expect(state.images.some((i) => i.mediaType === 'DataVolumeTemplate' && i.status === 'Creating')).toBe(true);
    const names = state.vms.map((vm) => vm.name).join(' ');
    expect(names).toMatch(/[\u4e00-\u9fff]/);
    expect(names).toMatch(/web-server/);
  });

  it('the large dataset has 10,000 VMs with volumes and pages them', async () => {
    const h = createHarness();
    h.emulator.reset('large');
    const session = await h.login();
    const state = h.emulator.snapshot() as ZStackState;
    expect(state.vms).toHaveLength(10_000);
    expect(state.volumes.length).toBeGreaterThan(10_000);
    const page = await h.call('GET', '/zstack/v1/vm-instances?sort=+name&start=3000&limit=20&replyWithCount=true&q=state=Running', { session });
    expect(page.json.total).toBeGreaterThan(3000);
    const names = (page.json.inventories as { name: string }[]).map((vm) => vm.name);
    expect(names).toHaveLength(20);
    expect([...names].sort()).toEqual(names);
  });
});

describe('state', () => {
  it('survives snapshot → JSON → restore, including running jobs', async () => {
    const h = createHarness();
    const session = await h.login();
    const res = await h.call('PUT', `/zstack/v1/vm-instances/${SEED_IDS.stoppedVm}/actions`, { session, body: { startVmInstance: {} } });
    const saved = JSON.parse(JSON.stringify(h.emulator.snapshot()));
    h.emulator.reset('demo');
    expect(h.emulator.restore(saved)).toBe(true);
    expect(h.emulator.snapshot()).toEqual(saved);
    h.clock.advance(60_000);
    expect((await h.call('GET', h.jobPath(res))).status).toBe(200);
    expect(h.emulator.restore({ version: 2 })).toBe(false);
    expect(h.changes()).toBeGreaterThan(0);
  });
});

describe('format', () => {
  it('writes and reads Gson dates in the management node zone', () => {
    const ms = Date.UTC(2017, 10, 14, 6, 20, 57);
    expect(gsonDate(ms)).toBe('Nov 14, 2017 2:20:57 PM');
    expect(parseGsonDate('Nov 14, 2017 2:20:57 PM')).toBe(ms);
    expect(parseGsonDate('Nov 14, 2017, 2:20:57 PM')).toBe(ms);
    expect(gsonDate(Date.UTC(2017, 10, 14, 16, 5, 0))).toBe('Nov 15, 2017 12:05:00 AM');
  });
});
