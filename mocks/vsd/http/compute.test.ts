// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { VsdBatchComputeItem, VsdBatchOutput, VsdComputeInspect, VsdComputeList } from '../../../src/api/vsd/types';
import { VSD_POWER_STATES } from '../../../src/api/vsd/types';
import { SEED } from '../seed';
import { setup, type Harness } from '../testkit';

async function find(h: Harness, name: string) {
  const list = await h.call<VsdComputeList>('GET', '/v1/compute/list', { query: { filter_name: name } });
  const vm = list.json.data.domains.find((d) => d.name === name);
  if (!vm) throw new Error(`no VM ${name}`);
  return { cluster_uuid: String(vm.cluster_uuid), tenant: String(vm.tenant), compute_uuid: vm.uuid, compute_name: vm.name };
}
const inspect = async (h: Harness, ident: object) => (await h.call<VsdComputeInspect>('GET', '/v1/compute/inspect', { query: { ...ident } })).json;

describe('VM list', () => {
  it('lists every power state with the documented fields', async () => {
    const res = await setup().call<VsdComputeList>('GET', '/v1/compute/list');
    expect(res.json.data.total_count).toBe(14);
    expect(new Set(res.json.data.domains.map((d) => d.state))).toEqual(new Set(VSD_POWER_STATES));
    expect(res.json.data.domains[0]).toMatchObject({ uuid: SEED.compute, name: 'test-templ', type: 'GUS', tenant_name: 'default', cluster_name: 'hci-bj-01', ga_state: 'disconnected', action: 'noaction' });
    expect(res.json.data.domains[0]).toHaveProperty('statistic.cpu.logical', 2);
    expect(res.json.data.domains[0]).toHaveProperty('interface');
  });

  it('filters by cluster and tenant and pages from 0', async () => {
    const h = setup();
    const b = await h.call<VsdComputeList>('GET', '/v1/compute/list', { query: { cluster_uuid: SEED.clusterB } });
    expect(b.json.data.total_count).toBe(3);
    const t = await h.call<VsdComputeList>('GET', '/v1/compute/list', { query: { tenant: SEED.tenant, page_num: 1, page_size: 5 } });
    expect(t.json.data.total_count).toBe(11);
    expect(t.json.data.domains).toHaveLength(5);
    expect(t.json.data.domains[0]?.name).toBe('测试环境-win10');
    expect((await h.call('GET', '/v1/compute/list', { query: { cluster_uuid: 'nope' } })).json.scode).toBe(20101);
    expect((await h.call('GET', '/v1/compute/list', { query: { page_size: 'x' } })).json.scode).toBe(10003);
  });

  it('inspects one VM with its disks', async () => {
    const res = await inspect(setup(), { cluster_uuid: SEED.cluster, tenant: SEED.tenant, compute_uuid: SEED.compute });
    expect(res.data).toMatchObject({ uuid: SEED.compute, cluster_uuid: SEED.cluster, cluster_name: 'hci-bj-01', cpu_current: '2', mem_size: 4 * 1024 ** 3 });
    expect(res.data.disks[0]).toMatchObject({ disk_target_device: 'sda', disk_vsd_source: { volume_uuid: SEED.volume } });
  });
});

describe('power', () => {
  it('start, shutoff and reset are synchronous; the agent connects later', async () => {
    const h = setup({ timeScale: 0.01 });
    const vm = await find(h, 'test-templ');
    expect((await h.call('POST', '/v1/compute/start', { body: { ...vm, owner: '', vm_type: 'GUS', cloud_init: true } })).json).toMatchObject({ scode: 0, data: {} });
    expect((await inspect(h, vm)).data).toMatchObject({ state: 'running', ga_state: 'pending' });
    h.clock.advance(450);
    expect((await inspect(h, vm)).data.ga_state).toBe('connected');
    expect((await h.call('POST', '/v1/compute/reset', { body: vm })).json.scode).toBe(0);
    expect((await h.call('POST', '/v1/compute/start', { body: vm })).json.scode).toBe(20202);
    expect((await h.call('POST', '/v1/compute/shutoff', { body: vm })).json.scode).toBe(0);
    expect((await inspect(h, vm)).data).toMatchObject({ state: 'shutoff', ga_state: 'disconnected' });
  });

  it('resume a paused VM, restore a hibernated one, refuse a busy one', async () => {
    const h = setup();
    const web = await find(h, 'web-frontend-02');
    expect((await h.call('POST', '/v1/compute/restore', { body: web })).json.scode).toBe(20202);
    expect((await h.call('POST', '/v1/compute/resume', { body: web })).json.scode).toBe(0);
    const win = await find(h, '测试环境-win10');
    expect((await h.call('POST', '/v1/compute/restore', { body: win })).json.scode).toBe(0);
    expect((await inspect(h, win)).data).toMatchObject({ state: 'running', action: 'noaction' });
    const worker = await find(h, '数据同步-worker');
    expect((await h.call('POST', '/v1/compute/shutoff', { body: worker })).json.scode).toBe(20203);
    const spark = await find(h, '大数据-spark-master');
    expect((await h.call('POST', '/v1/compute/start', { body: spark })).json).toMatchObject({ scode: 20926, message: 'host do not satisfy cpu bloat limitation' });
  });

  it('batch_shutoff answers per VM in a BatchOutput', async () => {
    const h = setup();
    const finance = await find(h, '财务数据库');
    const templ = await find(h, 'test-templ');
    const res = await h.call<VsdBatchOutput<VsdBatchComputeItem>>('POST', '/v1/compute/batch_shutoff', { body: { vms: [{ ...finance, owner: '' }, templ, { ...templ, compute_uuid: 'nope' }], vm_type: 'GUS', cluster_uuid: SEED.cluster } });
    expect(res.json.scode).toBe(0);
    expect(res.json.data).toMatchObject({ success: 1, fail: 2 });
    expect(res.json.data.results.map((r) => r.scode)).toEqual([0, 20202, 20201]);
    expect(res.json.data.results[0]?.data).toEqual({ cluster_uuid: SEED.cluster, cluster_name: 'hci-bj-01', tenant: SEED.tenant, compute_uuid: finance.compute_uuid, compute_name: '财务数据库', owner: '', vdc_agent: '', vdc_agent_list: null, desktop_pool_uuid: '' });
    expect((await h.call('POST', '/v1/compute/batch_shutoff', { body: {} })).json.scode).toBe(10002);
  });
});
