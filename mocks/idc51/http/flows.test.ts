// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Idc51ErrorBody, Idc51Image, Idc51Instance, Idc51Job, Idc51Snapshot, Idc51SnapshotList, Idc51Volume } from '../../../src/api/idc51/types';
import { FULL_BACKUP_MS, PENDING_MS, WORK_MS } from '../lib/jobs';
import { createRig, type TestRig } from '../testkit';

const Z = '/v2/zone/ac1';

async function job(rig: TestRig, id: string) {
  return (await rig.call<Idc51Job>('GET', `${Z}/job/${id}`)).json;
}
async function points(rig: TestRig, query: string) {
  return (await rig.call<Idc51SnapshotList>('GET', `${Z}/volume_snapshots?limit=100&${query}`)).json.snapshots;
}
async function point(rig: TestRig, id: string): Promise<Idc51Snapshot | undefined> {
  return (await points(rig, `snapshots=${id}&status=pending,available,suspended,deleted,ceased`))[0];
}
async function instance(rig: TestRig, id: string) {
  return (await rig.call<{ instances: Idc51Instance[] }>('GET', `${Z}/instances?instances=${id}`)).json.instances[0];
}

describe('CreateSnapshots', () => {
  it('runs pending → working → successful; the point goes creating → available and is_taken flips on the way', async () => {
    const rig = createRig();
    const created = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-N7V07ED'], snapshot_name: '首次备份', is_full: 0 } });
    expect(created.json).toMatchObject({ action: 'CreateSnapshots', status: 'pending', begin_time: '', finished_time: '', info: '', id_prefix: '' });
    expect(created.json.job_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const id = created.json.resource_ids?.[0] ?? '';
    expect(await point(rig, id)).toMatchObject({ status: 'pending', transition_status: 'creating', is_taken: 0, is_head: 1, snapshot_type: 1, parent_id: 'self', root_id: id });
    rig.clock.advance(PENDING_MS);
    expect((await job(rig, created.json.job_id)).status).toBe('working');
    rig.clock.advance(FULL_BACKUP_MS * 0.5);
    expect(await point(rig, id)).toMatchObject({ status: 'pending', is_taken: 1 });
    rig.clock.advance(FULL_BACKUP_MS * 0.5);
    const done = await job(rig, created.json.job_id);
    expect(done.status).toBe('successful');
    expect(done.finished_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(await point(rig, id)).toMatchObject({ status: 'available', transition_status: '', total_count: 1, head_chain: 1 });
  });

  it('lets the system add an incremental point on the current chain, and is_full forces a new chain', async () => {
    const rig = createRig();
    const inc = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-SACNVJNS'], snapshot_name: 'auto', is_full: 'IS_AUTH' } });
    const incPoint = await point(rig, inc.json.resource_ids?.[0] ?? '');
    expect(incPoint).toMatchObject({ snapshot_type: 0, root_id: 'ss-5fvm6a0u', is_head: 1 });
    rig.clock.advance(PENDING_MS + WORK_MS.CreateSnapshots);
    const forced = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-SACNVJNS'], snapshot_name: 'forced', is_full: 1 } });
    const fullPoint = await point(rig, forced.json.resource_ids?.[0] ?? '');
    expect(fullPoint).toMatchObject({ snapshot_type: 1, parent_id: 'self' });
    expect((await point(rig, 'ss-5fvm6a0u'))?.head_chain).toBe(0);
  });

  it('backs up several resources in one job with one snapshot_time, and refuses a second backup while one runs', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-SACNVJNS', 'vol-ascdvf'], snapshot_name: 'demos', is_full: 'IS_FULL' } });
    const [a, b] = await Promise.all((res.json.resource_ids ?? []).map((id) => point(rig, id)));
    expect(a?.snapshot_time).toBe(b?.snapshot_time);
    const again = await rig.call<Idc51ErrorBody>('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-ascdvf'], snapshot_name: 'again' } });
    expect(again.status).toBe(400);
    expect(again.json.code).toBe('1400');
  });

  it('fails half way with the jobFailsHalfway flag: info set, the point ceased, the head restored', async () => {
    const rig = createRig();
    rig.faults.setFlags('idc51', { jobFailsHalfway: true });
    const res = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-ascdvf'], snapshot_name: 'doomed' } });
    const id = res.json.resource_ids?.[0] ?? '';
    rig.clock.advance(PENDING_MS + WORK_MS.CreateSnapshots * 0.49);
    expect((await job(rig, res.json.job_id)).status).toBe('working');
    rig.clock.advance(WORK_MS.CreateSnapshots * 0.02);
    const failed = await job(rig, res.json.job_id);
    expect(failed.status).toBe('failed');
    expect(failed.info).toMatch(/CreateSnapshots failed/);
    expect(await point(rig, id)).toMatchObject({ status: 'ceased', is_head: 0 });
    expect((await points(rig, 'resource_id=vol-ascdvf')).find((p) => p.is_head === 1)?.snapshot_name).toBe('日志盘增量 logs-inc');
    expect(rig.faults.flags('idc51').jobFailsHalfway).toBe(false);
  });
});

