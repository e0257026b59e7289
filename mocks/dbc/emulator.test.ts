// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nodeBody as body, type Msg, setupDbc } from './testkit';
import { DBC_NODES } from './seed';

const A = DBC_NODES.main;
const CREATE = { ssh_port: '5684', rdp_port: '5685', vnc_port: '5904', image_name: 'ubuntu.qcow2', operation_system: '', bios_mode: '', gpu_count: '2', cpu_cores: '8', mem_size: '8', disk_size: '10' };

describe('state', () => {
  it('snapshot/restore round-trips through JSON, and refuses garbage', async () => {
    const t = setupDbc();
    await t.post('/api/v1/tasks/start', body(A, CREATE));
    const saved = JSON.parse(JSON.stringify(t.emulator.snapshot())) as unknown;
    t.emulator.reset('demo');
    expect(((await t.post('/api/v1/tasks', body(A))).json.message as Msg[]).length).toBe(6);
    expect(t.emulator.restore(saved)).toBe(true);
    expect(((await t.post('/api/v1/tasks', body(A))).json.message as Msg[]).length).toBe(7);
    expect(t.emulator.restore({ version: 1, state: { nodes: 'x' } })).toBe(false);
    expect(t.emulator.restore(null)).toBe(false);
  });
  it('seeds deterministically, and the large dataset has 500 rented nodes', async () => {
    const a = setupDbc();
    const b = setupDbc();
    expect(JSON.stringify(a.emulator.snapshot())).toBe(JSON.stringify(b.emulator.snapshot()));
    a.emulator.reset('large');
    b.emulator.reset('large');
    expect(JSON.stringify(a.emulator.snapshot())).toBe(JSON.stringify(b.emulator.snapshot()));
    const nodes = ((await a.post('/api/v1/mining_nodes', { peer_nodes_list: [], additional: {} })).json.message as { mining_nodes: Msg[] }).mining_nodes;
    expect(nodes).toHaveLength(500);
    const last = String(nodes[499]!.node_id);
    expect(((await a.post('/api/v1/tasks', body(last))).json.message as Msg[]).length).toBeGreaterThan(0);
  });
});
