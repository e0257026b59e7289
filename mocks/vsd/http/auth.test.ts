// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { VsdApiKeyList, VsdLoginData } from '../../../src/api/vsd/types';
import { md5Hex, SEED } from '../seed';
import { setup, type Harness } from '../testkit';

const LOGIN = { User: SEED.user, Tenant: SEED.tenant, Password: md5Hex(SEED.password) };
const LIST_Q = { cluster_uuid: SEED.cluster, page_number: 0, page_size: 1 };

async function login(h: Harness, body: object = LOGIN) {
  return h.call<VsdLoginData>('POST', '/v1/authentication/login', { body });
}

describe('login', () => {
  it('returns the token and the cluster members', async () => {
    const res = await login(setup());
    expect(res.status).toBe(200);
    expect(res.json.scode).toBe(0);
    expect(res.json.data).toMatchObject({ Role: 'admin', user_name: 'admin', enable_ldap: false, Tenant: SEED.tenant, default_cluster_uuid: SEED.cluster, system_member_list: { Leader: '10.30.33.25' } });
    expect(res.json.data.Token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts the tenant name', async () => {
    expect((await login(setup(), { ...LOGIN, Tenant: 'default' })).json.scode).toBe(0);
  });

  it('refuses a wrong password, a plain-text password and an unknown tenant with their own scodes', async () => {
    const h = setup();
    expect((await login(h, { ...LOGIN, Password: md5Hex('wrong') })).json).toMatchObject({ scode: 10101, message_cn: '用户名或密码错误' });
    expect((await login(h, { ...LOGIN, Password: 'vsd-demo' })).json.scode).toBe(10003);
    expect((await login(h, { ...LOGIN, Tenant: 'nope' })).json.scode).toBe(20102);
    expect((await login(h, { User: 'admin' })).json.scode).toBe(10002);
    expect((await h.call('POST', '/v1/authentication/login', { rawBody: '{"User":' })).json.scode).toBe(10001);
  });
});

describe('api keys', () => {
  it('lists the seeded key with the Bearer token and creates more', async () => {
    const h = setup();
    const token = (await login(h)).json.data.Token;
    const auth = { Authorization: `Bearer ${token}` };
    const list = await h.call<VsdApiKeyList>('GET', '/v1/apikey/list', { headers: auth });
    expect(list.json.data).toEqual({ list: [{ uuid: SEED.apiKey }], total_count: 1 });
    const created = await h.call<{ uuid: string }>('POST', '/v1/apikey/create', { headers: auth, body: {} });
    expect(created.json.data.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect((await h.call<VsdApiKeyList>('GET', '/v1/apikey/list', { headers: auth })).json.data.total_count).toBe(2);
    expect((await h.call('GET', '/v1/compute/list', { query: LIST_Q, headers: { ApiKey: created.json.data.uuid } })).json.scode).toBe(0);
  });

  it('a user without keys gets an empty list', async () => {
    const h = setup();
    const token = (await login(h, { ...LOGIN, User: 'ops', Tenant: SEED.tenantB })).json.data.Token;
    expect((await h.call<VsdApiKeyList>('GET', '/v1/apikey/list', { headers: { Authorization: `Bearer ${token}` } })).json.data).toEqual({ list: [], total_count: 0 });
  });

  it('needs a valid token', async () => {
    const h = setup();
    expect((await h.call('GET', '/v1/apikey/list')).json.scode).toBe(10104);
    expect((await h.call('GET', '/v1/apikey/list', { headers: { Authorization: 'Bearer nope' } })).json.scode).toBe(10102);
  });
});

describe('ApiKey on the platform calls', () => {
  it('is optional by default, required in strict mode', async () => {
    const h = setup();
    expect((await h.call('GET', '/v1/compute/list', { query: LIST_Q })).json.scode).toBe(0);
    h.settings.strictAuth = true;
    expect((await h.call('GET', '/v1/compute/list', { query: LIST_Q })).json).toMatchObject({ scode: 10104, message_cn: '未认证，请先登录' });
    expect((await h.call('GET', '/v1/compute/list', { query: LIST_Q, headers: { ApiKey: SEED.apiKey } })).json.scode).toBe(0);
  });

  it('an unknown key is refused even when not strict', async () => {
    expect((await setup().call('GET', '/v1/compute/list', { query: LIST_Q, headers: { ApiKey: 'nope' } })).json.scode).toBe(10103);
  });

  it('sessionExpired rejects the current key and token; new credentials work', async () => {
    const h = setup();
    const token = (await login(h)).json.data.Token;
    h.faults.setFlags('vsd', { sessionExpired: true });
    expect((await h.call('GET', '/v1/compute/list', { query: LIST_Q, headers: { ApiKey: SEED.apiKey } })).json).toMatchObject({ scode: 10103, desc: expect.stringContaining('expired') });
    expect((await h.call('GET', '/v1/apikey/list', { headers: { Authorization: `Bearer ${token}` } })).json.scode).toBe(10102);
    const fresh = (await login(h)).json.data.Token;
    const key = await h.call<{ uuid: string }>('POST', '/v1/apikey/create', { headers: { Authorization: `Bearer ${fresh}` } });
    expect(key.json.scode).toBe(0);
    expect((await h.call('GET', '/v1/compute/list', { query: LIST_Q, headers: { ApiKey: key.json.data.uuid } })).json.scode).toBe(0);
    h.faults.setFlags('vsd', { sessionExpired: false });
    expect((await h.call('GET', '/v1/compute/list', { query: LIST_Q, headers: { ApiKey: SEED.apiKey } })).json.scode).toBe(0);
  });

  it('a tenant user sees only its own tenant', async () => {
    const h = setup();
    const token = (await login(h, { ...LOGIN, User: 'ops', Tenant: SEED.tenantB })).json.data.Token;
    const headers = { Authorization: `Bearer ${token}` };
    const list = await h.call<{ domains: Array<{ tenant: string }> }>('GET', '/v1/compute/list', { headers });
    expect(list.json.data.domains.length).toBeGreaterThan(0);
    expect(list.json.data.domains.every((vm) => vm.tenant === SEED.tenantB)).toBe(true);
    const other = await h.call('GET', '/v1/compute/vsd/snapshot/tree', { headers, query: { cluster_uuid: SEED.cluster, compute_uuid: SEED.compute } });
    expect(other.json.scode).toBe(10105);
  });
});
