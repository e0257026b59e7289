/**
 * DBC client HTTP API contract (seeds 000/001 + era C of docs/providers/dbc.md §1). Every seed request example is sent verbatim
 * (placeholders in paths replaced by the demo ids). Read-only checks run everywhere; state changes need
 * allowMutations; faults, flags and strict auth need an emulator.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_TIME_SCALE, contractTarget, type ContractResponse } from './harness';
import { DBC_DEMO_RENTER, DBC_NODES, DBC_SNAPSHOTS, DBC_TASKS, demoWalletAuth } from '../mocks/dbc/seed';

const target = contractTarget('dbc');

const NODE_A = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const NODE_B = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const PLACEHOLDER = { session_id: '租用者分发的session_id', session_id_sign: '租用者分发的session_id_sign' };
const SESSION = { session_id: DBC_DEMO_RENTER.sessionId, session_id_sign: DBC_DEMO_RENTER.sessionIdSign };

interface Envelope<T = unknown> {
  errcode: number;
  message: T;
}
type Msg = Record<string, unknown>;

const post = <T = unknown>(path: string, body: unknown) => target.request<Envelope<T>>('POST', path, { body });
const nodeBody = (node: string, additional: Msg = {}, auth: Msg = PLACEHOLDER) => ({ peer_nodes_list: [node], additional, ...auth });

function expectEnvelope(res: ContractResponse<Envelope>, status = 200, errcode = 0) {
  expect(res.headers.get('content-type') ?? '').toContain('application/json');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.status).toBe(status);
  expect(typeof res.json.errcode).toBe('number');
  expect(res.json.errcode).toBe(errcode);
  if (errcode !== 0) expect(typeof res.json.message).toBe('string');
}

async function taskStatus(node: string, taskId: string): Promise<string> {
  const res = await post<Msg>(`/api/v1/tasks/${taskId}`, nodeBody(node, {}, SESSION));
  return String(res.json.message.status);
}

/** Polls the task until `done(status)`; the last status. */
async function waitStatus(node: string, taskId: string, done: (status: string) => boolean): Promise<string> {
  return (await target.until(() => taskStatus(node, taskId), done, { stepMs: 50 })).at(-1) ?? '';
}

/** Repeats a call until `done` holds (emulated time stepped between reads) and returns the last answer. */
async function pollUntil<T>(call: () => Promise<ContractResponse<Envelope<T>>>, done: (res: ContractResponse<Envelope<T>>) => boolean): Promise<ContractResponse<Envelope<T>>> {
  const seen = await target.until(call, done, { stepMs: 50 });
  return seen[seen.length - 1]!;
}

beforeAll(async () => {
  if (!target.emulated) return;
  await target.control.reset('demo');
});

