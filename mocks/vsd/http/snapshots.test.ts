// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { VsdBatchOutput, VsdComputeInspect, VsdComputeList, VsdDiskSnapshotInfo, VsdSnapshot, VsdSnapshotList, VsdSnapshotTree } from '../../../src/api/vsd/types';
import { SEED } from '../seed';
import { setup, type Harness } from '../testkit';

const P = '/v1/compute/vsd/snapshot';
const SCOPE = { cluster_uuid: SEED.cluster, tenant: SEED.tenant, compute_uuid: SEED.compute };
const IDENT = { ...SCOPE, compute_name: SEED.computeName };

async function vmUuid(h: Harness, name: string) {
  const list = await h.call<VsdComputeList>('GET', '/v1/compute/list', { query: { filter_name: name } });
  const vm = list.json.data.domains.find((d) => d.name === name);
  if (!vm) throw new Error(`no VM ${name}`);
  return { cluster_uuid: String(vm.cluster_uuid), tenant: String(vm.tenant), compute_uuid: vm.uuid };
}
const tree = async (h: Harness, scope: object) => (await h.call<{ tree: VsdSnapshotTree }>('GET', `${P}/tree`, { query: { ...scope } })).json.data.tree;
const getSnap = async (h: Harness, scope: object, name: string) => h.call<VsdSnapshot>('GET', `${P}/get`, { query: { ...scope, name } });

describe('seed document examples', () => {
  it('create temp, modify, rollback to origin, delete temp', async () => {
    const h = setup();
    const create = await h.call('POST', `${P}/create`, { body: { ...IDENT, name: 'temp', description: '', domain_memory: false } });
    expect(create.json).toEqual({ scode: 0, desc: '', message: 'success', message_cn: '成功', stack: null, data: {} });
    expect(await tree(h, SCOPE)).toEqual({ UUID: SEED.compute, Parents: { head: 'temp', origin: '', temp: 'origin' }, Children: { '': { Children: ['origin'] }, origin: { Children: ['temp'] }, temp: { Children: ['head'] } } });
    expect((await h.call(`POST`, `${P}/modify`, { body: { ...IDENT, name: 'temp', description: 'desc' } })).json.scode).toBe(0);
    expect((await getSnap(h, SCOPE, 'temp')).json.data).toMatchObject({ name: 'temp', description: 'desc', compute_uuid: SEED.compute, attr: null });
    expect((await h.call('POST', `${P}/rollback`, { body: { ...IDENT, name: 'origin', domain_memory: false } })).json).toMatchObject({ scode: 0, data: {} });
    expect((await h.call<VsdSnapshot>('GET', `${P}/head`, { query: SCOPE })).json.data.name).toBe('origin');
    const inspect = await h.call<VsdComputeInspect>('GET', '/v1/compute/inspect', { query: SCOPE });
    expect(inspect.json.data.attr).toMatchObject({ last_rollback_snapshot: 'origin' });
    expect((await h.call('POST', `${P}/delete`, { body: { ...IDENT, name: 'temp' } })).json.scode).toBe(0);
    expect((await tree(h, SCOPE)).Parents).toEqual({ head: 'origin', origin: '' });
  });

  it('list accepts page_num and page_number, and filters by name', async () => {
    const h = setup();
    const runner = await vmUuid(h, 'build-runner-01');
    const all = await h.call<VsdSnapshotList>('GET', `${P}/list`, { query: { ...runner, page_num: 0, page_size: 0, filter_name: '' } });
    expect(all.json.data.total_count).toBe(7);
    const page = await h.call<VsdSnapshotList>('GET', `${P}/list`, { query: { ...runner, page_number: 1, page_size: 3, filter_name: '' } });
    expect(page.json.data.list.map((s) => s.name)).toEqual(['gcc-13-cache-warm', 'clang-18', 'rust-1.82']);
    expect(page.json.data.total_count).toBe(7);
    const filtered = await h.call<VsdSnapshotList>('GET', `${P}/list`, { query: { ...runner, filter_name: 'RUST' } });
    expect(filtered.json.data.list.map((s) => s.name)).toEqual(['rust-1.82', 'rust-nightly']);
    expect(filtered.json.data.list[0]).toHaveProperty('screenshot_url_ssl', '');
    expect((await getSnap(h, runner, 'rust-1.82')).json.data).not.toHaveProperty('screenshot_url_ssl');
  });
});

