import type { DbcNode, DbcTask, DomainState } from '../state';
import { nodeError, type DbcFailure } from '../errors';
import { atoi, stringArrayField, stringField } from './request';
import { freeDiskGb, freeMemGb, isLinuxOs, isWindowsOs, portConflict, usedCores, usedGpus } from './resources';

/** Task rules of the era-C node (TaskManager.cpp), with its own messages; business errors are errcode 1. */

export interface CreateParams {
  taskId?: string;
  desc: string;
  os: string;
  biosMode: string;
  imageName: string;
  publicIp: string;
  sshPort: number;
  rdpPort: number;
  vncPort: number;
  gpuCount: number;
  cpuCores: number;
  memGb: number;
  diskGb: number;
  customPort: string[];
}

export interface NodeView {
  node: DbcNode;
  /** Every task on the node (any wallet). */
  tasks: DbcTask[];
  /** Images being downloaded or uploaded on this node. */
  busyImages: string[];
}

const isDigits = (text: string) => /^\d+$/.test(text);

function checkTaskId(taskId: string, tasks: DbcTask[]): DbcFailure | undefined {
  if (taskId.length < 20 || taskId.length > 22) return nodeError('wrong task id length');
  if (!/^[A-Za-z0-9]+$/.test(taskId)) return nodeError('task id requires a combination of letters or numbers');
  if (tasks.some((t) => t.taskId === taskId)) return nodeError('task id already existed');
  return undefined;
}

function checkImage(image: string, view: NodeView): DbcFailure | undefined {
  if (image === '') return nodeError('image_name is empty');
  if (!image.endsWith('.qcow2')) return nodeError("'image_name' extension name is invalid");
  if (!view.node.images.some((i) => i.name === image)) return nodeError(`'image_name' is not exist (path:/data/${image})`);
  if (view.busyImages.includes(image)) return nodeError(`'image_name':${image} in downloading or uploading, please try again later`);
  return undefined;
}

/** ssh_port / rdp_port / vnc_port: present, digits, (vnc) in range, free among running domains. */
function checkPort(name: 'ssh_port' | 'rdp_port' | 'vnc_port', text: string, tasks: DbcTask[]): DbcFailure | number {
  if (text === '') return nodeError(`${name} is empty`);
  if (!isDigits(text)) return nodeError(`${name} is not digit`);
  const port = atoi(text);
  if (name === 'vnc_port' && (port < 5900 || port > 65535)) return nodeError('vnc_port is invalid (usage: [5900, 65535])');
  const conflict = portConflict(tasks, port);
  return conflict ? nodeError(conflict) : port;
}