describe('DBC seed examples (verbatim)', () => {
  it('GPU 节点 1: mining node info of 58fb…', async () => {
    const res = await post<Msg>('/api/v1/mining_nodes', { peer_nodes_list: ['58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45'], additional: {} });
    expectEnvelope(res);
    const info = res.json.message;
    for (const key of ['version', 'node_type', 'ip', 'os']) expect(typeof info[key]).toBe('string');
    expect(info.ip).toMatch(/^\*\.\d+\.\*\.\d+$/);
    expect(info.gpu).toEqual({ gpu_count: expect.any(String), gpu_used: expect.any(String) });
    expect(info.cpu).toMatchObject({ type: expect.any(String), cores: expect.any(String), used_usage: expect.stringMatching(/%$/) });
    expect(info.mem).toMatchObject({ size: expect.stringMatching(/G$/), free: expect.any(String) });
    expect(Array.isArray(info.disk_data)).toBe(true);
    expect((info.images as Msg[]).every((i) => typeof i.image_name === 'string' && typeof i.image_size === 'string')).toBe(true);
  });

  it('GPU 节点 2: session id by renter signature', async () => {
    const res = await post<Msg>('/api/v1/mining_nodes/session_id', { peer_nodes_list: ['58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45'], additional: {}, ...demoWalletAuth() });
    expectEnvelope(res);
    expect(res.json.message).toEqual({ session_id: expect.any(String) });
  });

  it('虚拟机 3: task list', async () => {
    const res = await post<Msg[]>('/api/v1/tasks', nodeBody(NODE_A));
    expectEnvelope(res);
    expect(Array.isArray(res.json.message)).toBe(true);
    for (const task of res.json.message) expect(task).toEqual({ task_id: expect.any(String), create_time: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/), desc: expect.any(String), status: expect.any(String) });
  });

  it('虚拟机 2/4/5/6: the documented /tasks/<task_id> URL (a detail request on the real client)', async () => {
    const res = await post<Msg>(`/api/v1/tasks/${DBC_TASKS.running}`, nodeBody(NODE_A));
    expectEnvelope(res);
    const d = res.json.message;
    expect(d).toMatchObject({ task_id: DBC_TASKS.running, os: expect.any(String), ssh_ip: expect.any(String), user_name: expect.any(String), login_password: expect.any(String) });
    expect(typeof d.cpu_cores).toBe('number');
    expect(typeof d.gpu_count).toBe('number');
    expect(d.mem_size).toMatch(/G$/);
    expect(d.disk_system).toBe('350G');
    expect(typeof d.vnc_port).toBe('string');
    expect(typeof (d.ssh_port ?? d.rdp_port)).toBe('string');
    expect(d.disks).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'vda', size: expect.any(String), source_file: expect.any(String) })]));
  });

  it('快照 2/3: snapshot list and detail (era B paths)', async () => {
    const list = await post<Msg[]>(`/api/v1/snapshot/${DBC_TASKS.withSnapshots}`, nodeBody(NODE_B));
    expectEnvelope(list);
    for (const s of list.json.message) expect(s).toMatchObject({ snapshot_name: expect.any(String), description: expect.any(String), create_time: expect.any(String), state: expect.any(String) });
    const detail = await post<Msg>(`/api/v1/snapshot/${DBC_TASKS.withSnapshots}/${DBC_SNAPSHOTS.first}`, nodeBody(NODE_B));
    expectEnvelope(detail);
    expect(detail.json.message).toMatchObject({ snapshot_name: DBC_SNAPSHOTS.first, disks: expect.any(Array) });
    for (const disk of detail.json.message.disks as Msg[]) expect(disk).toEqual({ disk_name: expect.any(String), snapshot_type: expect.any(String), driver_type: expect.any(String), snapshot_file: expect.any(String) });
  });

  it('镜像 4: image-center list (001 body), and the 000 body that is not JSON', async () => {
    const res = await post<string[]>('/api/v1/images', { peer_nodes_list: [], additional: {} });
    expectEnvelope(res);
    expect(res.json.message.every((name) => typeof name === 'string')).toBe(true);
    const raw000 = '\n  "peer_nodes_list": [\n  ],\n  "additional": {\n  }\n}';
    const bad = await target.request<Envelope>('POST', '/api/v1/images', { rawBody: raw000, headers: { 'Content-Type': 'application/json' } });
    expectEnvelope(bad, 400, -25);
    expect(bad.json.message).toMatch(/^json parse error/);
  });

  it.runIf(target.allowMutations)('虚拟机 1: create with the seed body, creating → running, then clean up', async () => {
    const body = {
      peer_nodes_list: ['58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45'],
      additional: { ssh_port: '5684', rdp_port: '5685', vnc_port: '5904', image_name: 'ubuntu.qcow2', operation_system: '', bios_mode: '', gpu_count: '2', cpu_cores: '8', mem_size: '8', disk_size: '10' },
      session_id: '租用者分发的session_id',
      session_id_sign: '租用者分发的session_id_sign',
    };
    const res = await post<Msg>('/api/v1/tasks/start', body);
    expectEnvelope(res);
    expect(res.json.message).toEqual({ task_id: expect.stringMatching(/^[A-Za-z0-9]{20,22}$/), create_time: expect.any(String), desc: '', status: 'creating' });
    const id = String(res.json.message.task_id);
    expect(await waitStatus(NODE_A, id, (s) => s !== 'creating')).toBe('running');
    expectEnvelope(await post(`/api/v1/tasks/delete/${id}`, nodeBody(NODE_A)));
    // Once deleted, the detail call answers the node's "task_id not exist" (errcode -3).
    await waitStatus(NODE_A, id, (s) => s !== 'deleting');
    const gone = await post(`/api/v1/tasks/${id}`, nodeBody(NODE_A));
    expectEnvelope(gone, 200, -3);
    expect(gone.json.message).toBe('task_id not exist');
  });

  it.runIf(target.allowMutations)('快照 1: create snap2 with the seed body (both seed variants), creating → done', async () => {
    const variants = ['租用者分发的 session_id', '租用者分发的session_id'];
    for (const session of variants) {
      const body = {
        peer_nodes_list: ['80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965'],
        additional: { snapshot_name: 'snap2', description: 'finish hello world', disks: [{ disk_name: 'vda', snapshot_type: 'external' }, { disk_name: 'vdb', snapshot_type: 'no' }] },
        session_id: session,
        session_id_sign: `${session}_sign`,
      };
      const res = await post<Msg>(`/api/v1/snapshot/${DBC_TASKS.withSnapshots}/create`, body);
      expectEnvelope(res);
      expect(res.json.message).toEqual({ snapshot_name: 'snap2', description: 'finish hello world', status: 'creating' });
      const states = await target.until(
        async () => String((await post<Msg>(`/api/v1/snapshot/${DBC_TASKS.withSnapshots}/snap2`, nodeBody(NODE_B))).json.message.state),
        (state) => state !== 'creating',
        { stepMs: 50 },
      );
      expect(states[0]).toBe('creating');
      expect(states.at(-1)).not.toBe('creating');
      expectEnvelope(await post(`/api/v1/snapshot/${DBC_TASKS.withSnapshots}/delete/snap2`, nodeBody(NODE_B)));
    }
  });

  it.runIf(target.allowMutations)('镜像 5/6: upload and download by name (era B paths)', async () => {
    expectEnvelope(await post('/api/v1/images/upload/ubuntu.qcow2', { peer_nodes_list: ['80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965'], additional: {}, session_id: '租用者分发的session_id', session_id_sign: '租用者分发的session_id_sign' }));
    expectEnvelope(await post('/api/v1/images/download/centos7.9.qcow2', { peer_nodes_list: ['80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965'], additional: {}, session_id: '租用者分发的session_id', session_id_sign: '租用者分发的session_id_sign' }));
    // Both run to their end (era-C progress); a transfer left running would keep its image busy for later checks.
    const progress = async (kind: 'upload' | 'download', image: string) => (await post<Msg>(`/api/v1/images/${kind}progress`, nodeBody(NODE_B, { image_filename: image }, SESSION))).json.message;
    const seen = await target.until(
      async () => [await progress('upload', 'ubuntu.qcow2'), await progress('download', 'centos7.9.qcow2')],
      (both) => both.every((p) => p.status === 'done'),
      { stepMs: 50 },
    );
    expect(seen[0]?.map((p) => p.status)).toEqual(['uploading', 'downloading']);
    expect(seen.at(-1)).toEqual([{ status: 'done', progress: '100%' }, { status: 'done', progress: '100%' }]);
  });
});

