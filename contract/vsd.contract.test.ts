/**
 * vsd contract: every request example of seed 003 sent verbatim, the documented envelopes and field
 * types, the auth flow (docs/providers/vsd.md §2), and the snapshot tree / memory-image flows to their end.
 * Shape checks only assert what the docs promise, so a real platform can be checked with this file.
 */
import { describe, expect, it } from 'vitest';
import type { VsdOutput } from '../src/api/vsd/types';
import { contractTarget } from './harness';

const target = contractTarget('vsd');

const CLUSTER = '650ea11b-b7fb-4269-8232-aa53865aab3b';
const TENANT = 'a5badacf-a25c-4171-9aff-b619fc2d300a';
const COMPUTE = 'b6b0e5b9-dacd-432b-9b83-c3e89799009d';
const P = '/v1/compute/vsd/snapshot';
/** md5('vsd-demo'): the emulator's demo password as the login sends it. */
const DEMO_PASSWORD_MD5 = '3d202b3cbc20d9014d929ad32a76a439';

type Json = Record<string, unknown>;
type Out<T = Json> = VsdOutput<T>;

const get = <T = Json>(path: string, query: Record<string, string | number>, headers?: Record<string, string>) => target.request<Out<T>>('GET', path, { query, headers });
const post = <T = Json>(path: string, body: unknown, headers?: Record<string, string>) => target.request<Out<T>>('POST', path, { body, headers });

/** The Output envelope (seed 003 Output; docs/providers/vsd.md §3): exact keys and types. */
function expectOutput(json: unknown, scode?: number): asserts json is Out {
  expect(json).toBeTypeOf('object');
  const out = json as Json;
  expect(Object.keys(out).sort()).toEqual(['data', 'desc', 'message', 'message_cn', 'scode', 'stack']);
  expect(out.scode).toBeTypeOf('number');
  expect(out.desc).toBeTypeOf('string');
  expect(out.message).toBeTypeOf('string');
  expect(out.message_cn).toBeTypeOf('string');
  if (out.scode === 0) {
    expect(out).toMatchObject({ message: 'success', message_cn: '成功', stack: null });
  } else {
    expect(out.message).not.toBe('');
    expect(out.message_cn).not.toBe('');
    expect(Array.isArray(out.stack)).toBe(true);
    for (const frame of out.stack as unknown[]) expect(frame).toBeTypeOf('string');
  }
  if (scode !== undefined) expect(out.scode, JSON.stringify(out)).toBe(scode);
}

/** An error of the platform: non-zero scode in an HTTP 200 Output. */
async function expectRefused(response: Promise<{ status: number; json: unknown }>, scode?: number) {
  const res = await response;
  expect(res.status).toBe(200);
  expectOutput(res.json);
  expect(res.json.scode).not.toBe(0);
  if (scode !== undefined) expect(res.json.scode, JSON.stringify(res.json)).toBe(scode);
  return res.json;
}

function expectDiskSnapshot(value: unknown) {
  expect(value).toEqual({ VolumeUuid: expect.any(String), SnapshotUuid: expect.any(String), DiskDrive: expect.any(String) });
}

/** GetVsdSnapshotResponse; list items also carry screenshot_url_ssl. */
function expectSnapshot(value: unknown, inList: boolean) {
  const snap = value as Json;
  const keys = ['tenant', 'tenant_name', 'namespace', 'uuid', 'compute_uuid', 'name', 'description', 'ctime', 'vm_detail', 'screenshot_url', 'domain_remote_url', 'disk_snapshot_list', 'attr'];
  for (const key of keys) expect(snap, key).toHaveProperty(key);
  if (inList) expect(snap).toHaveProperty('screenshot_url_ssl');
  for (const key of ['tenant', 'tenant_name', 'namespace', 'uuid', 'compute_uuid', 'name', 'description', 'screenshot_url', 'domain_remote_url']) expect(snap[key], key).toBeTypeOf('string');
  expect(Number.isInteger(snap.ctime)).toBe(true);
  expect(snap.vm_detail === null || typeof snap.vm_detail === 'object').toBe(true);
  expect(Array.isArray(snap.disk_snapshot_list)).toBe(true);
  for (const disk of snap.disk_snapshot_list as unknown[]) expectDiskSnapshot(disk);
  if (snap.attr !== null) for (const v of Object.values(snap.attr as Json)) expect(v).toBeTypeOf('string');
}