describe('refusals', () => {
  it('parameters: missing, wrong type, malformed JSON, unknown ids', async () => {
    const h = setup();
    expect((await h.call('GET', `${P}/tree`, { query: { cluster_uuid: SEED.cluster } })).json).toMatchObject({ scode: 10002, desc: 'compute_uuid' });
    expect((await h.call('GET', `${P}/list`, { query: { ...SCOPE, page_size: 'ten' } })).json.scode).toBe(10003);
    expect((await h.call('POST', `${P}/create`, { body: { ...IDENT, name: 42 } })).json.scode).toBe(10003);
    expect((await h.call('POST', `${P}/create`, { body: { ...IDENT, name: 'x', domain_memory: 'yes' } })).json.scode).toBe(10003);
    expect((await h.call('POST', `${P}/create`, { rawBody: '{"cluster_uuid": ' })).json.scode).toBe(10001);
    expect((await h.call('POST', `${P}/create`, { rawBody: '[1,2]' })).json.scode).toBe(10003);
    expect((await h.call('POST', `${P}/create`, { body: { ...IDENT } })).json).toMatchObject({ scode: 10002, desc: 'name' });
    expect((await h.call('GET', `${P}/tree`, { query: { ...SCOPE, cluster_uuid: 'nope' } })).json.scode).toBe(20101);
    expect((await h.call('GET', `${P}/tree`, { query: { ...SCOPE, tenant: 'nope' } })).json.scode).toBe(20102);
    expect((await h.call('GET', `${P}/tree`, { query: { ...SCOPE, compute_uuid: 'nope' } })).json.scode).toBe(20201);
    expect((await h.call('GET', `${P}/tree`, { query: { ...SCOPE, tenant: SEED.tenantB } })).json.scode).toBe(20201);
    expect((await getSnap(h, SCOPE, 'nope')).json.scode).toBe(23001);
  });

  it('every error carries both messages, a desc and a stack', async () => {
    const res = await getSnap(setup(), SCOPE, 'nope');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ scode: 23001, message: 'vsd snapshot not exist', message_cn: '虚拟机快照不存在', desc: expect.stringContaining('nope') });
    expect(res.json.stack?.[0]).toMatch(/^host:[\d.]+,pid:\d+,module:center,code:23001,filename:\S+\.go,func:\w+,line:\d+$/);
  });

  it('unknown paths get a 404 with an Output body', async () => {
    const res = await setup().call('GET', '/v1/compute/vsd/snapshot/nope');
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ scode: 10004, desc: 'GET /v1/compute/vsd/snapshot/nope' });
  });

  it('duplicate names, branches, disk types, memory space', async () => {
    const h = setup();
    expect((await h.call('POST', `${P}/create`, { body: { ...IDENT, name: 'origin' } })).json.scode).toBe(23002);
    const runner = await vmUuid(h, 'build-runner-01');
    expect((await h.call('POST', `${P}/delete`, { body: { ...runner, name: 'toolchain-ready' } })).json).toMatchObject({ scode: 23003, desc: expect.stringContaining('gcc-13, clang-18, rust-1.82') });
    const erp = await vmUuid(h, 'legacy-erp-oracle');
    expect((await h.call('POST', `${P}/create`, { body: { ...erp, name: 'x' } })).json.scode).toBe(23006);
    const gitlab = await vmUuid(h, '研发-gitlab');
    expect((await h.call('POST', `${P}/create`, { body: { ...gitlab, name: 'x', domain_memory: true } })).json.scode).toBe(23007);
    expect((await h.call('POST', `${P}/create`, { body: { ...IDENT, name: 'x', domain_memory: true } })).json.scode).toBe(23008);
    const finance = await vmUuid(h, '财务数据库');
    expect((await h.call('POST', `${P}/rollback`, { body: { ...finance, name: 'nightly-001' } })).json.scode).toBe(23009);
    const worker = await vmUuid(h, '数据同步-worker');
    expect((await h.call('POST', `${P}/create`, { body: { ...worker, name: 'x' } })).json.scode).toBe(20203);
  });

  it('deleting a chain link re-parents its child and keeps head', async () => {
    const h = setup();
    const finance = await vmUuid(h, '财务数据库');
    expect((await h.call('POST', `${P}/delete`, { body: { ...finance, name: 'nightly-010' } })).json.scode).toBe(0);
    const t = await tree(h, finance);
    expect(t.Parents['nightly-011']).toBe('nightly-009');
    expect(t.Parents.head).toBe('升级前-内存快照');
    expect(Object.keys(t.Parents)).toHaveLength(33);
  });
});