describe('DBC client checks (HTTP 400/404)', () => {
  const cases: Array<[string, unknown, number, number, string]> = [
    ['/api/v1/tasks', { additional: {} }, 400, -25, 'has no peer_nodes_list'],
    ['/api/v1/tasks', { peer_nodes_list: 'x', additional: {} }, 400, -25, 'peer_nodes_list is not array'],
    ['/api/v1/tasks', { peer_nodes_list: [NODE_A], additional: 'x' }, 400, -25, 'additional is not object'],
    ['/api/v1/tasks', { peer_nodes_list: [NODE_A], additional: {}, wallet: 1 }, 400, -25, 'wallet is not string'],
    ['/api/v1/tasks', { peer_nodes_list: [NODE_A], additional: {} }, 400, -25, 'wallet_sign and multisig_wallets all invalid'],
    ['/api/v1/tasks', { peer_nodes_list: [], additional: {}, ...SESSION }, 400, -25, 'peer_nodeid is empty'],
    ['/api/v1/tasks', { peer_nodes_list: [NODE_A], additional: {}, multisig_accounts: { wallets: [], threshold: 2, signs: [] } }, 400, -25, 'multisig_accounts member threshold is not string'],
    ['/api/v1/not_a_route', { peer_nodes_list: [], additional: {} }, 404, -32601, 'not support uri:/api/v1/not_a_route'],
  ];
  it.each(cases)('POST %s %j → %i %i', async (path, body, status, errcode, message) => {
    const res = await post(path, body);
    expectEnvelope(res, status, errcode);
    expect(res.json.message).toBe(message);
  });
  it('only POST is supported', async () => {
    const res = await target.request<Envelope>('GET', '/api/v1/tasks');
    expectEnvelope(res, 400, -32600);
    expect(res.json.message).toBe('only support POST request');
  });
  it('the client version route', async () => {
    const res = await target.request<Envelope<Msg>>('POST', '/api/v1/', { body: {} });
    expectEnvelope(res);
    expect(res.json.message).toEqual({ client_version: expect.any(String) });
  });
  it('an empty peer list lists the nodes', async () => {
    const res = await post<{ mining_nodes: Msg[] }>('/api/v1/mining_nodes', { peer_nodes_list: [], additional: {} });
    expectEnvelope(res);
    for (const n of res.json.message.mining_nodes) expect(n).toEqual({ node_id: expect.stringMatching(/^[0-9a-f]{64}$/), name: expect.any(String), version: expect.any(String) });
  });
});

