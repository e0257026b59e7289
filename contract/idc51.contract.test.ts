/**
 * 51idc (Anchnet) v2 volume backups: contract suite. Sends every request example of the seed document verbatim
 * (shared/seeds/002_*), the final-doc examples, and the async flows to their end, asserting only documented
 * shapes: bare success bodies, Job objects, HTTP status + {code, message, detail} errors.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractTarget, type RequestOptions } from './harness';

const target = contractTarget('idc51');
const Z = '/v2/zone/ac1';
/** curl --data sends this Content-Type, whatever the body is. */
const CURL_FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
const SEED_BODY = '\n{\n    "key": "value"\n}';
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const TERMINAL = ['successful', 'failed', 'done with failure'];

type Json = Record<string, unknown>;

const call = (method: string, path: string, options?: RequestOptions) => target.request<Json>(method, path, options);

function expectError(res: { status: number; json: Json }, status: number, code?: string) {
  expect(res.status).toBe(status);
  expect(typeof res.json.code).toBe('string');
  expect(typeof res.json.message).toBe('string');
  if (res.json.detail !== undefined) expect(typeof res.json.detail).toBe('string');
  if (code) expect(res.json.code).toBe(code);
}

function expectJob(job: Json, action?: string) {
  for (const key of ['job_id', 'action', 'status', 'create_time', 'begin_time', 'finished_time', 'info']) expect(typeof job[key], key).toBe('string');
  expect(job.job_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(['pending', 'working', ...TERMINAL]).toContain(job.status);
  expect(job.create_time).toMatch(ISO);
  if (action) expect(job.action).toBe(action);
}

function expectSnapshot(item: Json) {
  for (const key of ['snapshot_id', 'status', 'transition_status', 'create_time', 'status_time', 'snapshot_time', 'root_id', 'parent_id', 'lastest_snapshot_time']) {
    expect(typeof item[key], key).toBe('string');
  }
  for (const key of ['is_taken', 'is_head', 'head_chain', 'size', 'total_size', 'total_count']) expect(typeof item[key], key).toBe('number');
  for (const key of ['snapshot_name', 'description']) expect(item[key] === null || typeof item[key] === 'string', key).toBe(true);
  expect([0, 1, 'IS_INCREMENTAL', 'IS_FULL']).toContain(item.snapshot_type);
  expect(['pending', 'available', 'suspended', 'deleted', 'ceased']).toContain(item.status);
  expect(item.create_time).toMatch(ISO);
  const full = item.snapshot_type === 1 || item.snapshot_type === 'IS_FULL';
  if (full) expect(item.parent_id).toBe('self');
}

async function list(query: RequestOptions['query'] = {}) {
  const res = await call('GET', `${Z}/volume_snapshots`, { query: { limit: 100, ...query } });
  expect(res.status).toBe(200);
  return res.json.snapshots as Json[];
}

/** Polls GET /job/:id until the job ends; returns the statuses seen, in order. */
async function waitJob(jobId: string, zone = 'ac1'): Promise<{ job: Json; seen: string[] }> {
  const jobs = await target.until(
    async () => {
      const res = await call('GET', `/v2/zone/${zone}/job/${jobId}`);
      expect(res.status).toBe(200);
      expectJob(res.json);
      return res.json;
    },
    (job) => TERMINAL.includes(String(job.status)),
  );
  const seen = jobs.map((job) => String(job.status)).filter((status, i, all) => i === 0 || all[i - 1] !== status);
  return { job: jobs.at(-1) as Json, seen };
}

function expectLifecycle(seen: string[], end = 'successful') {
  const order = ['pending', 'working', end];
  expect(seen[seen.length - 1]).toBe(end);
  expect(seen.every((s, i) => i === 0 || order.indexOf(s) > order.indexOf(seen[i - 1] ?? ''))).toBe(true);
}

if (target.emulated) {
  beforeEach(() => target.control.reset('demo'));
  afterEach(async () => {
    await target.control.clearFaults();
    await target.control.setStrictAuth(false);
    await target.control.setFlags({ jobFailsHalfway: false, sessionExpired: false });
  });
}

describe('seed examples, verbatim', () => {
  it('GET /v2/zone/ac1/volume_snapshots: {snapshots, total_count} with every documented field', async () => {
    const res = await call('GET', `${Z}/volume_snapshots`);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.json.snapshots)).toBe(true);
    expect(typeof res.json.total_count).toBe('number');
    for (const item of res.json.snapshots as Json[]) expectSnapshot(item);
  });

  it.runIf(target.allowMutations)('POST /volume_snapshots with the seed body {"key":"value"}: 400 bad parameter', async () => {
    expectError(await call('POST', `${Z}/volume_snapshots`, { rawBody: SEED_BODY, headers: CURL_FORM }), 400, '1100');
  });

  it.runIf(target.allowMutations)('DELETE /volume_snapshots/:snapshot_id (placeholder as written): 404 not found', async () => {
    expectError(await call('DELETE', `${Z}/volume_snapshots/:snapshot_id`), 404, '2100');
  });

  it.runIf(target.allowMutations)('POST apply, capture_instance and create_volume with the seed body: 400 bad parameter', async () => {
    for (const action of ['apply', 'capture_instance', 'create_volume']) {
      expectError(await call('POST', `${Z}/volume_snapshots/${action}`, { rawBody: SEED_BODY, headers: CURL_FORM }), 400, '1100');
    }
  });
});

