// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { beginOp, settleState, settleTask } from './rules/lifecycle';
import { checkAuthShape, parseJsonBody, parseRequestFields, atoi, type ParsedRequest } from './rules/request';
import { checkAction, checkPasswd, checkResources, parseCreateParams, parseLogQuery, parseModify, type NodeView } from './rules/tasks';
import { checkCreateB, checkCreateC, checkDelete, stateB, statusC } from './rules/snapshots';
import { checkDownload, checkUpload, progressOf } from './rules/images';
import { buildDemo, DBC_NODES, DBC_TASKS } from './seed';
import { findNode, nodeTasks, type DbcState, type DbcTask } from './state';
import { isFailure } from './rules/errors';

const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);

function demo(): DbcState {
  return buildDemo(NOW, 1);
}

function view(state: DbcState, nodeId: string = DBC_NODES.main): NodeView {
  return { node: findNode(state, nodeId)!, tasks: nodeTasks(state, nodeId), busyImages: [] };
}

function task(state: DbcState, taskId: string): DbcTask {
  return state.tasks.find((t) => t.taskId === taskId)!;
}

const SEED_CREATE = { ssh_port: '5684', rdp_port: '5685', vnc_port: '5904', image_name: 'ubuntu.qcow2', operation_system: '', bios_mode: '', gpu_count: '2', cpu_cores: '8', mem_size: '8', disk_size: '10' };

describe('request parsing (client side)', () => {
  it('refuses empty, malformed and non-object bodies', () => {
    expect(parseJsonBody('')).toMatchObject({ httpStatus: 400, errcode: -25, message: 'http request body is empty' });
    expect(parseJsonBody('{"a":')).toMatchObject({ httpStatus: 400, errcode: -25 });
    expect((parseJsonBody('{"a":') as { message: string }).message).toMatch(/^json parse error: /);
    expect(parseJsonBody('[1]')).toMatchObject({ message: 'invalid json' });
  });
  it('checks the required fields and every optional type with the client messages', () => {
    const parse = (doc: Record<string, unknown>) => parseRequestFields(doc);
    expect(parse({})).toMatchObject({ message: 'has no peer_nodes_list' });
    expect(parse({ peer_nodes_list: 'x', additional: {} })).toMatchObject({ message: 'peer_nodes_list is not array' });
    expect(parse({ peer_nodes_list: [] })).toMatchObject({ message: 'has no additional' });
    expect(parse({ peer_nodes_list: [], additional: [] })).toMatchObject({ message: 'additional is not object' });
    expect(parse({ peer_nodes_list: [], additional: {}, wallet: 5 })).toMatchObject({ message: 'wallet is not string' });
    expect(parse({ peer_nodes_list: [], additional: {}, session_id: 1 })).toMatchObject({ message: 'session_id is not string' });
    const threshold = { wallets: ['a', 'b'], threshold: 2, signs: [] };
    expect(parse({ peer_nodes_list: [], additional: {}, multisig_accounts: threshold })).toMatchObject({ message: 'multisig_accounts member threshold is not string' });
    expect(parse({ peer_nodes_list: [], additional: {}, multisig_accounts: { threshold: '2', signs: [] } })).toMatchObject({ message: 'multisig_accounts has no member wallets' });
  });
  it('needs a session pair, a wallet triple or a valid multisig block', () => {
    const base = parseRequestFields({ peer_nodes_list: ['n'], additional: {} }) as ParsedRequest;
    const refused = { httpStatus: 400, errcode: -25, message: 'wallet_sign and multisig_wallets all invalid' };
    expect(checkAuthShape(base)).toEqual(refused);
    expect(checkAuthShape({ ...base, sessionId: 's', sessionIdSign: 'x' })).toBeUndefined();
    expect(checkAuthShape({ ...base, wallet: 'w', nonce: 'n', sign: 's' })).toBeUndefined();
    const signs = [{ wallet: 'a', nonce: 'n', sign: 's' }, { wallet: 'b', nonce: 'n', sign: 's' }];
    expect(checkAuthShape({ ...base, multisig: { wallets: ['a', 'b', 'c'], threshold: 2, signs } })).toBeUndefined();
    // Fewer signs than the threshold; a threshold above the member count; a sign from a non-member (b).
    expect(checkAuthShape({ ...base, multisig: { wallets: ['a', 'b', 'c'], threshold: 3, signs } })).toEqual(refused);
    expect(checkAuthShape({ ...base, multisig: { wallets: ['a'], threshold: 2, signs } })).toEqual(refused);
    expect(checkAuthShape({ ...base, multisig: { wallets: ['a', 'c'], threshold: 2, signs } })).toEqual(refused);
  });
  it('atoi reads a leading integer like C', () => {
    expect([atoi('8'), atoi('8G'), atoi('abc'), atoi(''), atoi('-2')]).toEqual([8, 8, 0, 0, -2]);
  });
});

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

