import type { VsdBatchOutput, VsdDiskSnapshotInfo, VsdOutput } from '@/api/vsd/types';
import type { VsdContext } from '../providers/vsd';
import { adaptVsdSnapshots } from './adapt/vsd';
import { SnapshotPartsError } from './errors';
import { VSD_ORIGIN, VSD_SEED_TREE } from './testing';
import { createVsdSnapshotService } from './vsd';

/** Per-volume rollback (docs/providers/vsd.md §7): the platform answers per disk (BatchOutput); the outcome says so. */
describe('vsd per-volume rollback', () => {
  const disks: VsdDiskSnapshotInfo[] = [
    { VolumeUuid: 'vol-a', SnapshotUuid: 'ds-a', DiskDrive: 'sda' },
    { VolumeUuid: 'vol-b', SnapshotUuid: 'ds-b', DiskDrive: 'sdb' },
  ];
  const tree = adaptVsdSnapshots(
    { vmId: VSD_ORIGIN.compute_uuid, vm: { status: 'stopped', providerStatus: 'shutoff' } },
    [{ ...VSD_ORIGIN, disk_snapshot_list: disks }],
    VSD_SEED_TREE,
  );
  const ok = (data: VsdDiskSnapshotInfo): VsdOutput<VsdDiskSnapshotInfo> => ({ scode: 0, desc: '', message: 'success', message_cn: '成功', stack: null, data });

  function service(answer: VsdBatchOutput<VsdDiskSnapshotInfo | null>) {
    const sent: unknown[] = [];
    const ctx = {
      scope: { cluster_uuid: 'c1' },
      read: <T>(call: () => Promise<T>) => call(),
      mutate: <T>(call: () => Promise<T>) => call(),
      snapshots: {
        rollbackVolumes: (body: unknown) => {
          sent.push(body);
          return Promise.resolve(answer);
        },
      },
    } as unknown as VsdContext;
    return { sent, snapshots: createVsdSnapshotService(ctx, { list: () => Promise.reject(new Error("not used")) }) };
  }

  it('sends the chosen disks once and resolves with every disk ok', async () => {
    const { sent, snapshots } = service({ success: 1, fail: 0, results: [ok(disks[1]!)] });
    const outcome = await snapshots.rollback(tree, { snapshotId: 'origin', diskIds: ['vol-b'] });
    expect(sent).toEqual([{ cluster_uuid: 'c1', compute_uuid: VSD_ORIGIN.compute_uuid, disk_snapshot_list: [disks[1]] }]);
    expect(outcome).toEqual({ jobs: [], parts: [{ diskId: 'vol-b', diskName: 'sdb', ok: true }] });
  });

  it('a partial failure rejects with every disk’s result, the failed one with the provider’s code and messages', async () => {
    const refused: VsdOutput<VsdDiskSnapshotInfo> = { scode: 23010, desc: 'volume vol-a of vm', message: 'volume not attached', message_cn: '云盘未挂载', stack: null, data: disks[0]! };
    // Results matched by the echoed item, not by position.
    const { sent, snapshots } = service({ success: 1, fail: 1, results: [ok(disks[1]!), refused] });
    const error = await snapshots.rollback(tree, { snapshotId: 'origin', diskIds: ['vol-a', 'vol-b'] }).catch((e: unknown) => e);
    expect(sent).toHaveLength(1);
    expect(error).toBeInstanceOf(SnapshotPartsError);
    const parts = (error as SnapshotPartsError).parts;
    expect(parts.map((p) => [p.diskName, p.ok])).toEqual([['sda', false], ['sdb', true]]);
    expect(parts[0]!.error).toMatchObject({ code: '23010', message: 'volume not attached', messageZh: '云盘未挂载', details: 'volume vol-a of vm' });
    expect((error as SnapshotPartsError).message).toBe('1 of 2 disks failed: volume not attached');
  });
});
