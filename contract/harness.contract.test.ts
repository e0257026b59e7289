import { describe, expect, it } from 'vitest';
import { contractTarget } from './harness';

const target = contractTarget('dbc');

describe('contract harness (any target)', () => {
  it('reaches the DBC mining-node list with the DBC envelope', async () => {
    const res = await target.request<{ errcode: number; message: { mining_nodes: unknown[] } }>('POST', '/api/v1/mining_nodes', {
      body: { peer_nodes_list: [], additional: {} },
    });
    expect(res.status).toBe(200);
    expect(res.json.errcode).toBe(0);
    expect(Array.isArray(res.json.message.mining_nodes)).toBe(true);
  });

  it.runIf(target.emulated)('injects a fault through the control API', async () => {
    await target.control.addFault({ route: '/api/v1/mining_nodes', error: { code: '-1', message: 'list task timeout', status: 500 }, times: 1 });
    const res = await target.request<{ errcode: number; message: string }>('POST', '/api/v1/mining_nodes', { body: { peer_nodes_list: [], additional: {} } });
    expect(res.status).toBe(500);
    expect(res.json).toEqual({ errcode: -1, message: 'list task timeout' });
  });
});
