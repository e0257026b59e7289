import type { GpuNode } from '@/domain/nodes/types';
import { cpuUsage, diskUsage, gpuUsage, mainDisk, memoryUsage, shortNodeId } from './resources';

const GiB = 1024 ** 3;
const node = (patch: Partial<GpuNode> = {}): GpuNode => ({
  connectionId: 'c',
  nodeId: 'n',
  online: true,
  cpu: { cores: 64, usagePercent: 12.5 },
  gpu: { count: 4, used: 1 },
  memory: { totalBytes: 256 * GiB, freeBytes: 192 * GiB },
  disks: [
    { path: '/boot', totalBytes: GiB, freeBytes: GiB },
    { path: '/data', totalBytes: 1000 * GiB, freeBytes: 250 * GiB, usagePercent: 75.4 },
  ],
  images: [],
  ...patch,
});

describe('node resource use', () => {
  it('GPU: used of count; no percentage without GPUs', () => {
    expect(gpuUsage(node())).toEqual({ used: 1, total: 4, percent: 25 });
    expect(gpuUsage(node({ gpu: { count: 0, used: 0 } })).percent).toBeUndefined();
  });
  it('memory: derived from free/total when the node sends no percentage; the node\'s own percentage wins', () => {
    expect(memoryUsage(node())).toEqual({ used: 64 * GiB, total: 256 * GiB, percent: 25 });
    expect(memoryUsage(node({ memory: { totalBytes: 100, freeBytes: 50, usagePercent: 61.6 } })).percent).toBe(62);
    expect(memoryUsage(node({ memory: {} }))).toEqual({ used: undefined, total: undefined, percent: undefined });
  });
  it('disk: /data is the main disk; percentages clamp to 0..100', () => {
    expect(mainDisk(node())?.path).toBe('/data');
    expect(diskUsage(mainDisk(node())!)).toEqual({ used: 750 * GiB, total: 1000 * GiB, percent: 75 });
    expect(diskUsage({ usagePercent: 130 }).percent).toBe(100);
    expect(mainDisk(node({ disks: [] }))).toBeUndefined();
  });
  it('CPU and short ids', () => {
    expect(cpuUsage(node())).toEqual({ total: 64, percent: 13 });
    expect(shortNodeId('58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45')).toBe('58fb618a…37f45');
  });
});
