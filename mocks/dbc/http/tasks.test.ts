// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { setupDbc } from '../testkit';
import { DBC_DEMO_RENTER, DBC_NODES, DBC_SNAPSHOTS, DBC_TASKS, demoWalletAuth } from '../seed';

const A = DBC_NODES.main;
const B = DBC_NODES.snapshots;
const SESSION = { session_id: DBC_DEMO_RENTER.sessionId, session_id_sign: DBC_DEMO_RENTER.sessionIdSign };
const PLACEHOLDER = { session_id: '租用者分发的session_id', session_id_sign: '租用者分发的session_id_sign' };
const body = (node: string, additional: Record<string, unknown> = {}, auth: Record<string, unknown> = SESSION) => ({ peer_nodes_list: [node], additional, ...auth });
const CREATE = { ssh_port: '5684', rdp_port: '5685', vnc_port: '5904', image_name: 'ubuntu.qcow2', operation_system: '', bios_mode: '', gpu_count: '2', cpu_cores: '8', mem_size: '8', disk_size: '10' };
type Msg = Record<string, unknown>;

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

describe('VM lifecycle', () => {
  it('creates with the seed body, stays creating, then runs (manual clock)', async () => {
    const t = setupDbc();
    const created = await t.post('/api/v1/tasks/start', body(A, CREATE, PLACEHOLDER));
    expect(created.json.errcode).toBe(0);
    const { task_id: id, status } = created.json.message as Msg;
    expect(status).toBe('creating');
    expect(String(id)).toMatch(/^[1-9A-HJ-NP-Za-km-z]{22}$/);
    t.clock.advance(4 * 60_000);
    expect(((await t.post(`/api/v1/tasks/${id}`, body(A))).json.message as Msg).status).toBe('creating');
    expect((await t.post(`/api/v1/tasks/stop/${id}`, body(A))).json).toEqual({ errcode: 1, message: 'task not exist' });
    t.clock.advance(15 * 60_000);
    const detail = (await t.post(`/api/v1/tasks/${id}`, body(A))).json.message as Msg;
    expect(detail).toMatchObject({ status: 'running', ssh_port: '5684', vnc_port: '5904', user_name: 'dbc', cpu_cores: 8, gpu_count: 2, mem_size: '8G', disk_system: '350G', ssh_ip: '183.62.147.21' });
    expect(detail.rdp_port).toBeUndefined();
    // Ports are now held by a running VM.
    expect((await t.post('/api/v1/tasks/start', body(A, { ...CREATE, gpu_count: '0' }))).json).toEqual({ errcode: 1, message: 'port conflict, exist ssh_port = 5684' });
    expect(t.changes()).toBeGreaterThan(0);
  });
  it('fails half way when jobFailsHalfway is set', async () => {
    const t = setupDbc();
    t.faults.setFlags('dbc', { jobFailsHalfway: true });
    const id = ((await t.post('/api/v1/tasks/start', body(A, CREATE))).json.message as Msg).task_id;
    t.clock.advance(20 * 60_000);
    expect(((await t.post(`/api/v1/tasks/${id}`, body(A))).json.message as Msg).status).toBe('create error');
    const logs = (await t.post(`/api/v1/tasks/logs/${id}?flag=tail&line_num=1`, body(A))).json.message as { log_content: string[] };
    expect(logs.log_content[0]).toMatch(/create domain failed/);
    expect(t.faults.flags('dbc').jobFailsHalfway).toBe(false);
  });
  it('runs power actions through their transitional states and refuses wrong states', async () => {
    const t = setupDbc();
    const id = DBC_TASKS.running;
    expect((await t.post(`/api/v1/tasks/start/${id}`, body(A))).json).toEqual({ errcode: 1, message: 'task is running' });
    expect((await t.post(`/api/v1/tasks/shutdown/${id}`, body(A))).json).toEqual({ errcode: 0, message: 'ok' });
    expect(((await t.post(`/api/v1/tasks/${id}`, body(A))).json.message as Msg).status).toBe('being shutdown');
    t.clock.advance(31_000);
    expect(((await t.post(`/api/v1/tasks/${id}`, body(A))).json.message as Msg).status).toBe('closed');
    expect((await t.post(`/api/v1/tasks/poweroff/${id}`, body(A))).json).toEqual({ errcode: 1, message: 'task is shut_off' });
    expect((await t.post(`/api/v1/tasks/passwd/${id}`, body(A, { username: 'dbc', password: 'x' }))).json).toEqual({ errcode: 1, message: 'Only the running task can change the password' });
    expect((await t.post(`/api/v1/tasks/start/${id}`, body(A))).json.errcode).toBe(0);
    t.clock.advance(26_000);
    expect((await t.post(`/api/v1/tasks/restart/${id}?force_reboot=true`, body(A))).json.errcode).toBe(0);
    expect(((await t.post(`/api/v1/tasks/${id}`, body(A))).json.message as Msg).status).toBe('restarting');
    t.clock.advance(21_000);
    expect((await t.post(`/api/v1/tasks/passwd/${id}`, body(A, { username: 'dbc', password: 'N3w-Passw0rd' }))).json.errcode).toBe(0);
    expect(((await t.post(`/api/v1/tasks/${id}`, body(A))).json.message as Msg).login_password).toBe('N3w-Passw0rd');
    expect((await t.post(`/api/v1/tasks/modify/${id}`, body(A, { new_ssh_port: '20122' }))).json.errcode).toBe(0);
    expect((await t.post(`/api/v1/tasks/reset/${id}`, body(A))).json.errcode).toBe(0);
    expect((await t.post(`/api/v1/tasks/delete/${id}`, body(A))).json.errcode).toBe(0);
    t.clock.advance(21_000);
    expect((await t.post(`/api/v1/tasks/${id}`, body(A))).json).toEqual({ errcode: -3, message: 'task_id not exist' });
    expect((await t.post('/api/v1/tasks/frobnicate/x', body(A))).status).toBe(400);
  });
  it('returns logs head/tail and checks the query', async () => {
    const t = setupDbc();
    const head = (await t.post(`/api/v1/tasks/logs/${DBC_TASKS.running}?flag=head&line_num=2`, body(A))).json.message as { task_id: string; log_content: string[] };
    expect(head.task_id).toBe(DBC_TASKS.running);
    expect(head.log_content).toHaveLength(2);
    expect(head.log_content[0]).toMatch(/create task/);
    expect((await t.post(`/api/v1/tasks/logs/${DBC_TASKS.running}?flag=sideways`, body(A))).status).toBe(400);
  });
  it('applies the auth rules end to end', async () => {
    const t = setupDbc();
    expect((await t.post('/api/v1/tasks', body(DBC_NODES.otherRenter))).json).toEqual({ errcode: -3, message: 'check authority failed: session_id is invalid' });
    expect((await t.post('/api/v1/tasks', body(DBC_NODES.notRented))).json.message).toBe('check authority failed: machine is not be rented');
    expect((await t.post('/api/v1/tasks', body(DBC_NODES.expired))).json.message).toBe('check authority failed: machine has already expired');
    expect((await t.post('/api/v1/tasks', body(A, {}, demoWalletAuth()))).json.errcode).toBe(0);
    t.faults.setFlags('dbc', { sessionExpired: true });
    expect((await t.post('/api/v1/tasks', body(A))).json.message).toBe('check authority failed: session_id is invalid');
    t.faults.setFlags('dbc', { sessionExpired: false });
    expect((await t.post('/api/v1/tasks', body(A, {}, PLACEHOLDER))).json.errcode).toBe(0);
    t.settings.strict = true;
    expect((await t.post('/api/v1/tasks', body(A, {}, PLACEHOLDER))).json.message).toBe('check authority failed: session_id is invalid');
    expect((await t.post('/api/v1/tasks', body(A))).json.errcode).toBe(0);
  });
});