/** TaskManager::parse_create_params, in the node's order. Non-string values count as absent. */
export function parseCreateParams(additional: Record<string, unknown>, view: NodeView): CreateParams | DbcFailure {
  const { node, tasks } = view;
  const taskId = stringField(additional, 'task_id');
  if (taskId !== '') {
    const failure = checkTaskId(taskId, tasks);
    if (failure) return failure;
  }
  const gpuCount = atoi(stringField(additional, 'gpu_count'));
  if (gpuCount < 0) return nodeError('gpu_count is invalid (usage: gpu_count >= 0)');
  if (gpuCount > node.gpuCount) return nodeError('gpu_count exceeds number of leases');
  if (gpuCount > node.gpuCount - usedGpus(tasks)) return nodeError('allocate gpu failed');
  const desc = stringField(additional, 'desc');
  const os = (stringField(additional, 'operation_system') || 'linux').toLowerCase();
  if (!isLinuxOs(os) && !isWindowsOs(os)) return nodeError(`unsupported operation system: ${os} (usage: 'linux' 'windows')`);
  const biosMode = (stringField(additional, 'bios_mode') || 'legacy').toLowerCase();
  if (!['legacy', 'uefi', 'pxe'].includes(biosMode)) return nodeError(`unsupported bios mode: ${biosMode} (usage: 'legacy(default)'、'uefi'、'pxe')`);
  const imageName = stringField(additional, 'image_name');
  const imageFailure = checkImage(imageName, view);
  if (imageFailure) return imageFailure;
  const publicIp = stringField(additional, 'public_ip');
  if (publicIp !== '' && !/^(\d{1,3}\.){3}\d{1,3}$/.test(publicIp)) return nodeError('invalid public ip');
  let sshPort = atoi(stringField(additional, 'ssh_port'));
  if (isLinuxOs(os) && publicIp === '') {
    const port = checkPort('ssh_port', stringField(additional, 'ssh_port'), tasks);
    if (typeof port !== 'number') return port;
    sshPort = port;
  }
  let rdpPort = atoi(stringField(additional, 'rdp_port'));
  if (isWindowsOs(os) && publicIp === '') {
    const port = checkPort('rdp_port', stringField(additional, 'rdp_port'), tasks);
    if (typeof port !== 'number') return port;
    rdpPort = port;
  }
  const vncPort = checkPort('vnc_port', stringField(additional, 'vnc_port'), tasks);
  if (typeof vncPort !== 'number') return vncPort;
  const cpuCores = atoi(stringField(additional, 'cpu_cores'));
  if (cpuCores <= 0) return nodeError('cpu_cores is invalid');
  if (cpuCores + usedCores(tasks) > node.cpuCores) return nodeError('allocate cpu failed');
  const memGb = atoi(stringField(additional, 'mem_size'));
  if (memGb <= 0) return nodeError('mem_size is invalid');
  if (memGb > freeMemGb(node, tasks)) return nodeError('allocate mem failed');
  const diskGb = biosMode === 'pxe' ? 0 : atoi(stringField(additional, 'disk_size'));
  if (biosMode !== 'pxe') {
    if (diskGb <= 0) return nodeError('disk_size is invalid (usage: disk_size > 0)');
    if (diskGb > freeDiskGb(node, tasks)) return nodeError('allocate disk failed');
  }
  const customPort = stringArrayField(additional, 'custom_port') ?? [];
  return { taskId: taskId || undefined, desc, os, biosMode, imageName, publicIp, sshPort, rdpPort, vncPort, gpuCount, cpuCores, memGb, diskGb, customPort };
}

/** vm_status_string: the words inside "task is <state>". */
export function domainWord(domain: DomainState): string {
  return domain === 'shut_off' ? 'shut_off' : domain;
}

export type PowerAction = 'start' | 'shutdown' | 'poweroff' | 'stop' | 'restart' | 'reset' | 'delete';

/** May this action run on the task's current domain state? (startTask, shutdownTask, ... in TaskManager.cpp) */
export function checkAction(action: PowerAction, task: DbcTask): DbcFailure | undefined {
  // No libvirt domain exists while creating (or after a failed create): the node answers "task not exist".
  if (task.domain === 'none') {
    const failedCreate = task.status === 'create error' && !task.op;
    return action === 'delete' && failedCreate ? undefined : nodeError('task not exist');
  }
  const d = task.domain;
  const refused = nodeError(`task is ${domainWord(d)}`);
  switch (action) {
    case 'start':
      return d === 'shut_off' || d === 'suspended' ? undefined : refused;
    case 'shutdown':
    case 'poweroff':
    case 'stop':
      return d !== 'shut_off' ? undefined : refused;
    case 'restart':
      return d === 'shut_off' || d === 'running' ? undefined : refused;
    case 'reset':
      return d === 'running' ? undefined : refused;
    case 'delete':
      return undefined;
  }
}

/** check_resource before start/restart: the task's CPU, GPU, memory and ports must still be free. */
export function checkResources(task: DbcTask, view: NodeView): DbcFailure | undefined {
  const others = view.tasks.filter((t) => t.taskId !== task.taskId);
  if (task.cpuCores + usedCores(others) > view.node.cpuCores) return nodeError('cpu count exceeds the maximum');
  if (task.gpuCount > view.node.gpuCount - usedGpus(others)) return nodeError('check gpu failed');
  if (task.domain !== 'running' && task.memGb > freeMemGb(view.node, others)) return nodeError('check memory failed');
  if (isLinuxOs(task.os) && task.publicIp === '' && portConflict(others, task.sshPort)) return nodeError('check ssh_port failed');
  if (isWindowsOs(task.os) && task.publicIp === '' && portConflict(others, task.rdpPort)) return nodeError('check rdp_port failed');
  if (portConflict(others, task.vncPort)) return nodeError('check vnc_port failed');
  return undefined;
}

