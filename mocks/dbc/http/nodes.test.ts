// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nodeBody as body, type Msg, setupDbc } from '../testkit';
import { DBC_DEMO_RENTER, DBC_NODES, demoWalletAuth, signDemo } from '../seed';

const A = DBC_NODES.main;

describe('mining nodes and sessions', () => {
  it('lists nodes and shows one node with derived GPU usage', async () => {
    const t = setupDbc();
    const list = (await t.post('/api/v1/mining_nodes', { peer_nodes_list: [], additional: {} })).json.message as { mining_nodes: Msg[] };
    expect(list.mining_nodes.map((n) => n.node_id)).toContain(A);
    const info = (await t.post('/api/v1/mining_nodes', body(A, {}, {}))).json.message as Msg;
    expect(info).toMatchObject({ node_type: '0', ip: '*.62.*.21', gpu: { gpu_count: '8', gpu_used: '5' }, disk_system: { type: 'SSD', size: '350G' } });
    expect(Array.isArray(info.disk_data)).toBe(true);
  });
  it('hands out the session for a wallet signature, never for a session', async () => {
    const t = setupDbc();
    const ok = await t.post('/api/v1/mining_nodes/session_id', body(A, {}, demoWalletAuth()));
    expect(ok.json).toEqual({ errcode: 0, message: { session_id: DBC_DEMO_RENTER.sessionId } });
    expect((await t.post('/api/v1/mining_nodes/session_id', body(A))).json).toEqual({ errcode: -3, message: 'check authority failed' });
    const other = await t.post('/api/v1/mining_nodes/session_id', body(DBC_NODES.otherRenter, {}, demoWalletAuth('other')));
    expect(typeof (other.json.message as Msg).session_id).toBe('string');
  });
  it('while the session is marked expired, signing in again hands out a new session that works, and stays valid once the flag is off', async () => {
    const t = setupDbc();
    const old = { session_id: DBC_DEMO_RENTER.sessionId, session_id_sign: signDemo(DBC_DEMO_RENTER.sessionId) };
    t.faults.setFlags('dbc', { sessionExpired: true });
    expect((await t.post('/api/v1/tasks', body(A, {}, old))).json.message).toBe('check authority failed: session_id is invalid');
    const renewed = ((await t.post('/api/v1/mining_nodes/session_id', body(A, {}, demoWalletAuth()))).json.message as Msg).session_id as string;
    expect(renewed).not.toBe(DBC_DEMO_RENTER.sessionId);
    const renewedAuth = { session_id: renewed, session_id_sign: signDemo(renewed) };
    expect((await t.post('/api/v1/tasks', body(A, {}, renewedAuth))).json.errcode).toBe(0);
    // The renter's other node held the same expired session: it takes the renewed one too; the other renter's node does not.
    expect((await t.post('/api/v1/tasks', body(DBC_NODES.snapshots, {}, renewedAuth))).json.errcode).toBe(0);
    expect((await t.post('/api/v1/tasks', body(DBC_NODES.otherRenter, {}, renewedAuth))).json.message).toBe('check authority failed: session_id is invalid');
    expect((await t.post('/api/v1/tasks', body(A, {}, old))).json.message).toBe('check authority failed: session_id is invalid');
    // A second sign-in reuses the renewed session, as the node does.
    expect(((await t.post('/api/v1/mining_nodes/session_id', body(A, {}, demoWalletAuth()))).json.message as Msg).session_id).toBe(renewed);
    t.faults.setFlags('dbc', { sessionExpired: false });
    expect((await t.post('/api/v1/tasks', body(A, {}, { session_id: renewed, session_id_sign: signDemo(renewed) }))).json.errcode).toBe(0);
  });
});