describe('reads', () => {
  it('filters in both doc eras: snapshot_type Int and String, comma and repeated lists', async () => {
    const full = await list({ snapshot_type: 'IS_FULL' });
    const one = await list({ snapshot_type: 1 });
    expect(full.map((s) => s.snapshot_id)).toEqual(one.map((s) => s.snapshot_id));
    for (const item of full) expect(item.parent_id).toBe('self');
    const statusCsv = await list({ status: 'available,suspended' });
    const statusRepeated = await list({ status: ['available', 'suspended'] });
    expect(statusCsv.map((s) => s.snapshot_id)).toEqual(statusRepeated.map((s) => s.snapshot_id));
    for (const item of statusCsv) expect(['available', 'suspended']).toContain(item.status);
  });

  it('pages with offset and limit, total_count stays the full count', async () => {
    const first = await call('GET', `${Z}/volume_snapshots`, { query: { offset: 0, limit: 2 } });
    const second = await call('GET', `${Z}/volume_snapshots`, { query: { offset: 2, limit: 2 } });
    expect((first.json.snapshots as Json[]).length).toBeLessThanOrEqual(2);
    expect(first.json.total_count).toBe(second.json.total_count);
    const ids = (first.json.snapshots as Json[]).map((s) => s.snapshot_id);
    for (const item of second.json.snapshots as Json[]) expect(ids).not.toContain(item.snapshot_id);
  });

  it('root_id lists one chain; chain figures are on the full point', async () => {
    const fulls = await list({ snapshot_type: 1, status: 'available' });
    const root = fulls[0];
    if (!root) return;
    const chain = await list({ root_id: String(root.snapshot_id) });
    for (const item of chain) expect(item.root_id).toBe(root.snapshot_id);
    expect(root.total_count).toBe(chain.length);
  });

  it('GET /job/:job_id answers a Job (docs example id, zone ac2)', async () => {
    const res = await call('GET', '/v2/zone/ac2/job/92961ef1-0760-4ac4-97fd-98c2d0604d8f');
    if (res.status === 404) return expectError(res, 404);
    expect(res.status).toBe(200);
    expectJob(res.json, 'RunInstances');
  });

  it('lists volumes and instances with total_count', async () => {
    const volumes = await call('GET', `${Z}/volumes`);
    expect(volumes.status).toBe(200);
    expect(typeof volumes.json.total_count).toBe('number');
    for (const v of volumes.json.volumes as Json[]) {
      expect(typeof v.volume_id).toBe('string');
      expect(typeof v.size).toBe('number');
      expect(typeof (v.instance as Json).instance_id).toBe('string');
    }
    const instances = await call('GET', `${Z}/instances`);
    expect(instances.status).toBe(200);
    for (const i of instances.json.instances as Json[]) {
      expect(typeof i.instance_id).toBe('string');
      expect(['pending', 'running', 'stopped', 'suspended', 'terminated', 'ceased']).toContain(i.status);
    }
  });

  it('bad parameters, unknown zones and unknown ids get the error body', async () => {
    expectError(await call('GET', `${Z}/volume_snapshots`, { query: { offset: 'abc' } }), 400, '1100');
    expectError(await call('GET', '/v2/zone/nowhere/volume_snapshots'), 404);
    expectError(await call('GET', `${Z}/job/00000000-0000-4000-8000-000000000000`), 404, '2100');
  });

  it('POST /v2/oauth2/token refuses bad client credentials with 401', async () => {
    const res = await call('POST', '/v2/oauth2/token', {
      rawBody: 'grant_type=client_credentials',
      headers: { ...CURL_FORM, Authorization: `Basic ${btoa('demo-access-id:wrong-secret')}` },
    });
    expectError(res, 401);
  });
});

