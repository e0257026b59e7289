import type { DbcNodeInfo, DbcTaskDetail, DbcTaskSummary } from '../../src/api/dbc/types';
import { maskIp, nodeTime, percent, sizeG } from './lib/format';
import { visibleStatus } from './rules/lifecycle';
import { freeDiskGb, freeMemGb, isWindowsOs, SYSTEM_DISK_GB, usedCores, usedGpus, usedMemGb, HOST_RESERVED_MEM_GB } from './rules/resources';
import type { DbcNode, DbcTask } from './state';

/** Response shapes built from state (docs/providers/dbc.md §4.3, §5). */

export function taskSummary(task: DbcTask): DbcTaskSummary {
  return { task_id: task.taskId, create_time: nodeTime(task.createdAt), desc: task.desc, status: visibleStatus(task) };
}

export function taskDetail(task: DbcTask, node: DbcNode): DbcTaskDetail {
  const windows = isWindowsOs(task.os);
  const disks = [{ name: 'vda', size: `${SYSTEM_DISK_GB}G`, source_file: `/data/vm_${task.taskId}.qcow2` }];
  if (task.diskGb > 0) disks.push({ name: 'vdb', size: sizeG(task.diskGb), source_file: `/data/data_1_${task.taskId}.qcow2` });
  return {
    task_id: task.taskId,
    os: task.os,
    ssh_ip: task.publicIp || node.ip,
    ...(windows ? { rdp_port: String(task.rdpPort) } : { ssh_port: String(task.sshPort) }),
    user_name: task.userName,
    login_password: task.loginPassword,
    cpu_cores: task.cpuCores,
    gpu_count: task.gpuCount,
    mem_size: sizeG(task.memGb),
    disk_system: `${SYSTEM_DISK_GB}G`,
    vnc_port: String(task.vncPort),
    vnc_password: task.vncPassword,
    create_time: nodeTime(task.createdAt),
    desc: task.desc,
    status: visibleStatus(task),
    disks,
    interface: [{ name: 'vnet0', type: 'network', mac_address: task.mac }],
  };
}

/** `/mining_nodes` for one node: strings, masked ip, usage derived from the node's tasks. */
export function nodeInfo(node: DbcNode, tasks: DbcTask[]): DbcNodeInfo {
  const cpuLoad = (usedCores(tasks) / node.cpuCores) * 65 + 1.5;
  const memUsed = usedMemGb(tasks) + HOST_RESERVED_MEM_GB;
  const diskFree = freeDiskGb(node, tasks);
  const diskTotal = node.dataDiskGb;
  return {
    version: node.version,
    node_type: '0',
    ip: maskIp(node.ip),
    os: node.os,
    cpu: { type: node.cpuType, hz: `${node.cpuMhz.toFixed(3)}MHz`, cores: String(node.cpuCores), used_usage: percent(cpuLoad), physical_cpus: String(node.physicalCpus) },
    gpu: { gpu_count: String(node.gpuCount), gpu_used: String(usedGpus(tasks)) },
    mem: { size: sizeG(node.memGb), free: sizeG(freeMemGb(node, tasks)), used_usage: percent((memUsed / node.memGb) * 100) },
    disk_system: { type: node.diskSystemType, size: `${SYSTEM_DISK_GB}G` },
    disk_data: [{ path: '/data', type: node.dataDiskType, size: sizeG(diskTotal), free: sizeG(diskFree), used_usage: percent(((diskTotal - diskFree) / diskTotal) * 100) }],
    images: node.images.map((i) => ({ image_name: i.name, image_size: sizeG(i.sizeGb) })),
  };
}

/** The task's log: creation steps, then the lines operations appended. */
export function taskLogLines(task: DbcTask, now: number): string[] {
  const t = (offsetS: number) => `${nodeTime(task.createdAt + offsetS * 1000)}.${String((offsetS * 37) % 1000).padStart(3, '0')}`;
  const lines = [
    `${t(0)} INFO  create task ${task.taskId}: image=${task.imageName}, os=${task.os}, cpu=${task.cpuCores}, mem=${task.memGb}G, gpu=${task.gpuCount}, disk=${task.diskGb}G`,
    `${t(1)} INFO  allocate resource ok: vnc_port=${task.vncPort}${task.sshPort ? `, ssh_port=${task.sshPort}` : ''}${task.rdpPort ? `, rdp_port=${task.rdpPort}` : ''}`,
    `${t(3)} INFO  copy image /data/${task.imageName} -> /data/vm_${task.taskId}.qcow2`,
  ];
  if (task.diskGb > 0) lines.push(`${t(95)} INFO  create data disk /data/data_1_${task.taskId}.qcow2 (${task.diskGb}G)`);
  const created = task.status !== 'creating' && task.status !== 'create error';
  if (created) {
    lines.push(`${t(120)} INFO  define domain ${task.taskId} ok`, `${t(122)} INFO  start domain ${task.taskId} ok`, `${t(180)} INFO  create task ${task.taskId} successful`);
  }
  for (const entry of task.log) if (entry.at <= now) lines.push(`${nodeTime(entry.at)}.000 INFO  ${entry.line}`);
  return lines;
}
