// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Idc51ErrorBody, Idc51Image, Idc51Instance, Idc51JobList, Idc51SnapshotList, Idc51VolumeList } from '../../../src/api/idc51/types';
import { createRig } from '../testkit';

const LIST = '/v2/zone/ac1/volume_snapshots';

describe('request parsing and errors', () => {
  it('answers the seed example bodies ({"key":"value"}) with 400 1100', async () => {
    const rig = createRig();
    for (const path of [LIST, `${LIST}/apply`, `${LIST}/capture_instance`, `${LIST}/create_volume`]) {
      const res = await rig.call<Idc51ErrorBody>('POST', path, { body: { key: 'value' } });
      expect(res.status, path).toBe(400);
      expect(res.json.code).toBe('1100');
    }
  });
  it('refuses malformed JSON, wrong types and bad enum values', async () => {
    const rig = createRig();
    expect((await rig.call('POST', LIST, { rawBody: '{"resources": [', headers: { 'Content-Type': 'application/json' } })).status).toBe(400);
    expect((await rig.call('POST', LIST, { rawBody: '[1]' })).status).toBe(400);
    expect((await rig.call('POST', LIST, { body: { resources: [1], snapshot_name: 'x' } })).json).toMatchObject({ code: '1100' });
    expect((await rig.call('POST', LIST, { body: { resources: ['vol-YZAKUZF'], snapshot_name: 'x', is_full: 'maybe' } })).json).toMatchObject({ code: '1100' });
    expect((await rig.call('POST', LIST, { body: { resources: ['vol-YZAKUZF'] } })).json).toMatchObject({ code: '1100' });
    expect((await rig.call('GET', `${LIST}?offset=abc`)).status).toBe(400);
    expect((await rig.call('GET', `${LIST}?status=bogus`)).status).toBe(400);
    expect((await rig.call('GET', `${LIST}?snapshot_type=2`)).status).toBe(400);
  });
  it('reads a JSON body sent as x-www-form-urlencoded (curl --data) and a real form body', async () => {
    const rig = createRig();
    const json = await rig.call('POST', LIST, { rawBody: '{"resources":["vol-YZAKUZF"],"snapshot_name":"curl"}', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(json.status).toBe(200);
    const form = await rig.call('POST', LIST, { rawBody: 'resources=vol-N7V07ED&snapshot_name=form', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(200);
  });
  it('answers unknown ids, zones and paths with 404', async () => {
    const rig = createRig();
    expect((await rig.call<Idc51ErrorBody>('DELETE', `${LIST}/ss-NOPE`)).json.code).toBe('2100');
    expect((await rig.call<Idc51ErrorBody>('POST', LIST, { body: { resources: ['vol-NOPE'], snapshot_name: 'x' } })).status).toBe(404);
    expect((await rig.call('GET', '/v2/zone/zz9/volume_snapshots')).status).toBe(404);
    expect((await rig.call('GET', '/v2/zone/ac1/job/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const unknown = await rig.call<Idc51ErrorBody>('PATCH', LIST);
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('1101');
  });
  it('shapes injected faults as the 51idc error body', async () => {
    const rig = createRig();
    const res = rig.emulator.faultResponse({ status: 503, code: '5100', message: 'server busy' });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: '5100', message: 'server busy' });
    expect(await rig.emulator.faultResponse({}).json()).toMatchObject({ code: '5000' });
  });
});

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

describe('inventories', () => {
  it('lists instances, volumes, images and jobs with total_count', async () => {
    const rig = createRig();
    const instances = await rig.call<{ instances: Idc51Instance[]; total_count: number }>('GET', '/v2/zone/ac1/instances?limit=100');
    expect(new Set(instances.json.instances.map((i) => i.status))).toEqual(new Set(['running', 'stopped', 'pending', 'suspended']));
    const db = instances.json.instances.find((i) => i.instance_id === 'ins-DBMASTR');
    expect(db?.volumes.map((v) => v.volume_id)).toEqual(['vol-SACNVJNS']);
    const volumes = await rig.call<Idc51VolumeList>('GET', '/v2/zone/ac1/volumes?volumes=vol-SACNVJNS');
    expect(volumes.json.volumes[0]).toMatchObject({ status: 'in-use', instance: { instance_id: 'ins-DBMASTR' } });
    expect((await rig.call<Idc51VolumeList>('GET', '/v2/zone/ac1/volumes')).json.total_count).toBe(8);
    expect((await rig.call<Idc51VolumeList>('GET', '/v2/zone/ac1/volumes?limit=3')).json.volumes).toHaveLength(3);
    const images = await rig.call<{ images: Idc51Image[] }>('GET', '/v2/zone/ac1/images?provider=self');
    expect(images.json.images.map((i) => i.image_id)).toContain('img-IDNC88D');
    const failed = await rig.call<Idc51JobList>('GET', '/v2/zone/ac1/jobs?status=failed');
    expect(failed.json.jobs.length).toBeGreaterThanOrEqual(2);
    expect(failed.json.jobs.every((j) => j.info !== '')).toBe(true);
  });
  it('finds the docs example job in ac2 and ignores the zone of the job URL', async () => {
    const rig = createRig();
    const res = await rig.call('GET', '/v2/zone/ac1/job/92961ef1-0760-4ac4-97fd-98c2d0604d8f');
    expect(res.json).toMatchObject({ action: 'RunInstances', status: 'successful', zone: 'ac2' });
  });
});