describe('DBC era-C paths and node rules', () => {
  it('era-C snapshot list/detail and image servers', async () => {
    const list = await post<Msg[]>(`/api/v1/snapshot/list/${DBC_TASKS.withSnapshots}`, nodeBody(NODE_B, {}, SESSION));
    expectEnvelope(list);
    for (const s of list.json.message) expect(s).toMatchObject({ snapshot_name: expect.any(String), description: expect.any(String), snapshot_file: expect.any(String), create_time: expect.any(String) });
    const missing = await post(`/api/v1/snapshot/list/${DBC_TASKS.withSnapshots}/no_such_snap`, nodeBody(NODE_B, {}, SESSION));
    expectEnvelope(missing, 200, 1);
    expect(missing.json.message).toBe('snapshot_name not exist');
    const servers = await post<Msg>('/api/v1/images/servers', { peer_nodes_list: [], additional: {} });
    expectEnvelope(servers);
    expect(servers.json.message).toEqual({ image_server: expect.any(Array) });
  });

  it('node business errors are HTTP 200 with a non-zero errcode', async () => {
    const running = await post(`/api/v1/tasks/start/${DBC_TASKS.running}`, nodeBody(NODE_A, {}, SESSION));
    expectEnvelope(running, 200, 1);
    expect(running.json.message).toBe('task is running');
    const unknown = await post('/api/v1/tasks/stop/AAAAAAAAAAAAAAAAAAAAAA', nodeBody(NODE_A, {}, SESSION));
    expectEnvelope(unknown, 200, 1);
    expect(unknown.json.message).toBe('task not exist');
    const passwd = await post(`/api/v1/tasks/passwd/${DBC_TASKS.closedWindows}`, nodeBody(NODE_A, { username: 'Administrator', password: 'x' }, SESSION));
    expectEnvelope(passwd, 200, 1);
    expect(passwd.json.message).toBe('Only the running task can change the password');
    const snapshotOn = await post(`/api/v1/snapshot/create/${DBC_TASKS.running}`, nodeBody(NODE_A, { snapshot_name: 's', image_server: 'ID_1' }, SESSION));
    expectEnvelope(snapshotOn, 200, 1);
    expect(snapshotOn.json.message).toBe('please close task first and try again');
    const logs = await post<Msg>(`/api/v1/tasks/logs/${DBC_TASKS.running}?flag=tail&line_num=10`, nodeBody(NODE_A, {}, SESSION));
    expectEnvelope(logs);
    expect(logs.json.message).toEqual({ task_id: DBC_TASKS.running, log_content: expect.any(Array) });
  });

  it('authority failures are errcode -3 "check authority failed: …"', async () => {
    const cases: Array<[string, string]> = [
      [DBC_NODES.otherRenter, 'check authority failed: wallet not rented'],
      [DBC_NODES.notRented, 'check authority failed: machine is not be rented'],
      [DBC_NODES.expired, 'check authority failed: machine has already expired'],
    ];
    for (const [node, message] of cases) {
      const res = await post('/api/v1/tasks', nodeBody(node, {}, demoWalletAuth()));
      expectEnvelope(res, 200, -3);
      expect(res.json.message).toBe(message);
    }
    const badSign = await post('/api/v1/tasks', nodeBody(NODE_A, {}, { ...demoWalletAuth(), nonce: 'another-nonce' }));
    expectEnvelope(badSign, 200, -3);
    expect(badSign.json.message).toBe('check authority failed: nonce check failed');
    const sessionForSession = await post('/api/v1/mining_nodes/session_id', nodeBody(NODE_A, {}, SESSION));
    expectEnvelope(sessionForSession, 200, -3);
  });

  it.runIf(target.allowMutations)('era-C create body, power actions through their states, port conflict, delete', async () => {
    const create = await post<Msg>('/api/v1/tasks/start', nodeBody(NODE_B, { ssh_port: '31022', vnc_port: '5990', image_name: 'ubuntu.qcow2', operation_system: 'ubuntu', gpu_count: '1', cpu_cores: '4', mem_size: '8', disk_size: '20', desc: 'contract 测试' }, SESSION));
    expectEnvelope(create);
    const id = String(create.json.message.task_id);
    expect(await waitStatus(NODE_B, id, (s) => s !== 'creating')).toBe('running');
    const clash = await post('/api/v1/tasks/start', nodeBody(NODE_B, { ssh_port: '31022', vnc_port: '5991', image_name: 'ubuntu.qcow2', gpu_count: '0', cpu_cores: '2', mem_size: '2', disk_size: '5' }, SESSION));
    expectEnvelope(clash, 200, 1);
    expect(clash.json.message).toBe('port conflict, exist ssh_port = 31022');
    const numbers = await post('/api/v1/tasks/start', nodeBody(NODE_B, { ssh_port: '31023', vnc_port: '5992', image_name: 'ubuntu.qcow2', cpu_cores: 4, mem_size: '2', disk_size: '5' }, SESSION));
    expectEnvelope(numbers, 200, 1);
    expect(numbers.json.message).toBe('cpu_cores is invalid');
    for (const [path, next] of [
      [`/api/v1/tasks/shutdown/${id}`, 'closed'],
      [`/api/v1/tasks/start/${id}`, 'running'],
      [`/api/v1/tasks/restart/${id}?force_reboot=1`, 'running'],
      [`/api/v1/tasks/poweroff/${id}`, 'closed'],
    ] as const) {
      expectEnvelope(await post(path, nodeBody(NODE_B, {}, SESSION)));
      expect(await waitStatus(NODE_B, id, (s) => s === next)).toBe(next);
    }
    expectEnvelope(await post(`/api/v1/tasks/modify/${id}`, nodeBody(NODE_B, { new_cpu_cores: '6' }, SESSION)));
    expectEnvelope(await post(`/api/v1/tasks/delete/${id}`, nodeBody(NODE_B, {}, SESSION)));
  });

  it.runIf(target.allowMutations)('era-C image download with progress to done', async () => {
    const add = { image_server: 'ID_2', image_filename: 'debian12.qcow2', local_dir: '/data' };
    expectEnvelope(await post('/api/v1/images/download', nodeBody(NODE_A, add, SESSION)));
    const seen = await target.until(
      async () => {
        const res = await post<Msg>('/api/v1/images/downloadprogress', nodeBody(NODE_A, { image_filename: 'debian12.qcow2' }, SESSION));
        expectEnvelope(res);
        expect(res.json.message.progress).toMatch(/^\d+%$/);
        return res.json.message;
      },
      (progress) => progress.status === 'done',
      { stepMs: 50 },
    );
    expect(seen.at(-1)).toEqual({ status: 'done', progress: '100%' });
  });

  it.runIf(target.allowMutations)('era-C snapshot → image in the chosen image server → download to another node → new VM', async () => {
    const name = 'contract-golden';
    const created = await post(`/api/v1/snapshot/create/${DBC_TASKS.withSnapshots}`, nodeBody(NODE_B, { snapshot_name: name, desc: 'contract 镜像', image_server: 'ID_2' }, SESSION));
    expectEnvelope(created);
    expect(created.json.message).toBe('ok');
    const detail = await pollUntil(() => post<Msg>(`/api/v1/snapshot/list/${DBC_TASKS.withSnapshots}/${name}`, nodeBody(NODE_B, {}, SESSION)), (res) => res.json.message.status === 'none');
    expect(detail.json.message.status).toBe('none');
    const image = String(detail.json.message.snapshot_file).split('/').pop() ?? '';
    expect(image).toMatch(/\.qcow2$/);
    const listing = await pollUntil(
      () => post<Msg[]>('/api/v1/images', { peer_nodes_list: [], additional: { image_server: 'ID_2' } }),
      (res) => res.json.message.some((i) => i.image_name === image),
    );
    expect(listing.json.message.find((i) => i.image_name === image)).toEqual({ image_name: image, image_size: expect.stringMatching(/^\d+(\.\d+)?G$/) });

    expectEnvelope(await post('/api/v1/images/download', nodeBody(NODE_A, { image_server: 'ID_2', image_filename: image, local_dir: '/data' }, SESSION)));
    const progress = await pollUntil(() => post<Msg>('/api/v1/images/downloadprogress', nodeBody(NODE_A, { image_filename: image }, SESSION)), (res) => res.json.message.status === 'done');
    expect(progress.json.message).toEqual({ status: 'done', progress: '100%' });
    const vm = await post<Msg>('/api/v1/tasks/start', nodeBody(NODE_A, { ssh_port: '33022', vnc_port: '5996', image_name: image, gpu_count: '0', cpu_cores: '2', mem_size: '2', disk_size: '5', desc: 'from a snapshot' }, SESSION));
    expectEnvelope(vm);
    const id = String(vm.json.message.task_id);
    expect(await waitStatus(NODE_A, id, (s) => s !== 'creating')).toBe('running');
    expectEnvelope(await post(`/api/v1/tasks/delete/${id}`, nodeBody(NODE_A, {}, SESSION)));
    expectEnvelope(await post(`/api/v1/snapshot/delete/${DBC_TASKS.withSnapshots}/${name}`, nodeBody(NODE_B, {}, SESSION)));
  });

  it.runIf(target.allowMutations)('era-B snapshot create: the task reads `creating snapshot`, then `closed`', async () => {
    // Slow enough on emulators to see the word (a real node takes minutes anyway).
    if (target.emulated) await target.control.setTimeScale(0.002);
    try {
      const body = nodeBody(NODE_B, { snapshot_name: 'contract-b', description: 'era B status word' }, SESSION);
      expectEnvelope(await post(`/api/v1/snapshot/${DBC_TASKS.withSnapshots}/create`, body));
      expect(await taskStatus(NODE_B, DBC_TASKS.withSnapshots)).toBe('creating snapshot');
      expect(await waitStatus(NODE_B, DBC_TASKS.withSnapshots, (s) => s !== 'creating snapshot')).toBe('closed');
      expectEnvelope(await post(`/api/v1/snapshot/${DBC_TASKS.withSnapshots}/delete/contract-b`, nodeBody(NODE_B, {}, SESSION)));
    } finally {
      if (target.emulated) await target.control.setTimeScale(CONTRACT_TIME_SCALE);
    }
  });
});