/** VirtualMachineSnapshotTree: consistent Parents/Children with exactly one head. */
function expectTree(value: unknown, computeUuid: string) {
  const tree = value as { UUID: string; Parents: Record<string, string>; Children: Record<string, { Children: string[] }> };
  expect(tree.UUID).toBe(computeUuid);
  expect(tree.Parents).toHaveProperty('head');
  for (const [child, parent] of Object.entries(tree.Parents)) expect(tree.Children[parent]?.Children, `${child} under ${parent}`).toContain(child);
  const listed = Object.values(tree.Children).flatMap((entry) => entry.Children);
  expect(listed.sort()).toEqual(Object.keys(tree.Parents).sort());
  return tree;
}

// The seed's GET examples, with their query parameters in the documented order.
const LIST_EXAMPLE = { cluster_uuid: CLUSTER, tenant: TENANT, compute_uuid: COMPUTE, page_num: 0, page_size: 0, filter_name: '' };
const GET_EXAMPLE = { cluster_uuid: CLUSTER, tenant: TENANT, compute_uuid: COMPUTE, name: 'origin' };
const TREE_EXAMPLE = { cluster_uuid: CLUSTER, compute_uuid: COMPUTE, tenant: TENANT };
const HEAD_EXAMPLE = { cluster_uuid: CLUSTER, compute_uuid: COMPUTE, tenant: TENANT };
// The seed's POST examples, verbatim.
const CREATE_EXAMPLE = { cluster_uuid: CLUSTER, tenant: TENANT, compute_uuid: COMPUTE, compute_name: 'test-templ', name: 'temp', description: '', domain_memory: false };
const MODIFY_EXAMPLE = { cluster_uuid: CLUSTER, tenant: TENANT, compute_uuid: COMPUTE, compute_name: 'test-templ', name: 'temp', description: 'desc' };
const ROLLBACK_EXAMPLE = { cluster_uuid: CLUSTER, tenant: TENANT, compute_uuid: COMPUTE, compute_name: 'test-templ', name: 'origin', domain_memory: false };
const DELETE_EXAMPLE = { cluster_uuid: CLUSTER, tenant: TENANT, compute_uuid: COMPUTE, compute_name: 'test-templ', name: 'temp' };

describe('vsd snapshot reads (seed 003 GET examples)', () => {
  it('GET /snapshot/list', async () => {
    const res = await get<{ list: unknown[]; total_count: number }>(`${P}/list`, LIST_EXAMPLE);
    expect(res.status).toBe(200);
    expectOutput(res.json, 0);
    expect(res.json.data.total_count).toBe(res.json.data.list.length);
    for (const item of res.json.data.list) expectSnapshot(item, true);
    if (target.emulated) expect(res.json.data.list.map((s) => (s as Json).name)).toEqual(['origin']);
  });

  it('GET /snapshot/get', async () => {
    const res = await get(`${P}/get`, GET_EXAMPLE);
    expectOutput(res.json, 0);
    expectSnapshot(res.json.data, false);
    expect(res.json.data).toMatchObject({ name: 'origin', compute_uuid: COMPUTE });
    if (target.emulated) {
      expect(res.json.data).toMatchObject({ uuid: '60fe79cb-0fc7-4d78-a0d7-64b9a87b47d2', ctime: 1631166673, attr: null, vm_detail: null });
      expect(res.json.data.disk_snapshot_list).toEqual([{ VolumeUuid: '3e8b046d-99a2-4a28-ba73-01c8af4d85e0', SnapshotUuid: '25a949de-eaad-4f99-9bf8-b794578d8cfe', DiskDrive: 'sda' }]);
    }
  });

  it('GET /snapshot/tree', async () => {
    const res = await get<{ tree: unknown }>(`${P}/tree`, TREE_EXAMPLE);
    expectOutput(res.json, 0);
    const tree = expectTree(res.json.data.tree, COMPUTE);
    if (target.emulated) expect(tree).toEqual({ UUID: COMPUTE, Parents: { head: 'origin', origin: '' }, Children: { '': { Children: ['origin'] }, origin: { Children: ['head'] } } });
  });

  it('GET /snapshot/head is the parent of head in the tree', async () => {
    const head = await get(`${P}/head`, HEAD_EXAMPLE);
    expectOutput(head.json, 0);
    expectSnapshot(head.json.data, false);
    const tree = await get<{ tree: { Parents: Record<string, string> } }>(`${P}/tree`, TREE_EXAMPLE);
    expect(head.json.data.name).toBe(tree.json.data.tree.Parents.head);
  });

  it('refuses bad requests with their own scodes, never a crash', async () => {
    const missing = await expectRefused(get(`${P}/tree`, { cluster_uuid: CLUSTER, tenant: TENANT }));
    const unknownVm = await expectRefused(get(`${P}/tree`, { ...TREE_EXAMPLE, compute_uuid: '00000000-0000-4000-8000-000000000000' }));
    const unknownSnap = await expectRefused(get(`${P}/get`, { ...GET_EXAMPLE, name: 'no-such-snapshot' }));
    const malformed = await expectRefused(target.request('POST', `${P}/create`, { rawBody: '{"cluster_uuid": ', headers: { 'Content-Type': 'application/json' } }));
    expect(new Set([missing.scode, unknownVm.scode, unknownSnap.scode, malformed.scode]).size).toBe(4);
    if (target.emulated) expect([missing.scode, unknownVm.scode, unknownSnap.scode, malformed.scode]).toEqual([10002, 20201, 23001, 10001]);
  });

  it('answers unknown paths with 404 and an Output body', async () => {
    const res = await target.request('GET', '/v1/compute/vsd/snapshot/no-such-api');
    expect(res.status).toBe(404);
    expectOutput(res.json);
    expect((res.json as Out).scode).not.toBe(0);
  });
});