describe.runIf(target.emulated)('auth', () => {
  async function token(): Promise<string> {
    const res = await call('POST', '/v2/oauth2/token', {
      rawBody: 'grant_type=client_credentials',
      headers: { ...CURL_FORM, Authorization: `Basic ${btoa('demo-access-id:demo-secret-key')}` },
    });
    expect(res.status).toBe(200);
    expect(res.json.token_type).toBe('Bearer');
    expect(typeof res.json.access_token).toBe('string');
    expect(typeof res.json.expires_in).toBe('number');
    return String(res.json.access_token);
  }

  it('strict auth requires a bearer token', async () => {
    await target.control.setStrictAuth(true);
    expectError(await call('GET', `${Z}/volume_snapshots`), 401, '1200');
    const ok = await call('GET', `${Z}/volume_snapshots`, { headers: { Authorization: `Bearer ${await token()}` } });
    expect(ok.status).toBe(200);
  });

  it('sessionExpired makes the current token fail with 401; a new token works', async () => {
    const old = { Authorization: `Bearer ${await token()}` };
    await target.control.setFlags({ sessionExpired: true });
    expectError(await call('GET', `${Z}/volume_snapshots`, { headers: old }), 401, '2000');
    const fresh = await call('GET', `${Z}/volume_snapshots`, { headers: { Authorization: `Bearer ${await token()}` } });
    expect(fresh.status).toBe(200);
  });

  it('an injected fault comes back in the 51idc error body', async () => {
    await target.control.addFault({ route: '/volume_snapshots', error: { status: 503, code: '5100', message: 'server busy' }, times: 1 });
    expectError(await call('GET', `${Z}/volume_snapshots`), 503, '5100');
  });
});