export interface ModifyChanges {
  sshPort?: number;
  rdpPort?: number;
  vncPort?: number;
  customPort?: string[];
  gpuCount?: number;
  cpuCores?: number;
  memGb?: number;
}

/** TaskManager::modifyTask: validates new_* fields (strings) and returns what changes. */
export function parseModify(additional: Record<string, unknown>, task: DbcTask, view: NodeView): ModifyChanges | DbcFailure {
  const others = view.tasks.filter((t) => t.taskId !== task.taskId);
  const changes: ModifyChanges = {};
  const ssh = stringField(additional, 'new_ssh_port');
  if (ssh !== '') {
    const port = atoi(ssh);
    if (port <= 0 || port > 65535) return nodeError(`new_ssh_port ${ssh} is invalid! (usage: > 0)`);
    if (task.publicIp === '' && portConflict(others, port)) return nodeError(`new_ssh_port ${ssh} has been used!`);
    changes.sshPort = port;
  }
  const rdp = stringField(additional, 'new_rdp_port');
  if (rdp !== '') {
    const port = atoi(rdp);
    if (port <= 0 || port > 65535) return nodeError(`new_rdp_port ${rdp} is invalid! (usage: > 0)`);
    if (task.publicIp === '' && portConflict(others, port)) return nodeError(`new_rdp_port ${rdp} has been used!`);
    changes.rdpPort = port;
  }
  if (ssh !== '' && rdp !== '' && changes.sshPort === changes.rdpPort) return nodeError('new_ssh_port and new_rdp_port are the same!');
  const customPort = stringArrayField(additional, 'new_custom_port');
  if (customPort) changes.customPort = customPort;
  const vnc = stringField(additional, 'new_vnc_port');
  if (vnc !== '') {
    const port = atoi(vnc);
    if (port < 5900 || port > 65535) return nodeError(`new_vnc_port ${vnc} is invalid! (usage: 5900 =< port <= 65535)`);
    if (portConflict(others, port)) return nodeError(`new_vnc_port ${vnc} has been used!`);
    changes.vncPort = port;
  }
  const gpu = stringField(additional, 'new_gpu_count');
  if (gpu !== '') {
    const count = atoi(gpu);
    if (count < 0) return nodeError('new gpu count is invalid');
    if (count > view.node.gpuCount - usedGpus(others)) return nodeError('allocate gpu failed');
    changes.gpuCount = count;
  }
  const cpu = stringField(additional, 'new_cpu_cores');
  if (cpu !== '') {
    const cores = atoi(cpu);
    if (cores <= 0) return nodeError('new cpu cores is invalid');
    if (cores + usedCores(others) > view.node.cpuCores) return nodeError('allocate cpu failed');
    changes.cpuCores = cores;
  }
  const mem = stringField(additional, 'new_mem_size');
  if (mem !== '') {
    const gb = atoi(mem);
    if (gb <= 0) return nodeError('new mem size is invalid');
    if (gb > freeMemGb(view.node, others)) return nodeError('allocate mem failed');
    changes.memGb = gb;
  }
  return changes;
}

/** TaskManager::passwdTask: running VMs only, both fields non-empty. */
export function checkPasswd(additional: Record<string, unknown>, task: DbcTask): { username: string; password: string } | DbcFailure {
  if (task.domain === 'none') return nodeError('task not exist');
  if (task.domain !== 'running') return nodeError('Only the running task can change the password');
  const username = stringField(additional, 'username');
  const password = stringField(additional, 'password');
  if (username === '') return nodeError('username is empty');
  if (password === '') return nodeError('password is empty');
  return { username, password };
}

/** logs: flag head|tail (default tail), line_num 1..100 (default 100). */
export function parseLogQuery(flag: string | null, lineNum: string | null): { head: boolean; lines: number } | DbcFailure {
  if (flag !== null && flag !== 'head' && flag !== 'tail') return { httpStatus: 400, errcode: -25, message: 'flag is invalid (usage: head or tail)' };
  const n = lineNum === null ? 100 : atoi(lineNum);
  if (n <= 0) return { httpStatus: 400, errcode: -25, message: 'line_num is invalid (usage: line_num > 0)' };
  return { head: flag === 'head', lines: Math.min(n, 100) };
}