describe('snapshots', () => {
  it('era B: create with the seed body, creating → shutoff, detail with disks, delete', async () => {
    const t = setupDbc();
    const id = DBC_TASKS.withSnapshots;
    const additional = { snapshot_name: 'snap2', description: 'finish hello world', disks: [{ disk_name: 'vda', snapshot_type: 'external' }, { disk_name: 'vdb', snapshot_type: 'no' }] };
    const created = await t.post(`/api/v1/snapshot/${id}/create`, body(B, additional, PLACEHOLDER));
    expect(created.json).toEqual({ errcode: 0, message: { snapshot_name: 'snap2', description: 'finish hello world', status: 'creating' } });
    expect((await t.post(`/api/v1/snapshot/${id}/create`, body(B, { ...additional, snapshot_name: 'snap3' }))).json.message).toBe('task snapshot is busy, please wait a moment');
    const list = (await t.post(`/api/v1/snapshot/${id}`, body(B))).json.message as Msg[];
    expect(list.map((s) => [s.snapshot_name, s.state])).toEqual([[DBC_SNAPSHOTS.first, 'shutoff'], [DBC_SNAPSHOTS.second, 'shutoff'], ['snap2', 'creating']]);
    t.clock.advance(30 * 60_000);
    const detail = (await t.post(`/api/v1/snapshot/${id}/snap2`, body(B))).json.message as Msg;
    expect(detail).toMatchObject({ snapshot_name: 'snap2', state: 'shutoff', disks: [{ disk_name: 'vda', snapshot_type: 'external', driver_type: 'qcow2' }, { disk_name: 'vdb', snapshot_type: 'no', snapshot_file: '' }] });
    expect((await t.post(`/api/v1/snapshot/${id}/delete/snap2`, body(B))).json).toEqual({ errcode: 0, message: 'ok' });
    expect((await t.post(`/api/v1/snapshot/${id}/snap2`, body(B))).json).toEqual({ errcode: -3, message: 'snapshot snap2 not exist' });
  });
  it('era C: needs an image server, the VM off, and goes creating → uploading → none', async () => {
    const t = setupDbc();
    const id = DBC_TASKS.withSnapshots;
    expect((await t.post(`/api/v1/snapshot/create/${id}`, body(B, { snapshot_name: 'c1' }))).json).toEqual({ errcode: -25, message: 'image_server not exist' });
    expect((await t.post(`/api/v1/snapshot/create/${DBC_TASKS.running}`, body(A, { snapshot_name: 'c1', image_server: 'ID_1' }))).json).toEqual({ errcode: 1, message: 'please close task first and try again' });
    expect((await t.post(`/api/v1/snapshot/create/${id}`, body(B, { snapshot_name: 'c1', desc: 'nightly', image_server: 'ID_1' }))).json).toEqual({ errcode: 0, message: 'ok' });
    const status = async () => ((await t.post(`/api/v1/snapshot/list/${id}/c1`, body(B))).json.message as Msg).status;
    expect(await status()).toBe('creating');
    expect(((await t.post(`/api/v1/tasks/${id}`, body(B))).json.message as Msg).status).toBe('snapshot creating');
    t.clock.advance(28 * 60_000);
    expect(await status()).toBe('uploading');
    t.clock.advance(60 * 60_000);
    expect(await status()).toBe('none');
    expect(((await t.post(`/api/v1/tasks/${id}`, body(B))).json.message as Msg).status).toBe('closed');
    expect((await t.post(`/api/v1/snapshot/list/${id}/nope`, body(B))).json).toEqual({ errcode: 1, message: 'snapshot_name not exist' });
    expect((await t.post(`/api/v1/snapshot/delete/${id}/c1`, body(B))).json.errcode).toBe(0);
  });
});

