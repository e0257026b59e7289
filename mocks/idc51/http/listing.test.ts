// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Idc51SnapshotList } from '../../../src/api/idc51/types';
import { createRig } from '../testkit';

const LIST = '/v2/zone/ac1/volume_snapshots';

describe('backup list', () => {
  it('defaults to 20 items, hides ceased points and sorts newest first', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51SnapshotList>('GET', LIST);
    expect(res.json.snapshots).toHaveLength(20);
    expect(res.json.total_count).toBeGreaterThan(20);
    expect(res.json.snapshots.every((s) => s.status !== 'ceased')).toBe(true);
    const times = res.json.snapshots.map((s) => s.snapshot_time);
    expect([...times].sort().reverse()).toEqual(times);
  });
  it('takes comma lists, repeated params and x[] for snapshots and status', async () => {
    const rig = createRig();
    const forms = ['snapshots=ss-BTZOND4,ss-X0J5V8Q', 'snapshots=ss-BTZOND4&snapshots=ss-X0J5V8Q', 'snapshots[]=ss-BTZOND4&snapshots[]=ss-X0J5V8Q'];
    for (const query of forms) {
      const res = await rig.call<Idc51SnapshotList>('GET', `${LIST}?${query}`);
      expect(res.json.snapshots.map((s) => s.snapshot_id).sort(), query).toEqual(['ss-BTZOND4', 'ss-X0J5V8Q']);
    }
    const statuses = await rig.call<Idc51SnapshotList>('GET', `${LIST}?status=suspended,deleted&limit=100`);
    expect(new Set(statuses.json.snapshots.map((s) => s.status))).toEqual(new Set(['suspended', 'deleted']));
  });
  it('filters by snapshot_type in both eras, root_id, resource_id and search_word; pages with offset', async () => {
    const rig = createRig();
    const full = await rig.call<Idc51SnapshotList>('GET', `${LIST}?snapshot_type=IS_FULL&limit=100`);
    const one = await rig.call<Idc51SnapshotList>('GET', `${LIST}?snapshot_type=1&limit=100`);
    expect(full.json.total_count).toBe(one.json.total_count);
    expect(full.json.snapshots.every((s) => s.snapshot_type === 1 && s.parent_id === 'self')).toBe(true);
    const chain = await rig.call<Idc51SnapshotList>('GET', `${LIST}?root_id=ss-BTZOND4&limit=100`);
    expect(chain.json.total_count).toBe(12);
    const root = chain.json.snapshots.find((s) => s.snapshot_id === 'ss-BTZOND4');
    expect(root).toMatchObject({ total_count: 12, head_chain: 0, is_head: 0 });
    const page = await rig.call<Idc51SnapshotList>('GET', `${LIST}?root_id=ss-BTZOND4&offset=10&limit=5`);
    expect(page.json.snapshots).toHaveLength(2);
    const byResource = await rig.call<Idc51SnapshotList>('GET', `${LIST}?resource_id=vol-SACNVJNS&limit=100`);
    expect(byResource.json.total_count).toBe(17);
    const search = await rig.call<Idc51SnapshotList>('GET', `${LIST}?search_word=${encodeURIComponent('强制全量')}`);
    expect(search.json.snapshots.map((s) => s.snapshot_id)).toEqual(['ss-5fvm6a0u']);
  });
  it('fills chain figures on full points only', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51SnapshotList>('GET', `${LIST}?root_id=ss-5fvm6a0u`);
    const root = res.json.snapshots.find((s) => s.parent_id === 'self');
    expect(root).toMatchObject({ snapshot_id: 'ss-5fvm6a0u', root_id: 'ss-5fvm6a0u', total_count: 5, head_chain: 1 });
    for (const inc of res.json.snapshots.filter((s) => s.parent_id !== 'self')) expect(inc).toMatchObject({ total_size: 0, total_count: 0, lastest_snapshot_time: '', snapshot_type: 0 });
    expect(res.json.snapshots.filter((s) => s.is_head === 1)).toHaveLength(1);
  });
});