describe('vsd inventory', () => {
  it('GET /v1/compute/list and /v1/compute/inspect', async () => {
    const list = await get<{ domains: Json[]; total_count: number }>('/v1/compute/list', { cluster_uuid: CLUSTER, tenant: TENANT, page_num: 0, page_size: 10 });
    expectOutput(list.json, 0);
    expect(list.json.data.total_count).toBeGreaterThanOrEqual(list.json.data.domains.length);
    for (const vm of list.json.data.domains) {
      expect(vm).toMatchObject({ uuid: expect.any(String), name: expect.any(String), state: expect.any(String), ga_state: expect.any(String), action: expect.any(String), tenant: TENANT, cluster_uuid: CLUSTER });
      expect(['nostate', 'running', 'blocked', 'paused', 'shutdown', 'shutoff', 'crashed', 'pmsuspend']).toContain(vm.state);
    }
    const inspect = await get('/v1/compute/inspect', { compute_uuid: COMPUTE, tenant: TENANT, cluster_uuid: CLUSTER });
    expectOutput(inspect.json, 0);
    expect(inspect.json.data).toMatchObject({ uuid: COMPUTE, name: 'test-templ', cluster_uuid: CLUSTER, cluster_name: expect.any(String), mem_size: expect.any(Number), cpu_current: expect.any(String) });
    expect(Array.isArray(inspect.json.data.disks)).toBe(true);
  });
});

