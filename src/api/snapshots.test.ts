// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createDbcSnapshotClient } from './dbc/snapshots';
import { dbcProtocol } from './dbc/protocol';
import { createHttp } from './http';
import { idc51Protocol } from './idc51/protocol';
import { createIdc51SnapshotClient } from './idc51/snapshots';
import { createVsdSnapshotClient } from './vsd/snapshots';
import { vsdProtocol } from './vsd/protocol';
import { createZStackSnapshotClient, zstackSizeResult } from './zstack/snapshots';
import { zstackProtocol } from './zstack/protocol';

const BASE = 'http://api.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers every request with `body` (status 200 unless given) and records what was asked. */
function answer(body: unknown, status = 200) {
  const seen: Array<{ method: string; url: URL; body: unknown }> = [];
  server.use(
    http.all(`${BASE}/*`, async ({ request }) => {
      const text = await request.text();
      seen.push({ method: request.method, url: new URL(request.url), body: text ? JSON.parse(text) : undefined });
      return status === 204 ? new HttpResponse(null, { status }) : HttpResponse.json(body as never, { status });
    }),
  );
  return seen;
}

const badResponse = { name: 'ProviderError', code: 'BAD_RESPONSE', kind: 'server', retriable: false };
const auth = { session_id: 's', session_id_sign: 'x' };

describe('DBC snapshot client', () => {
  const client = createDbcSnapshotClient(createHttp(dbcProtocol, { baseUrl: BASE }));

  it('era B paths and bodies; the list is checked', async () => {
    const seen = answer({ errcode: 0, message: [{ snapshot_name: 'snap1', description: '', create_time: '2022-02-01 10:00:00', state: 'shutoff' }] });
    expect(await client.listB('node', auth, 'task')).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', body: { peer_nodes_list: ['node'], additional: {}, session_id: 's' } });
    expect(seen[0]!.url.pathname).toBe('/api/v1/snapshot/task');
    answer({ errcode: 0, message: { snapshot_name: 'a', description: 'd', status: 'creating' } });
    await client.createB('node', auth, 'task', { snapshot_name: 'a', description: 'd', disks: [{ disk_name: 'vda', snapshot_type: 'external' }] });
    answer({ errcode: 0, message: 'not a list' });
    await expect(client.listB('node', auth, 'task')).rejects.toMatchObject(badResponse);
  });

  it('era C: create answers "ok", delete "ok"; paths carry the verbs', async () => {
    const seen = answer({ errcode: 0, message: 'ok' });
    await client.createC('node', auth, 'task', { snapshot_name: 'a', desc: '', image_server: 'ID_1' });
    await client.deleteC('node', auth, 'task', 'a b');
    expect(seen.map((s) => s.url.pathname)).toEqual(['/api/v1/snapshot/create/task', '/api/v1/snapshot/delete/task/a%20b']);
    expect(seen[0]!.body).toMatchObject({ additional: { image_server: 'ID_1' } });
  });

  it('a node refusal is a ProviderError, not a bad response', async () => {
    answer({ errcode: 1, message: 'please close task first and try again' });
    await expect(client.createC('node', auth, 'task', { snapshot_name: 'a', image_server: 'ID_1' })).rejects.toMatchObject({ code: '1', kind: 'conflict' });
  });
});

describe('51idc snapshot client', () => {
  const client = createIdc51SnapshotClient(createHttp(idc51Protocol, { baseUrl: BASE }));
  const job = { job_id: 'j-1', action: 'DeleteSnapshots', status: 'pending', create_time: '', begin_time: '', finished_time: '', info: '' };

  it('modify accepts the 204 without a body', async () => {
    const seen = answer(null, 204);
    await expect(client.modify('ac1', 'ss-1', { description: 'x' })).resolves.toBeUndefined();
    expect(seen[0]).toMatchObject({ method: 'PUT', body: { description: 'x' } });
  });

  it('delete joins ids in the path; mutations answer a checked Job', async () => {
    const seen = answer(job);
    expect(await client.delete('ac1', ['ss-1', 'ss-2'])).toMatchObject({ job_id: 'j-1' });
    expect(seen[0]!.url.pathname).toBe('/v2/zone/ac1/volume_snapshots/ss-1,ss-2');
    await client.captureInstance('ac1', 'ss-1', 'img');
    expect(seen[1]).toMatchObject({ body: { image_name: 'img' } });
    expect(seen[1]!.url.pathname).toBe('/v2/zone/ac1/volume_snapshots/capture_instance/ss-1');
    await client.createVolume('ac1', 'ss-2', 'disk', 'seed');
    expect(seen[2]).toMatchObject({ body: { snapshot: 'ss-2', volume_name: 'disk' } });
    expect(seen[2]!.url.pathname).toBe('/v2/zone/ac1/volume_snapshots/create_volume');
    answer({ ok: true });
    await expect(client.apply('ac1', ['ss-1'])).rejects.toMatchObject(badResponse);
  });

  it('list filters go out comma-joined; a malformed item is refused', async () => {
    const seen = answer({ snapshots: [], total_count: 0 });
    await client.list('ac1', { resource_id: 'vol-1', status: ['available', 'suspended'], offset: 100, limit: 100 });
    expect(Object.fromEntries(seen[0]!.url.searchParams)).toEqual({ resource_id: 'vol-1', status: 'available,suspended', offset: '100', limit: '100' });
    answer({ snapshots: [{ snapshot_id: 'x' }], total_count: 1 });
    await expect(client.list('ac1')).rejects.toMatchObject(badResponse);
  });
});