describe('DeleteSnapshots', () => {
  it('deletes an incremental point and every later point; the head moves back', async () => {
    const rig = createRig();
    const chain = (await points(rig, 'root_id=ss-BTZOND4')).sort((x, y) => x.snapshot_time.localeCompare(y.snapshot_time));
    expect(chain[3]?.snapshot_id).toBe('ss-X0J5V8Q');
    const res = await rig.call<Idc51Job>('DELETE', `${Z}/volume_snapshots/ss-X0J5V8Q`);
    expect(res.json).toMatchObject({ action: 'DeleteSnapshots', status: 'pending' });
    expect(res.json.resource_ids).toHaveLength(9);
    expect((await point(rig, 'ss-X0J5V8Q'))?.transition_status).toBe('deleting');
    const refused = await rig.call<Idc51ErrorBody>('DELETE', `${Z}/volume_snapshots/ss-X0J5V8Q`);
    expect(refused.json.code).toBe('1400');
    rig.clock.advance(PENDING_MS + WORK_MS.DeleteSnapshots);
    expect((await job(rig, res.json.job_id)).status).toBe('successful');
    expect(await points(rig, 'root_id=ss-BTZOND4')).toHaveLength(3);
    expect((await point(rig, 'ss-BTZOND4'))?.total_count).toBe(3);
  });

  it('deletes a whole chain from its full point; the full point stays deleted (recoverable) for 2 hours', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51Job>('DELETE', `${Z}/volume_snapshots/ss-5fvm6a0u`);
    expect(res.json.resource_ids).toHaveLength(5);
    rig.clock.advance(PENDING_MS + WORK_MS.DeleteSnapshots);
    expect(await point(rig, 'ss-5fvm6a0u')).toMatchObject({ status: 'deleted', is_head: 0 });
    expect((await point(rig, 'ss-km1u2qxt'))?.status).toBe('ceased');
    expect((await points(rig, 'resource_id=vol-SACNVJNS')).some((p) => p.is_head === 1)).toBe(false);
    rig.clock.advance(2 * 3600_000);
    expect((await point(rig, 'ss-5fvm6a0u'))?.status).toBe('ceased');
    const next = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-SACNVJNS'], snapshot_name: 'after' } });
    expect((await point(rig, next.json.resource_ids?.[0] ?? ''))?.snapshot_type).toBe(1);
  });

  it('takes several ids (comma path, snapshot query) and refuses pending chains', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51Job>('DELETE', `${Z}/volume_snapshots/ss-qweqwrf?snapshot=s-sdDCVGBE`);
    expect(res.json.resource_ids).toHaveLength(8);
    const pendingChain = await rig.call<Idc51ErrorBody>('DELETE', `${Z}/volume_snapshots/ss-MEDIA04`);
    expect(pendingChain.json.code).toBe('1400');
  });
});