describe('images', () => {
  it('lists the image center in both eras and node images with the node quirk', async () => {
    const t = setupDbc();
    const eraB = (await t.post('/api/v1/images', { peer_nodes_list: [], additional: {} })).json.message as string[];
    expect(eraB).toContain('ubuntu.qcow2');
    const eraC = (await t.post('/api/v1/images', { peer_nodes_list: [], additional: { image_server: 'ID_2' } })).json.message as Msg[];
    expect(eraC[0]).toEqual({ image_name: 'ubuntu.qcow2', image_size: '5.21G' });
    expect((await t.post('/api/v1/images', { peer_nodes_list: [], additional: { image_server: 'ID_9' } })).json).toEqual({ errcode: -25, message: 'image_server not exist' });
    const onNode = (await t.post('/api/v1/images', body(B, {}, {}))).json.message as Msg[];
    expect(onNode[0]).toHaveProperty(['image_name:'], 'ubuntu.qcow2');
    expect((await t.post('/api/v1/images/servers', { peer_nodes_list: [], additional: {} })).json.message).toEqual({ image_server: ['ID_1', 'ID_2'] });
  });
  it('downloads (era C) with progress until the image is on the node; uploads (era B path)', async () => {
    const t = setupDbc();
    const add = { image_server: 'ID_1', image_filename: 'centos7.9.qcow2', local_dir: '/data' };
    expect((await t.post('/api/v1/images/download', body(B, { image_server: 'ID_1', image_filename: 'centos7.9.qcow2' }))).json).toEqual({ errcode: -25, message: 'additional no local_dir' });
    expect((await t.post('/api/v1/images/download', body(B, add))).json).toEqual({ errcode: 0, message: 'ok' });
    expect((await t.post('/api/v1/images/download', body(B, add))).json).toEqual({ errcode: 1, message: 'image:centos7.9.qcow2 in downloading' });
    t.clock.advance(17_500);
    expect((await t.post('/api/v1/images/downloadprogress', body(B, { image_filename: 'centos7.9.qcow2' }))).json.message).toEqual({ status: 'downloading', progress: '50%' });
    t.clock.advance(60_000);
    expect((await t.post('/api/v1/images/downloadprogress', body(B, { image_filename: 'centos7.9.qcow2' }))).json.message).toEqual({ status: 'done', progress: '100%' });
    const info = (await t.post('/api/v1/mining_nodes', body(B, {}, {}))).json.message as { images: Msg[] };
    expect(info.images.map((i) => i.image_name)).toContain('centos7.9.qcow2');
    expect((await t.post('/api/v1/images/upload/ubuntu.qcow2', body(B))).json).toEqual({ errcode: 0, message: 'ok' });
    expect((await t.post('/api/v1/images/upload/missing.qcow2', body(B))).json).toEqual({ errcode: 1, message: 'image:missing.qcow2 not exist' });
    expect((await t.post('/api/v1/images/download/debian12.qcow2', body(B))).json.errcode).toBe(1);
    expect((await t.post('/api/v1/images/download/stable-diffusion-webui.qcow2', body(B))).json.errcode).toBe(0);
    expect((await t.post('/api/v1/images/download_stop', body(B, { image_filename: 'stable-diffusion-webui.qcow2' }))).json.errcode).toBe(0);
  });
});

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
