import { dbcNodeInfoToGpuNode, parsePercent } from './dbc';

const GiB = 1024 ** 3;
const NODE = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';

/** Era C (0.4.x): disk_data array, image objects (docs/providers/dbc.md §5). */
const ERA_C = {
  version: '0.4.1.7',
  node_type: '0',
  ip: '*.168.*.10',
  os: 'Ubuntu 20.04.3 LTS',
  cpu: { type: 'Intel(R) Xeon(R) Gold 6226R CPU @ 2.90GHz', hz: '2900.000MHz', cores: '64', used_usage: '12.50%', physical_cpus: '2' },
  gpu: { gpu_count: '4', gpu_used: '1' },
  mem: { size: '251.52G', free: '200G', used_usage: '20.48%' },
  disk_system: { type: 'SSD', size: '350G' },
  disk_data: [{ path: '/data', type: 'SSD', size: '3.5T', free: '1024G', used_usage: '71.43%' }],
  images: [
    { image_name: 'ubuntu.qcow2', image_size: '8G' },
    { 'image_name:': 'windows10.qcow2', image_size: '15.50G' },
  ],
};

/** Era B (early 2022, the seeds): one disk object, filename strings, no physical_cpus. */
const ERA_B = {
  version: '0.3.8.2',
  ip: '*.10.*.7',
  os: 'Ubuntu 18.04',
  cpu: { type: 'AMD EPYC 7302', hz: '3000MHz', cores: '32', used_usage: '3%' },
  gpu: { gpu_count: '8', gpu_used: '0' },
  mem: { size: '128G', free: '100G', used_usage: '21.88%' },
  disk_system: { type: 'HDD', size: '350G' },
  disk_data: { type: 'HDD', size: '2000G', free: '1500G' },
  images: ['ubuntu.qcow2', 'ubuntu-2004.qcow2'],
};

describe('DBC node adapter (/mining_nodes with one node id)', () => {
  it('reads era-C strings: sizes, percentages, masked ip, disk array and image objects (with the "image_name:" quirk)', () => {
    const node = dbcNodeInfoToGpuNode('c1', NODE, ERA_C);
    expect(node).toMatchObject({ connectionId: 'c1', nodeId: NODE, version: '0.4.1.7', online: true, ip: '*.168.*.10', os: 'Ubuntu 20.04.3 LTS' });
    expect(node.cpu).toEqual({ model: 'Intel(R) Xeon(R) Gold 6226R CPU @ 2.90GHz', cores: 64, usagePercent: 12.5 });
    expect(node.gpu).toEqual({ model: undefined, count: 4, used: 1 });
    expect(node.memory).toEqual({ totalBytes: Math.round(251.52 * GiB), freeBytes: 200 * GiB, usagePercent: 20.48 });
    expect(node.disks).toEqual([{ path: '/data', type: 'SSD', totalBytes: 3.5 * 1024 * GiB, freeBytes: 1024 * GiB, usagePercent: 71.43 }]);
    expect(node.images).toEqual([
      { name: 'ubuntu.qcow2', sizeBytes: 8 * GiB },
      { name: 'windows10.qcow2', sizeBytes: Math.round(15.5 * GiB) },
    ]);
  });

  it('reads era-B shapes: one disk object (usage derived when missing) and plain image names', () => {
    const node = dbcNodeInfoToGpuNode('c1', NODE, ERA_B);
    expect(node.gpu).toMatchObject({ count: 8, used: 0 });
    expect(node.cpu.usagePercent).toBe(3);
    expect(node.disks).toEqual([{ path: undefined, type: 'HDD', totalBytes: 2000 * GiB, freeBytes: 1500 * GiB, usagePercent: 25 }]);
    expect(node.images).toEqual([{ name: 'ubuntu.qcow2' }, { name: 'ubuntu-2004.qcow2' }]);
  });

  it('survives a sparse or malformed reply without throwing', () => {
    const node = dbcNodeInfoToGpuNode('c1', NODE, { gpu: { gpu_count: 'x' }, images: [null, 3, { image_size: '1G' }, ''] });
    expect(node.gpu).toEqual({ model: undefined, count: 0, used: 0 });
    expect(node.disks).toEqual([]);
    expect(node.images).toEqual([]);
    expect(dbcNodeInfoToGpuNode('c1', NODE, 'ok').cpu).toEqual({ model: undefined, cores: undefined, usagePercent: undefined });
  });

  it('keeps a bare-metal node\'s gpu_type as the GPU model', () => {
    expect(dbcNodeInfoToGpuNode('c1', NODE, { gpu: { gpu_type: 'GeForceRTX3090', gpu_count: '2', gpu_used: '2' } }).gpu).toEqual({ model: 'GeForceRTX3090', count: 2, used: 2 });
  });

  it.each([
    ['12.50%', 12.5],
    ['0%', 0],
    [' 7 % ', 7],
    [42, 42],
    ['n/a', undefined],
    [undefined, undefined],
  ])('parsePercent(%j) = %j', (input, expected) => {
    expect(parsePercent(input)).toBe(expected);
  });
});
