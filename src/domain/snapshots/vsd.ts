import { ProviderError } from '@/api/errors';
import { vsdScodeKind } from '@/api/vsd/types';
import { providerLimiter } from '../fanout';
import type { VsdContext } from '../providers/vsd';
import { adaptVsdSnapshots, vsdSnapshotNode } from './adapt/vsd';
import { snapshotCan } from './capabilities';
import { SnapshotPartsError, SnapshotRefusedError, ensureAllowed } from './errors';
import { listPerVm } from './list';
import type { SnapshotPartResult, SnapshotService, SnapshotTarget } from './types';
import type { VmService } from '../vms/types';

/**
 * vsd VM snapshot tree: synchronous calls addressed by snapshot name. A memory snapshot is usable only once
 * its image is saved (a job follows that); rollback and per-disk rollback need the VM shut off unless the
 * memory image resumes it.
 */
export function createVsdSnapshotService(ctx: VsdContext, vms: Pick<VmService, 'list'>): SnapshotService {
  const limited = <T>(call: () => Promise<T>) => providerLimiter('vsd').run(call);
  const vm = (target: SnapshotTarget) => ({ ...ctx.scope, compute_uuid: target.vmId });
  const mutate = <T>(call: () => Promise<T>) => ctx.mutate(() => limited(call));

  async function tree(target: SnapshotTarget) {
    const [list, shape] = await Promise.all([
      ctx.read(() => limited(() => ctx.snapshots.list({ ...vm(target), page_size: 0 }))),
      ctx.read(() => limited(() => ctx.snapshots.tree(vm(target)))),
    ]);
    return adaptVsdSnapshots(target, list.list, shape);
  }

  /** vsd keeps one tree per VM: its list call per VM (the parents are not needed for the flat list). */
  const list = () =>
    listPerVm('vsd', ctx.connection.id, () => vms.list(), async (vm) =>
      (await ctx.read(() => ctx.snapshots.list({ ...ctx.scope, compute_uuid: vm.id, page_size: 0 }))).list.map((snap) => vsdSnapshotNode(snap, vm.id)),
    );

  return {
    tree,
    list,
    can: (t, action, snapshotId) => snapshotCan(t, action, snapshotId),
    async create(target, input) {
      await mutate(() => ctx.snapshots.create({ ...vm(target), name: input.name, description: input.description, domain_memory: input.withMemory ?? false }));
      return { jobs: input.withMemory ? [{ kind: 'vsd-snapshot-memory', computeUuid: target.vmId, name: input.name }] : [] };
    },
    async rollback(t, input) {
      const name = input.snapshotId;
      if (input.diskIds) {
        ensureAllowed('vsd', snapshotCan(t, 'rollbackVolume', name));
        const parts = t.nodes.get(name)!.disks.filter((d) => input.diskIds!.includes(d.diskId));
        const list = parts.map((d) => ({ VolumeUuid: d.diskId, SnapshotUuid: d.partId ?? '', DiskDrive: d.diskName ?? '' }));
        const batch = await mutate(() => ctx.snapshots.rollbackVolumes({ ...vm(t.target), disk_snapshot_list: list }));
        // One result per item, in the order sent (each carries its item back where the platform echoes it).
        const results: SnapshotPartResult[] = parts.map((d, i) => {
          const r = batch.results.find((x) => x.data?.VolumeUuid === d.diskId) ?? batch.results[i];
          if (!r) return { diskId: d.diskId, diskName: d.diskName, ok: false, error: batchFailure(-1, 'No result for this disk in the batch answer', '批量结果中没有此磁盘', '') };
          return r.scode === 0 ? { diskId: d.diskId, diskName: d.diskName, ok: true } : { diskId: d.diskId, diskName: d.diskName, ok: false, error: batchFailure(r.scode, r.message, r.message_cn, r.desc) };
        });
        if (results.some((r) => !r.ok)) throw new SnapshotPartsError('vsd', results);
        return { jobs: [], parts: results };
      }
      ensureAllowed('vsd', snapshotCan(t, input.withMemory ? 'rollbackWithMemory' : 'rollback', name));
      await mutate(() => ctx.snapshots.rollback({ ...vm(t.target), name, domain_memory: input.withMemory ?? false }));
      // The call is synchronous; the VM-state job confirms where it landed (running after a memory rollback).
      return { jobs: [{ kind: 'vsd-vm-state', computeUuid: t.target.vmId, success: [input.withMemory ? 'running' : 'shutoff'], failure: ['crashed'] }] };
    },
    async delete(t, name) {
      ensureAllowed('vsd', snapshotCan(t, 'delete', name));
      await mutate(() => ctx.snapshots.delete({ ...vm(t.target), name }));
      return { jobs: [] };
    },
    async modify(t, name, change) {
      ensureAllowed('vsd', snapshotCan(t, 'modify', name));
      await mutate(() => ctx.snapshots.modify({ ...vm(t.target), name, description: change.description ?? '' }));
      return { jobs: [] };
    },
    export: () => Promise.reject(new SnapshotRefusedError('vsd', { key: 'snapshot.reason.notOffered' })),
  };
}

/** A per-disk item the platform refused (BatchOutput result): the same ProviderError a whole call would give. */
function batchFailure(scode: number, message: string, messageZh: string, desc: string): ProviderError {
  return new ProviderError({ provider: 'vsd', httpStatus: 200, code: String(scode), message, messageZh: messageZh || undefined, details: desc || undefined, kind: vsdScodeKind(scode) ?? 'conflict', retriable: false });
}
