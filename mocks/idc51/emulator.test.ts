// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Idc51Job, Idc51SnapshotList } from '../../src/api/idc51/types';
import { PENDING_MS, WORK_MS } from './lib/jobs';
import { LARGE_POINT_COUNT } from './seed-large';
import { buildDataset } from './seed';
import { createRig } from './testkit';

describe('snapshot / restore', () => {
  it('round-trips the whole state through JSON, including a job in flight', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51Job>('POST', '/v2/zone/ac1/volume_snapshots', { body: { resources: ['vol-YZAKUZF'], snapshot_name: 'persist' } });
    const saved: unknown = JSON.parse(JSON.stringify(rig.emulator.snapshot()));
    const other = createRig();
    other.clock.set(rig.clock.now());
    expect(other.emulator.restore(saved)).toBe(true);
    expect(other.emulator.snapshot()).toEqual(rig.emulator.snapshot());
    other.clock.advance(PENDING_MS + WORK_MS.CreateSnapshots);
    expect((await other.call<Idc51Job>('GET', `/v2/zone/ac1/job/${res.json.job_id}`)).json.status).toBe('successful');
  });
  it('refuses data that is not its state', () => {
    const rig = createRig();
    expect(rig.emulator.restore({ hello: 'world' })).toBe(false);
    expect(rig.emulator.restore(null)).toBe(false);
    expect(rig.emulator.restore({ version: 2 })).toBe(false);
  });
  it('reports every mutation through env.changed', async () => {
    const rig = createRig();
    await rig.call('GET', '/v2/zone/ac1/volume_snapshots');
    const before = rig.changes.count;
    await rig.call('PUT', '/v2/zone/ac1/volume_snapshots/ss-qweqwrf', { body: { snapshot_name: 'x' } });
    expect(rig.changes.count).toBeGreaterThan(before);
    const afterPut = rig.changes.count;
    rig.clock.advance(24 * 3600_000);
    await rig.call('GET', '/v2/zone/ac1/volume_snapshots');
    expect(rig.changes.count).toBeGreaterThan(afterPut);
  });
});

describe('seed', () => {
  it('is deterministic: same clock, same data; another clock, same ids and names', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(buildDataset('demo', now, 1)).toEqual(buildDataset('demo', now, 1));
    const ids = (t: number) => buildDataset('demo', t, 1).snapshots.map((p) => `${p.id}:${p.name}:${p.sizeMb}`);
    expect(ids(now)).toEqual(ids(now + 86_400_000));
  });
  it('holds the doc example ids and every status the console shows', () => {
    const state = buildDataset('demo', Date.UTC(2026, 0, 1), 1);
    const ids = new Set([...state.snapshots, ...state.volumes, ...state.instances, ...state.images, ...state.jobs].map((r) => r.id));
    for (const id of ['vol-SACNVJNS', 'vol-ascdvf', 'ss-BTZOND4', 'ss-X0J5V8Q', 'ss-qweqwrf', 's-sdDCVGBE', 'img-IDNC88D', '6fcb4e9a-5398-4ddb-89c2-d0917bbdc4af', '92961ef1-0760-4ac4-97fd-98c2d0604d8f']) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(new Set(state.snapshots.map((p) => p.status))).toEqual(new Set(['pending', 'available', 'suspended', 'deleted', 'ceased']));
    const longest = Math.max(...state.snapshots.filter((p) => p.full).map((root) => state.snapshots.filter((p) => p.rootId === root.id).length));
    expect(longest).toBeGreaterThanOrEqual(10);
    expect(state.jobs.some((j) => j.failAt !== undefined)).toBe(true);
  });
  it('builds the large dataset with 2,000 points across many resources, deterministically', async () => {
    const large = buildDataset('large', Date.UTC(2026, 0, 1), 1);
    expect(large.snapshots).toHaveLength(LARGE_POINT_COUNT);
    expect(new Set(large.snapshots.map((p) => p.resourceId)).size).toBeGreaterThan(150);
    expect(buildDataset('large', Date.UTC(2026, 0, 1), 1)).toEqual(large);
    const rig = createRig();
    rig.emulator.reset('large');
    const list = await rig.call<Idc51SnapshotList>('GET', '/v2/zone/ac1/volume_snapshots?limit=100&offset=1500');
    expect(list.json.snapshots).toHaveLength(100);
    expect(list.json.total_count).toBeGreaterThan(1900);
  });
});