describe.runIf(target.allowMutations)('async flows (final-doc examples)', () => {
  it('POST /volume_snapshots (vol-SACNVJNS, vol-ascdvf, IS_FULL) → CreateSnapshots runs to successful; new full points', async () => {
    const res = await call('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-SACNVJNS', 'vol-ascdvf'], snapshot_name: 'demos', is_full: 'IS_FULL' } });
    expect(res.status).toBe(200);
    expectJob(res.json, 'CreateSnapshots');
    expect(res.json.status).toBe('pending');
    expect(res.json.begin_time).toBe('');
    const { seen } = await waitJob(String(res.json.job_id));
    expectLifecycle(seen);
    const created = (await list({ search_word: 'demos' })).filter((s) => s.snapshot_name === 'demos');
    expect(created).toHaveLength(2);
    for (const item of created) {
      expectSnapshot(item);
      expect(item).toMatchObject({ status: 'available', transition_status: '', is_taken: 1, is_head: 1, parent_id: 'self' });
    }
  });

  it('is_full 0 (seed Int form) adds an incremental point to the current chain', async () => {
    const res = await call('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-ascdvf'], snapshot_name: 'inc-int', is_full: 0 } });
    expect(res.status).toBe(200);
    await waitJob(String(res.json.job_id));
    const [item] = (await list({ resource_id: 'vol-ascdvf' })).filter((s) => s.snapshot_name === 'inc-int');
    expect(item?.snapshot_type === 0 || item?.snapshot_type === 'IS_INCREMENTAL').toBe(true);
    expect(item?.parent_id).not.toBe('self');
  });

  it('POST /volume_snapshots/apply {"snapshots":["s-sdDCVGBE","s-sdDCVGBE"]} → ApplySnapshots; the host restarts and the head moves', async () => {
    const res = await call('POST', `${Z}/volume_snapshots/apply`, { rawBody: '\n{\n    "snapshots":["s-sdDCVGBE","s-sdDCVGBE"]\n}', headers: CURL_FORM });
    expect(res.status).toBe(200);
    expectJob(res.json, 'ApplySnapshots');
    const host = await call('GET', `${Z}/instances`, { query: { instances: 'ins-JWFQNPY' } });
    expect((host.json.instances as Json[])[0]?.transition_status).toBe('restarting');
    const { seen } = await waitJob(String(res.json.job_id));
    expectLifecycle(seen);
    const [applied] = await list({ snapshots: 's-sdDCVGBE' });
    expect(applied?.is_head).toBe(1);
    const after = await call('GET', `${Z}/instances`, { query: { instances: 'ins-JWFQNPY' } });
    expect((after.json.instances as Json[])[0]).toMatchObject({ status: 'running', transition_status: '' });
  });

  it('POST /volume_snapshots/capture_instance/:snapshot_id {"image_name":"demo"} → a new image from an instance backup', async () => {
    const res = await call('POST', `${Z}/volume_snapshots/capture_instance/ss-qweqwrf`, { rawBody: '\n{\n    "image_name":"demo"\n}', headers: CURL_FORM });
    expect(res.status).toBe(200);
    expectJob(res.json, 'CaptureInstanceFromSnapshot');
    expectLifecycle((await waitJob(String(res.json.job_id))).seen);
    const images = await call('GET', `${Z}/images`, { query: { search_word: 'demo', provider: 'self' } });
    expect((images.json.images as Json[]).some((i) => i.image_name === 'demo' && i.status === 'available')).toBe(true);
    expectError(await call('POST', `${Z}/volume_snapshots/capture_instance/s-sdDCVGBE`, { body: { image_name: 'x' } }), 400, '1400');
  });

  it('POST /volume_snapshots/create_volume/:snapshot_id {"volume_name":"demo"} → a disk of the same type from a disk backup', async () => {
    const res = await call('POST', `${Z}/volume_snapshots/create_volume/s-sdDCVGBE`, { rawBody: '\n{\n   \n    "volume_name":"demo"\n}', headers: CURL_FORM });
    expect(res.status).toBe(200);
    expectJob(res.json, 'CreateVolumeFromSnapshot');
    expectLifecycle((await waitJob(String(res.json.job_id))).seen);
    const volumes = await call('GET', `${Z}/volumes`, { query: { search_word: 'demo', limit: 100 } });
    const source = await call('GET', `${Z}/volumes`, { query: { volumes: 'vol-ascdvf' } });
    const created = (volumes.json.volumes as Json[]).find((v) => v.volume_name === 'demo');
    expect(created).toMatchObject({ status: 'available', volume_type: (source.json.volumes as Json[])[0]?.volume_type });
    expectError(await call('POST', `${Z}/volume_snapshots/create_volume/ss-qweqwrf`, { body: { volume_name: 'x' } }), 400, '1400');
  });

  it('PUT /volume_snapshots/ss-qweqwrf renames the point and answers no body', async () => {
    const res = await call('PUT', `${Z}/volume_snapshots/ss-qweqwrf`, { rawBody: '\n{\n    "snapshot_name":"name",\n    "description":"description"\n}', headers: CURL_FORM });
    expect(res.status).toBeLessThan(300);
    expect(res.text).toBe('');
    const [item] = await list({ snapshots: 'ss-qweqwrf' });
    expect(item).toMatchObject({ snapshot_name: 'name', description: 'description' });
  });

  it('DELETE an incremental point deletes every later point of its chain', async () => {
    const chain = (await list({ root_id: 'ss-BTZOND4' })).sort((a, b) => String(a.snapshot_time).localeCompare(String(b.snapshot_time)));
    const victim = chain[3];
    expect(victim).toBeDefined();
    const res = await call('DELETE', `${Z}/volume_snapshots/${String(victim?.snapshot_id)}`);
    expect(res.status).toBe(200);
    expectJob(res.json, 'DeleteSnapshots');
    expectLifecycle((await waitJob(String(res.json.job_id))).seen);
    const left = await list({ root_id: 'ss-BTZOND4' });
    expect(left.map((s) => s.snapshot_id).sort()).toEqual(chain.slice(0, 3).map((s) => s.snapshot_id).sort());
  });

  it('DELETE a full point deletes the whole chain; the full point stays "deleted"', async () => {
    const res = await call('DELETE', `${Z}/volume_snapshots/ss-5fvm6a0u`);
    expect(res.status).toBe(200);
    await waitJob(String(res.json.job_id));
    expect(await list({ root_id: 'ss-5fvm6a0u' })).toEqual([expect.objectContaining({ snapshot_id: 'ss-5fvm6a0u', status: 'deleted' })]);
    expectError(await call('DELETE', `${Z}/volume_snapshots/ss-5fvm6a0u`), 400, '1400');
  });

  it('start and stop an instance (documented body form) through jobs', async () => {
    const start = await call('POST', `${Z}/instances/start`, { body: { instances: ['i-IN234BH'] } });
    expectJob(start.json, 'StartInstances');
    await waitJob(String(start.json.job_id));
    const stop = await call('POST', `${Z}/instances/stop`, { body: { instances: ['i-IN234BH'], force: 0 } });
    expectJob(stop.json, 'StopInstances');
    await waitJob(String(stop.json.job_id));
    const res = await call('GET', `${Z}/instances`, { query: { instances: 'i-IN234BH' } });
    expect((res.json.instances as Json[])[0]?.status).toBe('stopped');
  });
});

describe.runIf(target.emulated)('injected job failure', () => {
  it('jobFailsHalfway: the backup job fails with info, the point never becomes available', async () => {
    await target.control.setFlags({ jobFailsHalfway: true });
    const res = await call('POST', `${Z}/volume_snapshots`, { body: { resources: ['vol-YZAKUZF'], snapshot_name: 'doomed', is_full: 1 } });
    const { job, seen } = await waitJob(String(res.json.job_id));
    expectLifecycle(seen, 'failed');
    expect(String(job.info)).not.toBe('');
    expect(job.finished_time).toMatch(ISO);
    expect((await list({ search_word: 'doomed' })).filter((s) => s.status === 'available')).toHaveLength(0);
  });
});
