// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Idc51ErrorBody, Idc51Token } from '../../../src/api/idc51/types';
import { createRig, DEMO_BASIC } from '../testkit';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

async function token(rig: ReturnType<typeof createRig>): Promise<string> {
  const res = await rig.call<Idc51Token>('POST', '/v2/oauth2/token', { rawBody: 'grant_type=client_credentials', headers: { ...FORM, Authorization: DEMO_BASIC } });
  return res.json.access_token;
}

describe('POST /v2/oauth2/token', () => {
  it('issues a bearer token for the demo client credentials', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51Token>('POST', '/v2/oauth2/token', { rawBody: 'grant_type=client_credentials', headers: { ...FORM, Authorization: DEMO_BASIC } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ token_type: 'Bearer', expires_in: 7200 });
    expect(res.json.access_token).toMatch(/^[0-9a-f]{40}$/);
  });
  it('also takes the credentials in the form body', async () => {
    const rig = createRig();
    const res = await rig.call('POST', '/v2/oauth2/token', { rawBody: 'grant_type=client_credentials&client_id=demo-access-id&client_secret=demo-secret-key', headers: FORM });
    expect(res.status).toBe(200);
  });
  it('refuses a wrong secret with 401 and the 51idc error body', async () => {
    const rig = createRig();
    const res = await rig.call<Idc51ErrorBody>('POST', '/v2/oauth2/token', { rawBody: 'grant_type=client_credentials', headers: { ...FORM, Authorization: `Basic ${btoa('demo-access-id:nope')}` } });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ code: '1200' });
    expect(typeof res.json.message).toBe('string');
    expect(typeof res.json.detail).toBe('string');
  });
  it('refuses missing credentials (401) and a missing or unsupported grant type (400)', async () => {
    const rig = createRig();
    expect((await rig.call('POST', '/v2/oauth2/token', { rawBody: 'grant_type=client_credentials', headers: FORM })).status).toBe(401);
    expect((await rig.call('POST', '/v2/oauth2/token', { rawBody: '', headers: { ...FORM, Authorization: DEMO_BASIC } })).json).toMatchObject({ code: '1100' });
    const password = await rig.call('POST', '/v2/oauth2/token', { rawBody: 'grant_type=password', headers: { ...FORM, Authorization: DEMO_BASIC } });
    expect(password.status).toBe(400);
  });
});

describe('bearer auth on the API', () => {
  it('accepts requests without Authorization unless strict auth is on', async () => {
    const rig = createRig();
    expect((await rig.call('GET', '/v2/zone/ac1/volume_snapshots')).status).toBe(200);
    rig.settings.strict = true;
    const res = await rig.call<Idc51ErrorBody>('GET', '/v2/zone/ac1/volume_snapshots');
    expect(res.status).toBe(401);
    expect(res.json.code).toBe('1200');
    const ok = await rig.call('GET', '/v2/zone/ac1/volume_snapshots', { headers: { Authorization: `Bearer ${await token(rig)}` } });
    expect(ok.status).toBe(200);
  });
  it('always checks a token that is sent', async () => {
    const rig = createRig();
    expect((await rig.call('GET', '/v2/zone/ac1/volume_snapshots', { headers: { Authorization: 'Bearer forged' } })).status).toBe(401);
    expect((await rig.call('GET', '/v2/zone/ac1/volume_snapshots', { headers: { Authorization: 'Token x' } })).status).toBe(401);
  });
  it('expires tokens after expires_in seconds', async () => {
    const rig = createRig();
    const headers = { Authorization: `Bearer ${await token(rig)}` };
    rig.clock.advance(7199_000);
    expect((await rig.call('GET', '/v2/zone/ac1/volume_snapshots', { headers })).status).toBe(200);
    rig.clock.advance(1000);
    const res = await rig.call<Idc51ErrorBody>('GET', '/v2/zone/ac1/volume_snapshots', { headers });
    expect(res.status).toBe(401);
    expect(res.json.code).toBe('2000');
  });
  it('revokes current tokens when the sessionExpired flag is set; a new token works', async () => {
    const rig = createRig();
    const old = { Authorization: `Bearer ${await token(rig)}` };
    rig.faults.setFlags('idc51', { sessionExpired: true });
    const res = await rig.call<Idc51ErrorBody>('GET', '/v2/zone/ac1/volume_snapshots', { headers: old });
    expect(res.status).toBe(401);
    expect(res.json.code).toBe('2000');
    expect((await rig.call('GET', '/v2/zone/ac1/volume_snapshots', { headers: old })).status).toBe(401);
    const fresh = { Authorization: `Bearer ${await token(rig)}` };
    expect((await rig.call('GET', '/v2/zone/ac1/volume_snapshots', { headers: fresh })).status).toBe(200);
  });
});
