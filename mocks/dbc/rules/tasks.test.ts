// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkAction, checkPasswd, checkResources, parseCreateParams, parseLogQuery, parseModify, type NodeView } from './tasks';
import { DBC_NODES, DBC_TASKS } from '../seed';
import { demoState as demo, taskOf as task } from '../testkit';
import { findNode, nodeTasks, type DbcState } from '../state';


function view(state: DbcState, nodeId: string = DBC_NODES.main): NodeView {
  return { node: findNode(state, nodeId)!, tasks: nodeTasks(state, nodeId), busyImages: [] };
}

const SEED_CREATE = { ssh_port: '5684', rdp_port: '5685', vnc_port: '5904', image_name: 'ubuntu.qcow2', operation_system: '', bios_mode: '', gpu_count: '2', cpu_cores: '8', mem_size: '8', disk_size: '10' };

describe('create rules', () => {
  it('accepts the seed example on the main node', () => {
    const params = parseCreateParams(SEED_CREATE, view(demo()));
    expect(params).toMatchObject({ os: 'linux', biosMode: 'legacy', sshPort: 5684, vncPort: 5904, gpuCount: 2, cpuCores: 8, memGb: 8, diskGb: 10 });
  });
  it('refuses numbers (the node ignores non-strings) and bad values with the node messages', () => {
    const v = view(demo());
    const refuse = (patch: Record<string, unknown>) => (parseCreateParams({ ...SEED_CREATE, ...patch }, v) as { message: string }).message;
    expect(refuse({ cpu_cores: 8 })).toBe('cpu_cores is invalid');
    expect(refuse({ mem_size: 8 })).toBe('mem_size is invalid');
    expect(refuse({ disk_size: '0' })).toBe('disk_size is invalid (usage: disk_size > 0)');
    expect(refuse({ gpu_count: '9' })).toBe('gpu_count exceeds number of leases');
    expect(refuse({ gpu_count: '4' })).toBe('allocate gpu failed');
    expect(refuse({ image_name: '' })).toBe('image_name is empty');
    expect(refuse({ image_name: 'ubuntu.img' })).toBe("'image_name' extension name is invalid");
    expect(refuse({ image_name: 'nope.qcow2' })).toBe("'image_name' is not exist (path:/data/nope.qcow2)");
    expect(refuse({ operation_system: 'macos' })).toBe("unsupported operation system: macos (usage: 'linux' 'windows')");
    expect(refuse({ bios_mode: 'efi' })).toBe("unsupported bios mode: efi (usage: 'legacy(default)'、'uefi'、'pxe')");
    expect(refuse({ ssh_port: '' })).toBe('ssh_port is empty');
    expect(refuse({ ssh_port: '56a' })).toBe('ssh_port is not digit');
    expect(refuse({ vnc_port: '5800' })).toBe('vnc_port is invalid (usage: [5900, 65535])');
    expect(refuse({ ssh_port: '20022' })).toBe('port conflict, exist ssh_port = 20022');
    expect(refuse({ vnc_port: '5910' })).toBe('port conflict, exist vnc_port = 5910');
    expect(refuse({ cpu_cores: '97' })).toBe('allocate cpu failed');
    expect(refuse({ mem_size: '9999' })).toBe('allocate mem failed');
    expect(refuse({ disk_size: '99999' })).toBe('allocate disk failed');
    expect(refuse({ task_id: 'short' })).toBe('wrong task id length');
    expect(refuse({ task_id: DBC_TASKS.running })).toBe('task id already existed');
    expect((parseCreateParams(SEED_CREATE, { ...v, busyImages: ['ubuntu.qcow2'] }) as { message: string }).message).toMatch(/in downloading or uploading/);
  });
  it('only checks rdp_port for Windows and ssh_port for Linux', () => {
    const v = view(demo());
    expect(parseCreateParams({ ...SEED_CREATE, operation_system: 'windows', ssh_port: '' }, v)).toMatchObject({ rdpPort: 5685 });
    expect(parseCreateParams({ ...SEED_CREATE, operation_system: 'win', rdp_port: '' }, v)).toMatchObject({ message: 'rdp_port is empty' });
  });
});

