import { describe, expect, it } from 'vitest';
import type { Idc51Image } from '@/api/idc51/types';
import type { ZStackBackupStorageInventory, ZStackImageInventory } from '@/api/zstack/types';
import { dbcCenterImagesToRecords, dbcNodeImagesToRecords } from './dbc';
import { idc51ImageToRecord } from './idc51';
import { zstackImageToRecord } from './zstack';

const GiB = 1024 ** 3;

describe('DBC image adapters', () => {
  it('reads an era-C server listing as ready center images on that server', () => {
    const [image] = dbcCenterImagesToRecords('c1', 'ID_1', [{ image_name: 'ubuntu-22.04.qcow2', image_size: '3.87G' }]);
    expect(image).toMatchObject({ key: 'c1/server:ID_1/ubuntu-22.04.qcow2', provider: 'dbc', kind: 'center', name: 'ubuntu-22.04.qcow2', format: 'qcow2', status: 'ready', location: { kind: 'imageServer', ids: ['ID_1'] } });
    expect(image?.rawStatus).toBeUndefined();
    expect(image?.sizeBytes).toBeCloseTo(3.87 * GiB, -6);
  });

  it('reads era-B filename strings as the one center without a server', () => {
    expect(dbcCenterImagesToRecords('c1', undefined, ['win10.qcow2', ''])).toEqual([
      expect.objectContaining({ id: 'center/win10.qcow2', location: { kind: 'imageServer', ids: [] }, sizeBytes: undefined }),
    ]);
  });

  it('reads a node listing with the stray-colon key as node images on that node', () => {
    const records = dbcNodeImagesToRecords('c1', 'node-a', [{ 'image_name:': 'cuda-12.img', image_size: '20G' }, { nope: 1 }]);
    expect(records).toEqual([expect.objectContaining({ id: 'node:node-a/cuda-12.img', kind: 'node', format: 'img', sizeBytes: 20 * GiB, location: { kind: 'node', ids: ['node-a'] } })]);
  });
});

const zstackImage = (patch: Partial<ZStackImageInventory>): ZStackImageInventory => ({
  uuid: '314d80c2feb5352c984b3ffd36108c32',
  name: 'My Data Volume Template',
  description: 'MySQL data disk template',
  state: 'Enabled',
  status: 'Ready',
  size: 100 * GiB,
  actualSize: 18 * GiB,
  url: 'volumeSnapshot://5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a',
  mediaType: 'DataVolumeTemplate',
  type: 'zstack',
  platform: 'Linux',
  format: 'raw',
  system: false,
  createDate: 'Nov 1, 2026 10:00:00 AM',
  lastOpDate: 'Nov 1, 2026 10:00:00 AM',
  backupStorageRefs: [{ imageUuid: '314d80c2feb5352c984b3ffd36108c32', backupStorageUuid: 'd861144b', installPath: 'ceph://zs-images/0cd5', status: 'Ready', createDate: '', lastOpDate: '' }],
  ...patch,
});

describe('ZStack image adapter', () => {
  const storages = new Map([['d861144b', { uuid: 'd861144b', name: 'BS-Ceph-01' } as ZStackBackupStorageInventory]]);

  it('reads a data-volume template made from a snapshot: kind, status, backup storage by name, snapshot origin', () => {
    expect(zstackImageToRecord('z1', zstackImage({}), storages)).toMatchObject({
      key: 'z1/314d80c2feb5352c984b3ffd36108c32',
      kind: 'zstackDataTemplate',
      format: 'raw',
      sizeBytes: 100 * GiB,
      rawStatus: 'Ready',
      status: 'ready',
      location: { kind: 'backupStorage', ids: ['d861144b'], names: ['BS-Ceph-01'] },
      origin: { kind: 'snapshot', id: '5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a' },
      description: 'MySQL data disk template',
    });
  });

  it('tells a root template from a snapshot from an image added by URL, and normalises each status', () => {
    expect(zstackImageToRecord('z1', zstackImage({ mediaType: 'RootVolumeTemplate' })).kind).toBe('zstackRootTemplate');
    const fromUrl = zstackImageToRecord('z1', zstackImage({ mediaType: 'RootVolumeTemplate', url: 'http://mirrors.example.com/centos.qcow2', size: 0, status: 'Downloading' }));
    expect(fromUrl).toMatchObject({ kind: 'zstackImage', status: 'creating', sizeBytes: 18 * GiB, origin: undefined });
    // Without the storage list, the uuid stands in for the name.
    expect(fromUrl.location.names).toEqual(['d861144b']);
    expect(zstackImageToRecord('z1', zstackImage({ status: 'Error' })).status).toBe('failed');
    expect(zstackImageToRecord('z1', zstackImage({ status: 'Deleted' })).status).toBe('deleted');
    expect(zstackImageToRecord('z1', zstackImage({ status: 'Weird' as ZStackImageInventory['status'] })).status).toBe('unknown');
  });
});

const idc51Image = (patch: Partial<Idc51Image>): Idc51Image => ({
  image_id: 'img-7h2k9d',
  image_name: 'web-01 捕获镜像',
  description: '',
  status: 'available',
  transition_status: '',
  create_time: '2026-11-20T08:00:00Z',
  status_time: '2026-11-20T08:08:00Z',
  size: 40,
  platform: 'linux',
  os_family: 'centos',
  processor_type: '64bit',
  provider: 'self',
  visibility: 'private',
  default_user: 'root',
  default_passwd: '',
  recommended_type: 'c1m1',
  ...patch,
});

describe('51idc image adapter', () => {
  it('reads a captured image in its zone, size in GB', () => {
    expect(idc51ImageToRecord('i1', 'ac1', idc51Image({}))).toMatchObject({
      key: 'i1/img-7h2k9d',
      kind: 'idc51Captured',
      status: 'ready',
      rawStatus: 'available',
      sizeBytes: 40 * GiB,
      location: { kind: 'zone', ids: ['ac1'] },
      createdAt: '2026-11-20T08:00:00Z',
    });
  });

  it('shows a capture still running as creating, with the transition in the raw status', () => {
    expect(idc51ImageToRecord('i1', 'ac1', idc51Image({ status: 'pending', transition_status: 'creating', size: 0 }))).toMatchObject({ status: 'creating', rawStatus: 'pending (creating)', sizeBytes: undefined });
    expect(idc51ImageToRecord('i1', 'ac1', idc51Image({ status: 'ceased' })).status).toBe('deleted');
  });
});