describe.runIf(target.emulated)('DBC emulator controls', () => {
  it('an injected timeout is HTTP 500 errcode -1', async () => {
    await target.control.addFault({ route: '/api/v1/tasks', error: { status: 500, code: '-1', message: 'list task timeout' }, times: 1 });
    const res = await post('/api/v1/tasks', nodeBody(NODE_A, {}, SESSION));
    expectEnvelope(res, 500, -1);
    expect(res.json.message).toBe('list task timeout');
    await target.control.clearFaults();
  });

  it('sessionExpired makes the session invalid while signatures still work', async () => {
    await target.control.setFlags({ sessionExpired: true });
    const res = await post('/api/v1/tasks', nodeBody(NODE_A, {}, SESSION));
    expectEnvelope(res, 200, -3);
    expect(res.json.message).toBe('check authority failed: session_id is invalid');
    expectEnvelope(await post('/api/v1/tasks', nodeBody(NODE_A, {}, demoWalletAuth())));
    await target.control.setFlags({ sessionExpired: false });
  });

  it('jobFailsHalfway ends a create in "create error"', async () => {
    await target.control.setFlags({ jobFailsHalfway: true });
    const res = await post<Msg>('/api/v1/tasks/start', nodeBody(NODE_B, { ssh_port: '32022', vnc_port: '5995', image_name: 'ubuntu.qcow2', gpu_count: '0', cpu_cores: '2', mem_size: '2', disk_size: '5' }, SESSION));
    expectEnvelope(res);
    const id = String(res.json.message.task_id);
    expect(await waitStatus(NODE_B, id, (s) => s !== 'creating')).toBe('create error');
    expectEnvelope(await post(`/api/v1/tasks/delete/${id}`, nodeBody(NODE_B, {}, SESSION)));
  });

  it('strict auth refuses the seed placeholders', async () => {
    await target.control.setStrictAuth(true);
    try {
      const res = await post('/api/v1/tasks', nodeBody(NODE_A));
      expectEnvelope(res, 200, -3);
      expectEnvelope(await post('/api/v1/tasks', nodeBody(NODE_A, {}, SESSION)));
    } finally {
      await target.control.setStrictAuth(false);
    }
  });
});