describe('vsd snapshot client', () => {
  const client = createVsdSnapshotClient(createHttp(vsdProtocol, { baseUrl: BASE }));
  const ok = (data: unknown) => ({ scode: 0, desc: '', message: 'success', message_cn: '成功', stack: null, data });
  const vm = { cluster_uuid: 'c', compute_uuid: 'v' };

  it('mutations accept data {} and null', async () => {
    answer(ok({}));
    await client.create({ ...vm, name: 's', domain_memory: true });
    answer(ok(null));
    await client.rollback({ ...vm, name: 's' });
    answer(ok({ unexpected: 1 }));
    await expect(client.delete({ ...vm, name: 's' })).rejects.toMatchObject(badResponse);
  });

  it('tree and list are checked; list asks for every page by default', async () => {
    const seen = answer(ok({ tree: { UUID: 'v', Parents: { head: '' }, Children: {} } }));
    expect((await client.tree(vm)).Parents).toEqual({ head: '' });
    answer(ok({ tree: null }));
    await expect(client.tree(vm)).rejects.toMatchObject(badResponse);
    expect(Object.fromEntries(seen[0]!.url.searchParams)).toEqual({ cluster_uuid: 'c', compute_uuid: 'v' });
    const listed = answer(ok({ list: [], total_count: 0 }));
    await client.list(vm);
    // filter_name is required by the doc (empty = all); page_size 0 = everything.
    expect(Object.fromEntries(listed[0]!.url.searchParams)).toEqual({ cluster_uuid: 'c', compute_uuid: 'v', filter_name: '', page_number: '0', page_size: '0' });
  });

  it('per-volume rollback returns the BatchOutput; an scode in the envelope is a ProviderError', async () => {
    answer(ok({ success: 1, fail: 0, results: [ok({ VolumeUuid: 'vol', SnapshotUuid: 'snap', DiskDrive: 'sda' })] }));
    expect(await client.rollbackVolumes({ ...vm, disk_snapshot_list: [{ VolumeUuid: 'vol', SnapshotUuid: 'snap', DiskDrive: 'sda' }] })).toMatchObject({ success: 1 });
    answer({ scode: 23009, desc: '', message: 'compute must be shut off', message_cn: '虚拟机需处于关机状态', stack: null, data: null });
    await expect(client.rollback({ ...vm, name: 's' })).rejects.toMatchObject({ code: '23009', kind: 'conflict' });
  });
});

describe('ZStack snapshot client', () => {
  const client = createZStackSnapshotClient(createHttp(zstackProtocol, { baseUrl: BASE }));
  const accepted = { location: 'http://mn:8080/zstack/v1/api-jobs/abc' };

  it('delete carries deleteMode; actions pick the body key; 202 without a location is refused', async () => {
    const seen = answer(accepted, 202);
    await client.delete('snap', 'Enforcing');
    await client.revert('snap');
    await client.batchDelete(['a', 'b']);
    expect(seen[0]!.url.search).toBe('?deleteMode=Enforcing');
    expect(seen[1]).toMatchObject({ method: 'PUT', body: { revertVolumeFromSnapshot: {} } });
    expect(seen[2]).toMatchObject({ body: { batchDeleteVolumeSnapshot: { uuids: ['a', 'b'] } } });
    answer({}, 202);
    await expect(client.update('snap', { name: 'x' })).rejects.toMatchObject(badResponse);
  });

  it('queries are checked; the size result is read', async () => {
    answer({ inventories: [{ uuid: 'x' }] });
    await expect(client.querySnapshots()).rejects.toMatchObject(badResponse);
    expect(zstackSizeResult({ size: 10, actualSize: 4 })).toEqual({ size: 10, actualSize: 4 });
    expect(() => zstackSizeResult('')).toThrow(/Unexpected snapshot size/);
  });

  it('primary storage: GET /primary-storage with the query; rows are checked', async () => {
    const row = { uuid: 'ps', name: 'PS', type: 'Ceph', state: 'Enabled', status: 'Connected', totalCapacity: 10, availableCapacity: 4 };
    const seen = answer({ inventories: [row] });
    expect((await client.queryPrimaryStorage({ q: ['state=Enabled'] })).inventories).toEqual([row]);
    expect(seen[0]!.url.pathname).toBe('/zstack/v1/primary-storage');
    expect(seen[0]!.url.searchParams.getAll('q')).toEqual(['state=Enabled']);
    answer({ inventories: [{ uuid: 'ps' }] });
    await expect(client.queryPrimaryStorage()).rejects.toMatchObject(badResponse);
  });
});