describe('lifecycle', () => {
  it('moves through the pending status and settles at the deadline, or fails half way', () => {
    const s = demo();
    const closed = task(s, DBC_TASKS.closedWindows);
    beginOp(closed, { kind: 'start', pending: 'starting', next: 'running', nextDomain: 'running', durationS: 20 }, NOW, 1);
    expect(settleTask(closed, NOW + 19_999)).toBe(false);
    expect(closed.op?.pending).toBe('starting');
    expect(settleTask(closed, NOW + 20_000)).toBe(true);
    expect([closed.status, closed.domain]).toEqual(['running', 'running']);
    beginOp(closed, { kind: 'create', pending: 'creating', next: 'running', nextDomain: 'running', durationS: 600, failStatus: 'create error' }, NOW, 1, true);
    settleTask(closed, NOW + 300_000);
    expect(closed.status).toBe('create error');
  });
  it('removes deleted tasks and applies finished transfers', () => {
    const s = demo();
    const closed = task(s, DBC_TASKS.closedWindows);
    beginOp(closed, { kind: 'delete', pending: 'deleting', next: 'closed', nextDomain: 'none', durationS: 20 }, NOW, 1);
    s.transfers.push({ kind: 'download', nodeId: DBC_NODES.main, image: 'debian12.qcow2', server: 'ID_2', sizeGb: 3.87, startedAt: NOW, doneAt: NOW + 1000 });
    expect(settleState(s, NOW + 20_000)).toBe(true);
    expect(s.tasks.some((t) => t.taskId === DBC_TASKS.closedWindows)).toBe(false);
    expect(findNode(s, DBC_NODES.main)!.images.some((i) => i.name === 'debian12.qcow2')).toBe(true);
  });
});

describe('snapshot rules', () => {
  it('needs the VM shut off, a name and (era B) a description', () => {
    const s = demo();
    const running = task(s, DBC_TASKS.running);
    const closed = task(s, DBC_TASKS.withSnapshots);
    expect(checkCreateB({ snapshot_name: 'x', description: 'd' }, running, NOW)).toMatchObject({ errcode: -3, message: 'task is running, please save the job and shutdown task before creating a snapshot' });
    expect(checkCreateC({ snapshot_name: 'x' }, running, NOW)).toMatchObject({ errcode: 1, message: 'please close task first and try again' });
    expect(checkCreateB({ description: 'd' }, closed, NOW)).toMatchObject({ message: 'snapshot name is not specified' });
    expect(checkCreateB({ snapshot_name: 'x' }, closed, NOW)).toMatchObject({ message: 'snapshot description is not specified' });
    expect(checkCreateB({ snapshot_name: 'snap1', description: 'd' }, closed, NOW)).toMatchObject({ message: 'snapshot snap1 already exist' });
    expect(checkCreateB({ snapshot_name: 'x', description: 'd', disks: [{ disk_name: 'vdc' }] }, closed, NOW)).toMatchObject({ message: 'disk vdc not exist' });
    const ok = checkCreateB({ snapshot_name: 'snap2', description: 'd', disks: [{ disk_name: 'vda', snapshot_type: 'external' }, { disk_name: 'vdb', snapshot_type: 'no' }] }, closed, NOW);
    expect(ok).toMatchObject({ name: 'snap2', disks: [{ diskName: 'vda', snapshotType: 'external' }, { diskName: 'vdb', snapshotType: 'no' }] });
  });
  it('derives state/status from time and refuses deleting one in progress', () => {
    const s = demo();
    const closed = task(s, DBC_TASKS.withSnapshots);
    const snap = { ...closed.snapshots[0]!, createdAt: NOW, readyAt: NOW + 100_000, uploads: true };
    closed.snapshots.push({ ...snap, name: 'busy' });
    expect(stateB(snap, NOW)).toBe('creating');
    expect(stateB(snap, NOW + 100_000)).toBe('shutoff');
    expect([statusC(snap, NOW), statusC(snap, NOW + 60_000), statusC(snap, NOW + 100_000)]).toEqual(['creating', 'uploading', 'none']);
    expect(checkDelete('C', closed, 'busy', NOW)).toMatchObject({ message: 'task snapshot is busy, please wait a moment' });
    expect(checkDelete('C', closed, 'nope', NOW)).toMatchObject({ errcode: 1, message: 'snapshot_name not exist' });
    expect(isFailure(checkCreateC({ snapshot_name: 'x' }, closed, NOW))).toBe(true);
  });
});

describe('image rules', () => {
  it('uploads only files on the node, downloads only center images, one at a time', () => {
    const s = demo();
    expect(checkUpload(s, DBC_NODES.snapshots, 'nope.qcow2', NOW)).toMatchObject({ message: 'image:nope.qcow2 not exist' });
    expect(checkUpload(s, DBC_NODES.snapshots, 'ubuntu.qcow2', NOW)).toEqual({ sizeGb: 5.21 });
    expect(checkDownload(s, DBC_NODES.snapshots, 'centos7.9.qcow2', 'ID_2', NOW)).toMatchObject({ message: 'image:centos7.9.qcow2 not exist' });
    s.transfers.push({ kind: 'download', nodeId: DBC_NODES.snapshots, image: 'centos7.9.qcow2', server: 'ID_1', sizeGb: 4, startedAt: NOW, doneAt: NOW + 10_000 });
    expect(checkDownload(s, DBC_NODES.snapshots, 'centos7.9.qcow2', 'ID_1', NOW)).toMatchObject({ message: 'image:centos7.9.qcow2 in downloading' });
    expect(progressOf(s.transfers[0]!, NOW + 4_200)).toEqual({ status: 'downloading', progress: '42%' });
    expect(progressOf(s.transfers[0]!, NOW + 10_000)).toEqual({ status: 'done', progress: '100%' });
  });
});
