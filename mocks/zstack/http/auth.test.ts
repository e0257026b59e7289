// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD_SHA512 } from '../lib/constants';
import { SEED_IDS } from '../seed';
import { createHarness } from '../testkit';

const VMS = '/zstack/v1/vm-instances';

describe('ZStack auth', () => {
  it('logs in with the SHA-512 hex and returns a SessionInventory', async () => {
    const h = createHarness();
    const res = await h.call('PUT', '/zstack/v1/accounts/login', { body: { logInByAccount: { accountName: 'admin', password: DEMO_PASSWORD_SHA512 } } });
    expect(res.status).toBe(200);
    const inventory = res.json.inventory as Record<string, string>;
    expect(inventory.uuid).toMatch(/^[0-9a-f]{32}$/);
    expect(inventory).toMatchObject({ accountUuid: SEED_IDS.adminAccount, userUuid: SEED_IDS.adminAccount, userType: 'AccountVO' });
    expect(inventory.expiredDate).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} [AP]M$/);
    expect(inventory).not.toHaveProperty('lastOpDate');
  });

  it('refuses wrong credentials with 503 ID.1000 and a missing field with SYS.1007', async () => {
    const h = createHarness();
    const wrong = await h.call('PUT', '/zstack/v1/accounts/login', { body: { logInByAccount: { accountName: 'admin', password: 'password' } } });
    expect(wrong.status).toBe(503);
    expect(wrong.json.error).toMatchObject({ code: 'ID.1000', details: 'wrong account name or password' });
    const missing = await h.call('PUT', '/zstack/v1/accounts/login', { body: { logIn: { accountName: 'admin', password: DEMO_PASSWORD_SHA512 } } });
    expect(missing.status).toBe(503);
    expect(missing.json.error?.code).toBe('SYS.1007');
  });

  it('answers the REST layer refusals in plain text', async () => {
    const h = createHarness();
    const none = await h.call('GET', VMS);
    expect(none).toMatchObject({ status: 400, text: "missing header 'Authorization'" });
    const basic = await h.call('GET', VMS, { headers: { Authorization: 'Basic YWRtaW46cGFzc3dvcmQ=' } });
    expect(basic).toMatchObject({ status: 400, text: "Authorization type must be 'OAuth'" });
  });

  it('refuses an unknown session: GET at once, async APIs through the poll', async () => {
    const h = createHarness();
    const bogus = 'ffffffffffffffffffffffffffffffff';
    const get = await h.call('GET', VMS, { session: bogus });
    expect(get.status).toBe(503);
    expect(get.json.error?.code).toBe('ID.1001');
    const put = await h.call('PUT', `/zstack/v1/vm-instances/${SEED_IDS.stoppedVm}/actions`, { session: bogus, body: { startVmInstance: {} } });
    expect(put.status).toBe(202);
    const poll = await h.call('GET', h.jobPath(put));
    expect(poll.status).toBe(503);
    expect(poll.json.error?.code).toBe('ID.1001');
  });

  it('slides the expiry on every authorised call and expires idle sessions', async () => {
    const h = createHarness({ sessionTimeoutS: 60 });
    const session = await h.login();
    h.clock.advance(50_000);
    expect((await h.call('GET', `${VMS}?limit=1`, { session })).status).toBe(200);
    h.clock.advance(50_000);
    expect((await h.call('GET', `${VMS}?limit=1`, { session })).status).toBe(200);
    h.clock.advance(61_000);
    const expired = await h.call('GET', `${VMS}?limit=1`, { session });
    expect(expired.status).toBe(503);
    expect(expired.json.error).toMatchObject({ code: 'ID.1001', details: 'Session expired' });
  });

  it('expires the current sessions when the sessionExpired flag goes on; a new login works', async () => {
    const h = createHarness();
    const session = await h.login();
    h.faults.setFlags('zstack', { sessionExpired: true });
    expect((await h.call('GET', VMS, { session })).json.error?.code).toBe('ID.1001');
    const fresh = await h.login();
    expect((await h.call('GET', `${VMS}?limit=1`, { session: fresh })).status).toBe(200);
  });

  it('validates and logs out sessions', async () => {
    const h = createHarness();
    const session = await h.login();
    expect((await h.call('GET', `/zstack/v1/accounts/sessions/${session}/valid`)).json).toEqual({ validSession: true });
    const out = await h.call('DELETE', `/zstack/v1/accounts/sessions/${session}`);
    expect(out).toMatchObject({ status: 200, text: '' });
    expect((await h.call('GET', `/zstack/v1/accounts/sessions/${session}/valid`)).json).toEqual({ validSession: false });
    expect((await h.call('GET', VMS, { session })).json.error?.code).toBe('ID.1001');
  });

  it('renews a session through an async job', async () => {
    const h = createHarness({ timeScale: 0 });
    const session = await h.login();
    const res = await h.call('PUT', `/zstack/v1/accounts/sessions/${session}/renew`, { session, body: { renewSession: { duration: 86400 } } });
    expect(res.status).toBe(202);
    const poll = await h.call('GET', h.jobPath(res));
    expect(poll.status).toBe(200);
    expect((poll.json.inventory as Record<string, string>).uuid).toBe(session);
  });
});