describe.runIf(target.allowMutations)('vsd snapshot writes (seed 003 POST examples)', () => {
  it('create temp -> modify -> rollback to origin -> delete temp', async () => {
    if (target.emulated) await target.control.reset();
    expectOutput((await post(`${P}/create`, CREATE_EXAMPLE)).json, 0);
    let tree = expectTree((await get<{ tree: unknown }>(`${P}/tree`, TREE_EXAMPLE)).json.data.tree, COMPUTE);
    expect(tree.Parents).toMatchObject({ temp: 'origin', head: 'temp' });
    await expectRefused(post(`${P}/create`, CREATE_EXAMPLE));

    expectOutput((await post(`${P}/modify`, MODIFY_EXAMPLE)).json, 0);
    expect((await get(`${P}/get`, { ...GET_EXAMPLE, name: 'temp' })).json.data).toMatchObject({ name: 'temp', description: 'desc' });

    const rollback = await post(`${P}/rollback`, ROLLBACK_EXAMPLE);
    expectOutput(rollback.json, 0);
    expect(rollback.json.data).toBeTypeOf('object');
    expect((await get(`${P}/head`, HEAD_EXAMPLE)).json.data.name).toBe('origin');
    tree = expectTree((await get<{ tree: unknown }>(`${P}/tree`, TREE_EXAMPLE)).json.data.tree, COMPUTE);
    expect(tree.Children.origin?.Children.sort()).toEqual(['head', 'temp']);

    expectOutput((await post(`${P}/delete`, DELETE_EXAMPLE)).json, 0);
    await expectRefused(get(`${P}/get`, { ...GET_EXAMPLE, name: 'temp' }));
    const list = await get<{ list: Json[]; total_count: number }>(`${P}/list`, LIST_EXAMPLE);
    expect(list.json.data.list.map((s) => s.name)).toEqual(['origin']);
  });

  it('head counts as a child: the base of another snapshot and of the running disk cannot be deleted', async () => {
    expectOutput((await post(`${P}/create`, CREATE_EXAMPLE)).json, 0);
    expectOutput((await post(`${P}/rollback`, ROLLBACK_EXAMPLE)).json, 0);
    const tree = expectTree((await get<{ tree: unknown }>(`${P}/tree`, TREE_EXAMPLE)).json.data.tree, COMPUTE);
    expect(tree.Children.origin?.Children.sort()).toEqual(['head', 'temp']);
    await expectRefused(post(`${P}/delete`, { ...DELETE_EXAMPLE, name: 'origin' }), 23003);
    expect((await get(`${P}/get`, GET_EXAMPLE)).json.data).toMatchObject({ name: 'origin' });
    // temp has no child (head is under origin): it goes.
    expectOutput((await post(`${P}/delete`, DELETE_EXAMPLE)).json, 0);
  });

  it('POST /v1/compute/volume/snapshot/rollback answers a BatchOutput per disk', async () => {
    const origin = (await get<{ disk_snapshot_list: Json[] }>(`${P}/get`, GET_EXAMPLE)).json.data;
    const good = origin.disk_snapshot_list[0];
    const res = await post<{ success: number; fail: number; results: unknown[] }>('/v1/compute/volume/snapshot/rollback', {
      cluster_uuid: CLUSTER, tenant: TENANT, compute_uuid: COMPUTE, compute_name: 'test-templ',
      disk_snapshot_list: [good, { ...good, SnapshotUuid: '00000000-0000-4000-8000-000000000000' }],
    });
    expectOutput(res.json, 0);
    expect(res.json.data).toMatchObject({ success: 1, fail: 1 });
    expect(res.json.data.results).toHaveLength(2);
    for (const result of res.json.data.results) expectOutput(result);
    expect((res.json.data.results[0] as Out).data).toEqual(good);
  });
});

/** Polls a snapshot until its memory image leaves `saving`; returns every state seen. */
async function waitMemory(scope: Json, name: string) {
  const states = await target.until(
    async () => {
      const res = await get(`${P}/get`, { ...(scope as Record<string, string>), name });
      return (res.json.data.attr as Record<string, string> | null)?.memory_state ?? 'none';
    },
    (state) => state !== 'saving',
    { stepMs: 25 },
  );
  return states.filter((state, i) => i === 0 || states[i - 1] !== state);
}

