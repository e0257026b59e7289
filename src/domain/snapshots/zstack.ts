import { isProviderError } from '@/api/errors';
import { zstackJobUuid } from '@/api/zstack/client';
import type { ZStackAsyncAccepted, ZStackBackupStorageInventory, ZStackPrimaryStorageInventory, ZStackVolumeInventory } from '@/api/zstack/types';
import { providerLimiter } from '../fanout';
import type { JobSpec } from '../jobs/types';
import type { ZStackContext } from '../providers/zstack';
import { adaptZStackSnapshots, zstackSnapshotNode, zstackVolumeResource } from './adapt/zstack';
import { snapshotCan } from './capabilities';
import { SnapshotPartlyAcceptedError, ensureAllowed } from './errors';
import { listEntryOf } from './list';
import type { ExportStorage, SnapshotService, SnapshotTarget } from './types';
import type { VmService } from '../vms/types';

/** A backup or primary storage as an export form lists it: usable = Enabled and Connected (docs/providers/zstack.md §7.2). */
export function zstackExportStorage(s: ZStackBackupStorageInventory | ZStackPrimaryStorageInventory): ExportStorage {
  return {
    id: s.uuid,
    name: s.name || s.uuid,
    type: s.type,
    state: s.state,
    status: s.status,
    usable: s.state === 'Enabled' && s.status === 'Connected',
    totalBytes: typeof s.totalCapacity === 'number' ? s.totalCapacity : undefined,
    availableBytes: typeof s.availableCapacity === 'number' ? s.availableCapacity : undefined,
  };
}

/** Rows per snapshot query page (ZStack's default limit). */
export const ZSTACK_SNAPSHOT_PAGE = 1000;

/**
 * ZStack volume snapshots of a VM's volumes (or one volume): several trees per volume, one current. Every
 * mutation is an api-job; revert is per volume with the VM stopped; delete takes the whole subtree.
 */
