import type { ZStackBackupStorageInventory, ZStackPrimaryStorageInventory } from '@/api/zstack/types';
import type { ZStackContext } from '../providers/zstack';
import { createZStackSnapshotService, zstackExportStorage } from './zstack';

const GiB = 1024 ** 3;
const dated = { createDate: '2026-11-01T00:00:00Z', lastOpDate: '2026-11-01T00:00:00Z' };
const ceph: ZStackBackupStorageInventory = {
  uuid: 'bs-ceph', name: 'BS-Ceph-01', type: 'Ceph', state: 'Enabled', status: 'Connected', totalCapacity: 20 * GiB, availableCapacity: 14 * GiB, attachedZoneUuids: ['z'], ...dated,
};
const sftp: ZStackBackupStorageInventory = { ...ceph, uuid: 'bs-sftp', name: 'BS-Sftp', type: 'SftpBackupStorage', status: 'Disconnected' };
const local: ZStackPrimaryStorageInventory = { uuid: 'ps-local', name: 'PS-Local', type: 'LocalStorage', state: 'Enabled', status: 'Connected', totalCapacity: 8 * GiB, availableCapacity: 5 * GiB };

/** The service over a stub context: the storage queries answer these lists and record their filters. */
function serviceWith(backup: ZStackBackupStorageInventory[], primary: ZStackPrimaryStorageInventory[]) {
  const asked: string[] = [];
  const snapshots = {
    queryBackupStorage: (q?: unknown) => (asked.push(`bs ${JSON.stringify(q ?? null)}`), Promise.resolve({ inventories: backup })),
    queryPrimaryStorage: (q?: unknown) => (asked.push(`ps ${JSON.stringify(q ?? null)}`), Promise.resolve({ inventories: primary })),
  };
  const ctx = { snapshots, read: <T>(call: () => Promise<T>) => call(), mutate: <T>(call: () => Promise<T>) => call() } as unknown as ZStackContext;
  return { service: createZStackSnapshotService(ctx, { list: () => Promise.reject(new Error("not used")) }), asked };
}

describe('ZStack export options', () => {
  it('templates list every backup storage with capacity and whether it is usable', async () => {
    const { service, asked } = serviceWith([ceph, sftp], [local]);
    for (const as of ['template', 'image'] as const) {
      expect(await service.exportOptions!(as)).toEqual({
        backupStorages: [
          { id: 'bs-ceph', name: 'BS-Ceph-01', type: 'Ceph', state: 'Enabled', status: 'Connected', usable: true, totalBytes: 20 * GiB, availableBytes: 14 * GiB },
          { id: 'bs-sftp', name: 'BS-Sftp', type: 'SftpBackupStorage', state: 'Enabled', status: 'Disconnected', usable: false, totalBytes: 20 * GiB, availableBytes: 14 * GiB },
        ],
      });
    }
    expect(asked).toEqual(['bs null', 'bs null']);
  });

  it('a data volume lists primary storage', async () => {
    const { service, asked } = serviceWith([ceph], [local, { ...local, uuid: 'ps-off', state: 'Disabled', totalCapacity: undefined, availableCapacity: undefined }]);
    const options = await service.exportOptions!('volume');
    expect(options.backupStorages).toBeUndefined();
    expect(options.primaryStorages?.map((s) => [s.id, s.usable, s.availableBytes])).toEqual([['ps-local', true, 5 * GiB], ['ps-off', false, undefined]]);
    expect(asked).toEqual(['ps null']);
  });

  it('a storage without a name shows its uuid', () => {
    expect(zstackExportStorage({ ...ceph, name: '' }).name).toBe('bs-ceph');
  });
});
