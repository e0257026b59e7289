// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Idc51ErrorBody } from '../../../src/api/idc51/types';
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
