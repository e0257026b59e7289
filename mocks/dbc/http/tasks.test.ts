// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nodeBody as body, type Msg, setupDbc } from '../testkit';
import { DBC_NODES, DBC_TASKS, demoWalletAuth } from '../seed';

const A = DBC_NODES.main;
const PLACEHOLDER = { session_id: '租用者分发的session_id', session_id_sign: '租用者分发的session_id_sign' };
const CREATE = { ssh_port: '5684', rdp_port: '5685', vnc_port: '5904', image_name: 'ubuntu.qcow2', operation_system: '', bios_mode: '', gpu_count: '2', cpu_cores: '8', mem_size: '8', disk_size: '10' };

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
