import type { DbcNode, DbcTask } from '../state';

/** Resource accounting the node does from libvirt domain states (TaskManager::allocate_* / check_*). */

/** GPUs are held by every task whose domain is not shut off, including one still being created. */
export function holdsGpus(task: DbcTask): boolean {
  if (task.op?.kind === 'create') return true;
  return task.domain === 'running' || task.domain === 'suspended';
}

export function usedGpus(tasks: DbcTask[], excludeTaskId = ''): number {
  return tasks.filter((t) => t.taskId !== excludeTaskId && holdsGpus(t)).reduce((sum, t) => sum + t.gpuCount, 0);
}

/** CPU and memory only count running domains. */
export function usedCores(tasks: DbcTask[], excludeTaskId = ''): number {
  return tasks.filter((t) => t.taskId !== excludeTaskId && t.domain === 'running').reduce((sum, t) => sum + t.cpuCores, 0);
}

export function usedMemGb(tasks: DbcTask[], excludeTaskId = ''): number {
  return tasks.filter((t) => t.taskId !== excludeTaskId && t.domain === 'running').reduce((sum, t) => sum + t.memGb, 0);
}

/** Memory the host keeps for itself (the node reports free memory from /proc/meminfo). */
export const HOST_RESERVED_MEM_GB = 6;
export const SYSTEM_DISK_GB = 350;

export function freeMemGb(node: DbcNode, tasks: DbcTask[]): number {
  return Math.max(0, node.memGb - HOST_RESERVED_MEM_GB - usedMemGb(tasks));
}

/** /data free space minus the 350 GB system-disk reserve, the tasks' disks and the images stored there. */
export function freeDiskGb(node: DbcNode, tasks: DbcTask[]): number {
  const taskDisks = tasks.reduce((sum, t) => sum + t.diskGb + 40 + t.snapshots.length * 12, 0);
  const images = node.images.reduce((sum, i) => sum + i.sizeGb, 0);
  return Math.max(0, node.dataDiskGb - SYSTEM_DISK_GB - taskDisks - images);
}

/** check_port_conflict: against running domains; ssh/rdp only for tasks without their own public IP. */
export function portConflict(tasks: DbcTask[], port: number, excludeTaskId = ''): string | undefined {
  for (const task of tasks) {
    if (task.taskId === excludeTaskId || task.domain !== 'running') continue;
    if (task.vncPort === port) return `port conflict, exist vnc_port = ${port}`;
    if (task.publicIp !== '') continue;
    if (task.sshPort === port) return `port conflict, exist ssh_port = ${port}`;
    if (task.rdpPort === port) return `port conflict, exist rdp_port = ${port}`;
  }
  return undefined;
}

export const isLinuxOs = (os: string) => /linux|ubuntu|centos|debian/.test(os);
export const isWindowsOs = (os: string) => /win/.test(os);