describe.runIf(target.emulated)('vsd emulator flows', () => {
  async function vm(name: string) {
    const list = await get<{ domains: Json[] }>('/v1/compute/list', { filter_name: name });
    const found = list.json.data.domains.find((d) => d.name === name);
    if (!found) throw new Error(`seeded VM ${name} missing`);
    return { cluster_uuid: String(found.cluster_uuid), tenant: String(found.tenant), compute_uuid: String(found.uuid), compute_name: name };
  }

  it('login -> api key -> ApiKey header, strict auth and session expiry', async () => {
    await target.control.reset();
    const login = await post<{ Token: string; Role: string; system_member_list: { Leader: string; candidates: string[] }; default_cluster_uuid: string }>('/v1/authentication/login', { User: 'admin', Tenant: TENANT, Password: DEMO_PASSWORD_MD5 });
    expectOutput(login.json, 0);
    expect(login.json.data).toMatchObject({ Token: expect.any(String), Role: expect.any(String), default_cluster_uuid: CLUSTER, system_member_list: { Leader: expect.any(String), candidates: expect.any(Array) } });
    await expectRefused(post('/v1/authentication/login', { User: 'admin', Tenant: 'default', Password: '00000000000000000000000000000000' }), 10101);
    const bearer = { Authorization: `Bearer ${login.json.data.Token}` };
    const keys = await get<{ list: Array<{ uuid: string }>; total_count: number }>('/v1/apikey/list', {}, bearer);
    expectOutput(keys.json, 0);
    const apiKey = keys.json.data.list[0]?.uuid ?? (await post<{ uuid: string }>('/v1/apikey/create', {}, bearer)).json.data.uuid;
    const listQuery = { cluster_uuid: CLUSTER, page_number: 0, page_size: 1 };

    await target.control.setStrictAuth(true);
    try {
      await expectRefused(get('/v1/compute/list', listQuery), 10104);
      expectOutput((await get('/v1/compute/list', listQuery, { ApiKey: apiKey })).json, 0);
      await target.control.setFlags({ sessionExpired: true });
      await expectRefused(get('/v1/compute/list', listQuery, { ApiKey: apiKey }), 10103);
      await expectRefused(get('/v1/apikey/list', {}, bearer), 10102);
    } finally {
      await target.control.setStrictAuth(false);
      await target.control.clearFaults();
    }
    expectOutput((await get('/v1/compute/list', listQuery, { ApiKey: apiKey })).json, 0);
  });

  it('injected faults use the Output envelope (11057 not master)', async () => {
    await target.control.addFault({ route: '/v1/compute/list', error: { code: '11057' }, times: 1 });
    const res = await get('/v1/compute/list', {});
    expect(res.status).toBe(200);
    expectOutput(res.json, 11057);
    expectOutput((await get('/v1/compute/list', {})).json, 0);
  });

  it('memory snapshot: saving -> ready, then rollback brings the VM back running', async () => {
    await target.control.reset();
    const finance = await vm('财务数据库');
    expectOutput((await post(`${P}/create`, { ...finance, name: 'contract-mem', description: '契约测试', domain_memory: true })).json, 0);
    const seen = await waitMemory(finance, 'contract-mem');
    expect(seen).toEqual(['saving', 'ready']);
    expectOutput((await post('/v1/compute/shutoff', finance)).json, 0);
    expectOutput((await post(`${P}/rollback`, { ...finance, name: 'contract-mem', domain_memory: true })).json, 0);
    expect((await get('/v1/compute/inspect', finance)).json.data.state).toBe('running');
  });

  it('jobFailsHalfway: the memory save fails and the snapshot cannot be used', async () => {
    await target.control.reset();
    const finance = await vm('财务数据库');
    await target.control.setFlags({ jobFailsHalfway: true });
    expectOutput((await post(`${P}/create`, { ...finance, name: 'contract-bad', domain_memory: true })).json, 0);
    expect(await waitMemory(finance, 'contract-bad')).toEqual(['saving', 'failed']);
    await expectRefused(post(`${P}/rollback`, { ...finance, name: 'contract-bad', domain_memory: true }), 23005);
  });

  it('tree rules: branches refuse delete, disk types and tenant space refuse create', async () => {
    await target.control.reset();
    const runner = await vm('build-runner-01');
    const tree = expectTree((await get<{ tree: unknown }>(`${P}/tree`, runner)).json.data.tree, runner.compute_uuid);
    expect(tree.Children['toolchain-ready']?.Children).toHaveLength(3);
    await expectRefused(post(`${P}/delete`, { ...runner, name: 'toolchain-ready' }), 23003);
    await expectRefused(post(`${P}/create`, { ...(await vm('legacy-erp-oracle')), name: 'x' }), 23006);
    await expectRefused(post(`${P}/create`, { ...(await vm('研发-gitlab')), name: 'x', domain_memory: true }), 23007);
    await expectRefused(post(`${P}/rollback`, { ...runner, name: 'gcc-13' }), 23009);
  });

  it('power: synchronous shutoff/start and batch_shutoff per VM', async () => {
    await target.control.reset();
    const templ = await vm('test-templ');
    expectOutput((await post('/v1/compute/start', { ...templ, owner: '', vm_type: 'GUS', cloud_init: true })).json, 0);
    expect((await get('/v1/compute/inspect', templ)).json.data.state).toBe('running');
    const batch = await post<{ success: number; fail: number; results: Out[] }>('/v1/compute/batch_shutoff', { vms: [templ, await vm('web-frontend-02')], vm_type: 'GUS', cluster_uuid: CLUSTER });
    expectOutput(batch.json, 0);
    expect(batch.json.data).toMatchObject({ success: 1, fail: 1 });
    expect(batch.json.data.results[0]?.data).toMatchObject({ compute_uuid: COMPUTE, compute_name: 'test-templ', cluster_uuid: CLUSTER });
    expect((await get('/v1/compute/inspect', templ)).json.data.state).toBe('shutoff');
    await target.control.reset();
  });
});