export function createZStackSnapshotService(ctx: ZStackContext, vms: Pick<VmService, 'list'>): SnapshotService {
  const limited = <T>(call: () => Promise<T>) => providerLimiter('zstack').run(call);
  const read = <T>(call: () => Promise<T>) => ctx.read(() => limited(call));
  const mutate = <T>(call: () => Promise<T>) => ctx.mutate(() => limited(call));
  const jobOf = (accepted: ZStackAsyncAccepted): JobSpec => ({ kind: 'zstack-api-job', jobUuid: zstackJobUuid(accepted.location) });

  async function volumesOf(target: SnapshotTarget): Promise<ZStackVolumeInventory[]> {
    const q = target.volumeId ? [`uuid=${target.volumeId}`] : [`vmInstanceUuid=${target.vmId}`];
    return (await read(() => ctx.snapshots.queryVolumes({ q }))).inventories;
  }

  /** Every page of a query (start + limit). */
  async function pages<T>(query: (start: number) => Promise<{ inventories: T[] }>): Promise<T[]> {
    const all: T[] = [];
    for (let start = 0; ; start += ZSTACK_SNAPSHOT_PAGE) {
      const page = await read(() => query(start));
      all.push(...page.inventories);
      if (page.inventories.length < ZSTACK_SNAPSHOT_PAGE) return all;
    }
  }

  const snapshotsOf = (volumeIds: string[]) => pages((start) => ctx.snapshots.querySnapshots({ q: [`volumeUuid?=${volumeIds.join(',')}`], limit: ZSTACK_SNAPSHOT_PAGE, start }));

  /** Every volume snapshot in pages, the volumes (which VM each is attached to) and the VMs' names. */
  async function list() {
    const [snapshots, volumes, listed] = await Promise.all([
      pages((start) => ctx.snapshots.querySnapshots({ limit: ZSTACK_SNAPSHOT_PAGE, start })),
      pages((start) => ctx.snapshots.queryVolumes({ limit: ZSTACK_SNAPSHOT_PAGE, start })),
      vms.list(),
    ]);
    const names = new Map(listed.vms.map((vm) => [vm.id, vm.name]));
    const resources = new Map(volumes.map((v) => [v.uuid, zstackVolumeResource(v)]));
    const vmOfVolume = new Map(volumes.filter((v) => v.vmInstanceUuid).map((v) => [v.uuid, v.vmInstanceUuid!]));
    const entries = snapshots.map((snap) => {
      const node = zstackSnapshotNode(snap, resources);
      const vmId = vmOfVolume.get(node.resource.id);
      return listEntryOf(ctx.connection.id, 'zstack', node, vmId ? { id: vmId, name: names.get(vmId) ?? vmId } : undefined);
    });
    return { entries, failures: listed.failures };
  }

  async function tree(target: SnapshotTarget) {
    const volumes = await volumesOf(target);
    const ids = volumes.map((v) => v.uuid);
    if (!ids.length) return adaptZStackSnapshots(target, [], [], []);
    const [snapshots, trees] = await Promise.all([snapshotsOf(ids), read(() => ctx.snapshots.queryTrees({ q: [`volumeUuid?=${ids.join(',')}`] }))]);
    return adaptZStackSnapshots(target, volumes, snapshots, trees.inventories);
  }

  async function usableBackupStorage(): Promise<string[]> {
    const { inventories } = await read(() => ctx.snapshots.queryBackupStorage({ q: ['state=Enabled', 'status=Connected'] }));
    if (!inventories[0]) throw new Error('ZStack has no usable (Enabled, Connected) backup storage for the template');
    return [inventories[0].uuid];
  }

  return {
    tree,
    list,
    can: (t, action, snapshotId) => snapshotCan(t, action, snapshotId),
    async create(target, input) {
      const volumeIds = input.disks?.length ? input.disks : target.volumeId ? [target.volumeId] : (await volumesOf(target)).filter((v) => v.type === 'Root').map((v) => v.uuid);
      const jobs: JobSpec[] = [];
      // One snapshot per chosen volume; each call is sent once and never repeated.
      for (const volumeId of volumeIds) {
        try {
          jobs.push(jobOf(await mutate(() => ctx.snapshots.create(volumeId, { params: { name: input.name, description: input.description } }))));
        } catch (error) {
          // The volumes already accepted are being snapshotted: their jobs go with the refusal, to be tracked.
          if (jobs.length && isProviderError(error)) throw new SnapshotPartlyAcceptedError(error, jobs);
          throw error;
        }
      }
      return { jobs };
    },
    async rollback(t, input) {
      ensureAllowed('zstack', snapshotCan(t, 'rollbackVolume', input.snapshotId));
      return { jobs: [jobOf(await mutate(() => ctx.snapshots.revert(input.snapshotId)))] };
    },
    async delete(t, snapshotId) {
      ensureAllowed('zstack', snapshotCan(t, 'delete', snapshotId));
      return { jobs: [jobOf(await mutate(() => ctx.snapshots.delete(snapshotId, 'Permissive')))] };
    },
    async modify(t, snapshotId, change) {
      ensureAllowed('zstack', snapshotCan(t, 'modify', snapshotId));
      return { jobs: [jobOf(await mutate(() => ctx.snapshots.update(snapshotId, change)))] };
    },
    async export(t, input) {
      const action = input.as === 'image' ? 'exportImage' : input.as === 'template' ? 'exportTemplate' : 'exportVolume';
      ensureAllowed('zstack', snapshotCan(t, action, input.snapshotId));
      if (input.as === 'volume') {
        const params = { name: input.name, description: input.description || undefined, primaryStorageUuid: input.primaryStorageUuid };
        return { jobs: [jobOf(await mutate(() => ctx.snapshots.createDataVolume(input.snapshotId, { params })))] };
      }
      const backupStorageUuids = input.backupStorageUuids?.length ? input.backupStorageUuids : await usableBackupStorage();
      const params = { name: input.name, description: input.description || undefined, backupStorageUuids };
      const accepted = await mutate(() =>
        input.as === 'image' ? ctx.snapshots.createRootVolumeTemplate(input.snapshotId, { params }) : ctx.snapshots.createDataVolumeTemplate(input.snapshotId, { params }),
      );
      return { jobs: [jobOf(accepted)] };
    },
    async exportOptions(as) {
      // Templates (data or root) go to backup storage; a data volume to primary storage. Every one is listed,
      // the unusable ones too, so the form can say why it cannot take them.
      if (as === 'volume') return { primaryStorages: (await read(() => ctx.snapshots.queryPrimaryStorage())).inventories.map(zstackExportStorage) };
      return { backupStorages: (await read(() => ctx.snapshots.queryBackupStorage())).inventories.map(zstackExportStorage) };
    },
    async size(t, snapshotId) {
      ensureAllowed('zstack', snapshotCan(t, 'size', snapshotId));
      return { jobs: [jobOf(await mutate(() => ctx.snapshots.size(snapshotId)))] };
    },
  };
}
