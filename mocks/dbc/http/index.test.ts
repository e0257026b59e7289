// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nodeBody as body, setupDbc } from '../testkit';
import { DBC_NODES } from '../seed';

const A = DBC_NODES.main;

describe('transport', () => {
  it('answers with the DBC envelope, CORS header and the client/node status split', async () => {
    const t = setupDbc();
    const list = await t.post('/api/v1/mining_nodes', { peer_nodes_list: [], additional: {} });
    expect(list.status).toBe(200);
    expect(list.headers.get('access-control-allow-origin')).toBe('*');
    expect(list.text.endsWith('\r\n')).toBe(true);
    expect((await t.call('GET', '/api/v1/tasks')).json).toEqual({ errcode: -32600, message: 'only support POST request' });
    const unknown = await t.post('/api/v1/peers_x', {});
    expect([unknown.status, unknown.json]).toEqual([404, { errcode: -32601, message: 'not support uri:/api/v1/peers_x' }]);
    expect((await t.post('/v2/tasks', {})).status).toBe(400);
    const bad = await t.call('POST', '/api/v1/tasks', undefined, '{"peer_nodes_list": [');
    expect(bad.status).toBe(400);
    expect(bad.json.errcode).toBe(-25);
    expect((await t.post('/api/v1/tasks', { peer_nodes_list: [], additional: {} })).json).toEqual({ errcode: -25, message: 'peer_nodeid is empty' });
    expect((await t.post('/api/v1/tasks', body('ab'.repeat(32)))).json).toEqual({ errcode: -32701, message: 'create node request failed' });
    expect((await t.post('/api/v1/tasks', body(A, {}, {}))).json).toEqual({ errcode: -25, message: 'wallet_sign and multisig_wallets all invalid' });
    expect((await t.call('GET', '/api/v1/')).json).toEqual({ errcode: 0, message: { client_version: '0.4.1.7' } });
  });
  it('builds fault envelopes the DBC way', async () => {
    const t = setupDbc();
    const timeout = t.emulator.faultResponse({ code: '-1', message: 'list task timeout' });
    expect([timeout.status, await timeout.json()]).toEqual([500, { errcode: -1, message: 'list task timeout' }]);
    const node = t.emulator.faultResponse({ code: '1', message: 'task not exist' });
    expect(node.status).toBe(200);
  });
});