describe('ApplySnapshots', () => {
  it('restarts the running host of an attached disk and moves is_head to the applied point', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots/apply`, { body: { snapshots: ['ss-X0J5V8Q', 'ss-X0J5V8Q'] } });
    expect(res.json).toMatchObject({ action: 'ApplySnapshots', status: 'pending' });
    expect(await instance(rig, 'ins-DBMASTR')).toMatchObject({ status: 'running', transition_status: 'restarting' });
    const busy = await rig.call<Idc51ErrorBody>('POST', `${Z}/instances/stop`, { body: { instances: ['ins-DBMASTR'] } });
    expect(busy.json.code).toBe('1400');
    rig.clock.advance(PENDING_MS + WORK_MS.ApplySnapshots);
    expect((await job(rig, res.json.job_id)).status).toBe('successful');
    expect(await instance(rig, 'ins-DBMASTR')).toMatchObject({ status: 'running', transition_status: '' });
    expect((await point(rig, 'ss-X0J5V8Q'))?.is_head).toBe(1);
    expect((await point(rig, 'ss-BTZOND4'))?.head_chain).toBe(1);
    expect((await point(rig, 'ss-5fvm6a0u'))?.head_chain).toBe(0);
    // After a rollback to an older point the next automatic backup opens a new full chain.
    const next = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-SACNVJNS'], snapshot_name: 'after' } });
    expect((await point(rig, next.json.resource_ids?.[0] ?? ''))?.snapshot_type).toBe(1);
  });

  it('does not restart a stopped instance; refuses suspended points and two points of one resource', async () => {
    const rig = createRig();
    const stopped = (await points(rig, 'resource_id=i-IN234BH')).find((p) => p.snapshot_type === 1);
    await rig.call('POST', `${Z}/volume_snapshots/apply`, { body: { snapshots: [stopped?.snapshot_id] } });
    expect((await instance(rig, 'i-IN234BH'))?.transition_status).toBe('');
    const suspended = (await points(rig, 'resource_id=vol-SUSPEND&status=suspended'))[0];
    expect((await rig.call<Idc51ErrorBody>('POST', `${Z}/volume_snapshots/apply`, { body: { snapshots: [suspended?.snapshot_id] } })).json.code).toBe('1400');
    const two = await rig.call<Idc51ErrorBody>('POST', `${Z}/volume_snapshots/apply`, { body: { snapshots: ['ss-BTZOND4', 'ss-5fvm6a0u'] } });
    expect(two.json.code).toBe('1100');
  });
});

describe('capture_instance and create_volume', () => {
  it('captures an instance backup as a private image (path form) and refuses a disk backup', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots/capture_instance/ss-qweqwrf`, { body: { image_name: '官网映像 web-image' } });
    expect(res.json.action).toBe('CaptureInstanceFromSnapshot');
    const imageId = res.json.resource_ids?.[0] ?? '';
    // The new image first, then the backup it came from: the Images page reads the origin from it.
    expect(res.json.resource_ids).toEqual([expect.stringMatching(/^img-/), 'ss-qweqwrf']);
    const images = async () => (await rig.call<{ images: Idc51Image[] }>('GET', `${Z}/images?images=${imageId}&status=pending,available,ceased`)).json.images[0];
    expect(await images()).toMatchObject({ status: 'pending', transition_status: 'creating', provider: 'self', visibility: 'private' });
    rig.clock.advance(PENDING_MS + WORK_MS.CaptureInstanceFromSnapshot);
    expect(await images()).toMatchObject({ status: 'available', image_name: '官网映像 web-image' });
    const refused = await rig.call<Idc51ErrorBody>('POST', `${Z}/volume_snapshots/capture_instance`, { body: { snapshot: 'ss-BTZOND4', image_name: 'x' } });
    expect(refused.status).toBe(400);
    expect(refused.json.code).toBe('1400');
  });

  it('exports a disk backup as a volume of the same type and size (seed form) and refuses an instance backup', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51Job>('POST', `${Z}/volume_snapshots/create_volume`, { body: { snapshot: 's-sdDCVGBE', volume_name: '恢复盘 restored' } });
    const volumeId = res.json.resource_ids?.[0] ?? '';
    expect(res.json.resource_ids).toEqual([expect.stringMatching(/^vol-/), 's-sdDCVGBE']);
    rig.clock.advance(PENDING_MS + WORK_MS.CreateVolumeFromSnapshot);
    const volume = (await rig.call<{ volumes: Idc51Volume[] }>('GET', `${Z}/volumes?volumes=${volumeId}`)).json.volumes[0];
    expect(volume).toMatchObject({ status: 'available', size: 50, volume_type: 2, volume_name: '恢复盘 restored' });
    const refused = await rig.call<Idc51ErrorBody>('POST', `${Z}/volume_snapshots/create_volume/ss-qweqwrf`, { body: { volume_name: 'x' } });
    expect(refused.json.code).toBe('1400');
    const mismatch = await rig.call<Idc51ErrorBody>('POST', `${Z}/volume_snapshots/create_volume/ss-BTZOND4`, { body: { snapshot: 's-sdDCVGBE', volume_name: 'x' } });
    expect(mismatch.json.code).toBe('1100');
  });
});

describe('modify and power', () => {
  it('renames a point with PUT (204, no body)', async () => {
    const rig = createRig();
    const res = await rig.call('PUT', `${Z}/volume_snapshots/ss-qweqwrf`, { body: { snapshot_name: 'name', description: 'description' } });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(await point(rig, 'ss-qweqwrf')).toMatchObject({ snapshot_name: 'name', description: 'description' });
    expect((await rig.call('PUT', `${Z}/volume_snapshots/ss-qweqwrf`, { body: { snapshot_name: 5 } })).status).toBe(400);
  });

  it('starts and stops instances through jobs (documented body form and ASSUMED path form)', async () => {
    const rig = createRig();
    const start = await rig.call<Idc51Job>('POST', `${Z}/instances/start`, { body: { instances: ['i-IN234BH'] } });
    expect(start.json.action).toBe('StartInstances');
    expect((await instance(rig, 'i-IN234BH'))?.transition_status).toBe('starting');
    rig.clock.advance(PENDING_MS + WORK_MS.StartInstances);
    expect((await instance(rig, 'i-IN234BH'))?.status).toBe('running');
    const stop = await rig.call<Idc51Job>('POST', `${Z}/instances/i-IN234BH/stop`);
    expect(stop.json.action).toBe('StopInstances');
    rig.clock.advance(PENDING_MS + WORK_MS.StopInstances);
    expect((await instance(rig, 'i-IN234BH'))?.status).toBe('stopped');
    expect((await rig.call<Idc51ErrorBody>('POST', `${Z}/instances/i-IN234BH/stop`)).json.code).toBe('1400');
  });

  it('scales job durations by the time scale', async () => {
    const rig = createRig();
    rig.settings.scale = 0.01;
    const res = await rig.call<Idc51Job>('POST', `${Z}/instances/restart`, { body: { instances: ['ins-JWFQNPY'] } });
    rig.clock.advance((PENDING_MS + WORK_MS.RestartInstances) * 0.01);
    expect((await job(rig, res.json.job_id)).status).toBe('successful');
  });
});
