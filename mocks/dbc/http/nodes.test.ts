// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nodeBody as body, type Msg, setupDbc } from '../testkit';
import { DBC_DEMO_RENTER, DBC_NODES, demoWalletAuth } from '../seed';

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
});