describe('power actions', () => {
  it('follows the libvirt state preconditions', () => {
    const s = demo();
    const running = task(s, DBC_TASKS.running);
    const closed = task(s, DBC_TASKS.closedWindows);
    expect(checkAction('start', running)).toMatchObject({ errcode: 1, message: 'task is running' });
    expect(checkAction('start', closed)).toBeUndefined();
    expect(checkAction('shutdown', closed)).toMatchObject({ message: 'task is shut_off' });
    expect(checkAction('poweroff', running)).toBeUndefined();
    expect(checkAction('stop', closed)).toMatchObject({ message: 'task is shut_off' });
    expect(checkAction('reset', closed)).toMatchObject({ message: 'task is shut_off' });
    expect(checkAction('restart', closed)).toBeUndefined();
    expect(checkAction('delete', closed)).toBeUndefined();
    const suspended = s.tasks.find((t) => t.status === 'pmsuspend')!;
    expect(checkAction('start', suspended)).toBeUndefined();
    expect(checkAction('restart', suspended)).toMatchObject({ message: 'task is suspended' });
    const creating = s.tasks.find((t) => t.status === 'creating')!;
    expect(checkAction('start', creating)).toMatchObject({ message: 'task not exist' });
    expect(checkAction('delete', creating)).toMatchObject({ message: 'task not exist' });
    expect(checkAction('delete', s.tasks.find((t) => t.status === 'create error')!)).toBeUndefined();
  });
  it('re-checks resources and ports on start', () => {
    const s = demo();
    const closed = task(s, DBC_TASKS.closedWindows);
    expect(checkResources(closed, view(s))).toBeUndefined();
    closed.vncPort = 5910;
    expect(checkResources(closed, view(s))).toMatchObject({ message: 'check vnc_port failed' });
  });
  it('passwd only on a running VM, modify validates new ports', () => {
    const s = demo();
    expect(checkPasswd({ username: 'dbc', password: 'x' }, task(s, DBC_TASKS.closedWindows))).toMatchObject({ message: 'Only the running task can change the password' });
    expect(checkPasswd({ username: 'dbc', password: '' }, task(s, DBC_TASKS.running))).toMatchObject({ message: 'password is empty' });
    expect(checkPasswd({ username: 'dbc', password: 'N3w-pass' }, task(s, DBC_TASKS.running))).toEqual({ username: 'dbc', password: 'N3w-pass' });
    const closed = task(s, DBC_TASKS.closedWindows);
    expect(parseModify({ new_vnc_port: '5800' }, closed, view(s))).toMatchObject({ message: 'new_vnc_port 5800 is invalid! (usage: 5900 =< port <= 65535)' });
    expect(parseModify({ new_vnc_port: '5910' }, closed, view(s))).toMatchObject({ message: 'new_vnc_port 5910 has been used!' });
    expect(parseModify({ new_ssh_port: '2222', new_rdp_port: '2222' }, closed, view(s))).toMatchObject({ message: 'new_ssh_port and new_rdp_port are the same!' });
    expect(parseModify({ new_cpu_cores: '12', new_custom_port: ['tcp,8888'] }, closed, view(s))).toEqual({ cpuCores: 12, customPort: ['tcp,8888'] });
  });
  it('parses log queries', () => {
    expect(parseLogQuery(null, null)).toEqual({ head: false, lines: 100 });
    expect(parseLogQuery('head', '10')).toEqual({ head: true, lines: 10 });
    expect(parseLogQuery('middle', '10')).toMatchObject({ httpStatus: 400 });
    expect(parseLogQuery('tail', '0')).toMatchObject({ httpStatus: 400 });
  });
});
