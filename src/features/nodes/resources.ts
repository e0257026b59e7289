import type { GpuNode } from '@/domain/nodes/types';

/** Use of one resource of a node, as the bars and the table show it. */
export interface Usage {
  percent?: number;
  used?: number;
  total?: number;
}

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value)));

export function gpuUsage(node: GpuNode): Usage {
  const { used, count } = node.gpu;
  return { used, total: count, percent: count > 0 ? clamp((used / count) * 100) : undefined };
}

export function memoryUsage(node: GpuNode): Usage {
  const { totalBytes, freeBytes, usagePercent } = node.memory;
  const used = totalBytes !== undefined && freeBytes !== undefined ? totalBytes - freeBytes : undefined;
  return { used, total: totalBytes, percent: usagePercent !== undefined ? clamp(usagePercent) : used !== undefined && totalBytes ? clamp((used / totalBytes) * 100) : undefined };
}

export function diskUsage(disk: GpuNode['disks'][number]): Usage {
  const { totalBytes, freeBytes, usagePercent } = disk;
  const used = totalBytes !== undefined && freeBytes !== undefined ? totalBytes - freeBytes : undefined;
  return { used, total: totalBytes, percent: usagePercent !== undefined ? clamp(usagePercent) : used !== undefined && totalBytes ? clamp((used / totalBytes) * 100) : undefined };
}

export function cpuUsage(node: GpuNode): Usage {
  return { total: node.cpu.cores, percent: node.cpu.usagePercent !== undefined ? clamp(node.cpu.usagePercent) : undefined };
}

/** The data disk renters care about (`/data`), else the first one. */
export function mainDisk(node: GpuNode): GpuNode['disks'][number] | undefined {
  return node.disks.find((d) => d.path === '/data') ?? node.disks[0];
}

/** 58fb618a…37f45: enough to tell nodes apart in a table. */
export function shortNodeId(nodeId: string): string {
  return nodeId.length > 16 ? `${nodeId.slice(0, 8)}…${nodeId.slice(-5)}` : nodeId;
}