describe('memory snapshots', () => {
  it('save in the background, then roll back to a running VM', async () => {
    const h = setup({ timeScale: 0.1 });
    const finance = await vmUuid(h, '财务数据库');
    expect((await h.call('POST', `${P}/create`, { body: { ...finance, name: 'mem-1', domain_memory: true } })).json.scode).toBe(0);
    // 32 GiB: 78 s realistic, 7.8 s at this scale.
    h.clock.advance(3900);
    expect((await getSnap(h, finance, 'mem-1')).json.data.attr).toMatchObject({ memory_state: 'saving', progress: '50' });
    expect((await h.call('POST', `${P}/rollback`, { body: { ...finance, name: 'mem-1', domain_memory: true } })).json.scode).toBe(23004);
    expect((await h.call('POST', `${P}/create`, { body: { ...finance, name: 'mem-2' } })).json.scode).toBe(23012);
    h.clock.advance(3900);
    expect((await getSnap(h, finance, 'mem-1')).json.data.attr).toMatchObject({ memory_state: 'ready', progress: '100' });
    expect((await h.call('POST', '/v1/compute/shutoff', { body: finance })).json.scode).toBe(0);
    expect((await h.call('POST', `${P}/rollback`, { body: { ...finance, name: 'mem-1', domain_memory: true } })).json.scode).toBe(0);
    const vm = await h.call<VsdComputeInspect>('GET', '/v1/compute/inspect', { query: finance });
    expect(vm.json.data.state).toBe('running');
  });

  it('jobFailsHalfway: the next memory save fails at 50 % and the snapshot stays unusable', async () => {
    const h = setup({ timeScale: 0.1 });
    const finance = await vmUuid(h, '财务数据库');
    h.faults.setFlags('vsd', { jobFailsHalfway: true });
    expect((await h.call('POST', `${P}/create`, { body: { ...finance, name: 'mem-bad', domain_memory: true } })).json.scode).toBe(0);
    expect(h.faults.flags('vsd').jobFailsHalfway).toBe(false);
    h.clock.advance(3000);
    expect((await getSnap(h, finance, 'mem-bad')).json.data.attr?.memory_state).toBe('saving');
    h.clock.advance(1000);
    const attr = (await getSnap(h, finance, 'mem-bad')).json.data.attr;
    expect(attr).toMatchObject({ memory_state: 'failed', progress: '50' });
    expect((await h.call('POST', `${P}/rollback`, { body: { ...finance, name: 'mem-bad', domain_memory: true } })).json.scode).toBe(23005);
    expect((await h.call('POST', `${P}/delete`, { body: { ...finance, name: 'mem-bad' } })).json.scode).toBe(0);
  });

  it('the seeded saving snapshot finishes after 10 scaled minutes', async () => {
    const h = setup({ timeScale: 0.01 });
    const support = await vmUuid(h, '客服系统-app');
    expect((await getSnap(h, support, '内存快照-进行中')).json.data.attr?.memory_state).toBe('saving');
    expect((await getSnap(h, support, '内存快照-失败')).json.data.attr?.memory_state).toBe('failed');
    h.clock.advance(6000);
    expect((await getSnap(h, support, '内存快照-进行中')).json.data.attr?.memory_state).toBe('ready');
  });
});

describe('per-volume rollback', () => {
  const item: VsdDiskSnapshotInfo = { VolumeUuid: SEED.volume, SnapshotUuid: SEED.diskSnapshot, DiskDrive: 'sda' };
  const path = '/v1/compute/volume/snapshot/rollback';

  it('reports each disk in a BatchOutput', async () => {
    const h = setup();
    const res = await h.call<VsdBatchOutput<VsdDiskSnapshotInfo>>('POST', path, { body: { ...IDENT, disk_snapshot_list: [item, { ...item, SnapshotUuid: 'nope' }, { VolumeUuid: SEED.volume }] } });
    expect(res.json.scode).toBe(0);
    expect(res.json.data).toMatchObject({ success: 1, fail: 2 });
    expect(res.json.data.results.map((r) => r.scode)).toEqual([0, 23011, 10002]);
    expect(res.json.data.results[0]?.data).toEqual(item);
  });

  it('needs the VM shut off and a non-empty list', async () => {
    const h = setup();
    const finance = await vmUuid(h, '财务数据库');
    expect((await h.call('POST', path, { body: { ...finance, disk_snapshot_list: [item] } })).json.scode).toBe(23009);
    expect((await h.call('POST', path, { body: { ...IDENT, disk_snapshot_list: [] } })).json.scode).toBe(10002);
    expect((await h.call('POST', path, { body: { ...IDENT, disk_snapshot_list: 'sda' } })).json.scode).toBe(10003);
  });
});
