import type { Idc51Instance, Idc51Job, Idc51Snapshot } from '@/api/idc51/types';
import { providerLimiter } from '../fanout';
import type { JobSpec } from '../jobs/types';
import type { Idc51Context } from '../providers/idc51';
import { adaptIdc51Snapshots, idc51SnapshotNode } from './adapt/idc51';
import { snapshotCan } from './capabilities';
import { ensureAllowed } from './errors';
import { listEntryOf } from './list';
import type { SnapshotResource, SnapshotService, SnapshotTarget } from './types';

/** The list's maximum page (api-docs-v2: limit ≤ 100). */
export const IDC51_SNAPSHOT_PAGE = 100;

/**
 * 51idc backups of an instance and its disks (or of one volume): chains per resource. Every mutation but
 * modify is a Job; apply restarts a running instance; export is by resource type (image / disk).
 */
export function createIdc51SnapshotService(ctx: Idc51Context): SnapshotService {
  const limited = <T>(call: () => Promise<T>) => providerLimiter('idc51').run(call);
  const jobOf = (job: Idc51Job): { jobs: JobSpec[] } => ({ jobs: [{ kind: 'idc51-job', zone: ctx.zone, jobId: job.job_id }] });

  async function resourcesOf(target: SnapshotTarget): Promise<SnapshotResource[]> {
    if (target.volumeId) return [{ kind: 'volume', id: target.volumeId }];
    const { instances } = await ctx.read(() => limited(() => ctx.client.listInstances(ctx.zone, { instances: [target.vmId], limit: 1 })));
    const instance = instances.find((i) => i.instance_id === target.vmId);
    const vm: SnapshotResource = { kind: 'vm', id: target.vmId, name: instance?.instance_name };
    return [vm, ...(instance?.volumes ?? []).map((v): SnapshotResource => ({ kind: 'volume', id: v.volume_id, name: v.volume_name, role: 'data' }))];
  }

  /** Every point of one resource, page by page (a chain holds up to 30, a resource many chains). */
  async function pointsOf(resourceId: string): Promise<Idc51Snapshot[]> {
    const points: Idc51Snapshot[] = [];
    for (let offset = 0; ; offset += IDC51_SNAPSHOT_PAGE) {
      const page = await ctx.read(() => limited(() => ctx.snapshots.list(ctx.zone, { resource_id: resourceId, offset, limit: IDC51_SNAPSHOT_PAGE })));
      points.push(...page.snapshots);
      if (page.snapshots.length < IDC51_SNAPSHOT_PAGE || points.length >= page.total_count) return points;
    }
  }

  /** Every page of a zone-wide list (offset + limit ≤ 100). */
  async function pages<T>(read: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
    const all: T[] = [];
    for (let offset = 0; ; offset += IDC51_SNAPSHOT_PAGE) {
      const page = await ctx.read(() => limited(() => read(offset)));
      all.push(...page.items);
      if (page.items.length < IDC51_SNAPSHOT_PAGE || all.length >= page.total) return all;
    }
  }

  /** The zone's backups in pages, beside its instances (whose volumes say which VM a volume backup belongs to). */
  async function list() {
    const [points, instances] = await Promise.all([
      pages<Idc51Snapshot>(async (offset) => {
        const page = await ctx.snapshots.list(ctx.zone, { offset, limit: IDC51_SNAPSHOT_PAGE });
        return { items: page.snapshots, total: page.total_count };
      }),
      pages<Idc51Instance>(async (offset) => {
        const page = await ctx.client.listInstances(ctx.zone, { offset, limit: IDC51_SNAPSHOT_PAGE });
        return { items: page.instances, total: page.total_count };
      }),
    ]);
    const vmOf = new Map<string, { id: string; name: string }>();
    for (const i of instances) {
      const vm = { id: i.instance_id, name: i.instance_name || i.instance_id };
      vmOf.set(i.instance_id, vm);
      for (const v of i.volumes ?? []) vmOf.set(v.volume_id, vm);
    }
    const unique = [...new Map(points.map((p) => [p.snapshot_id, p])).values()];
    const entries = unique.map((point) => {
      const node = idc51SnapshotNode(point, point.resource?.resource_id ?? '');
      return listEntryOf(ctx.connection.id, 'idc51', node, vmOf.get(node.resource.id));
    });
    return { entries, failures: [] };
  }

  async function tree(target: SnapshotTarget) {
    const resources = await resourcesOf(target);
    // Each page read takes its own limiter slot; holding one per resource here (fanOut) as well would let six
    // resources take every slot and wait forever for their page reads.
    const read = await Promise.allSettled(resources.map((r) => pointsOf(r.id)));
    const failed = read.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const points = read.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
    const unique = [...new Map(points.map((p) => [p.snapshot_id, p])).values()];
    return adaptIdc51Snapshots(target, unique, resources);
  }

  const mutate = <T>(call: () => Promise<T>) => ctx.mutate(() => limited(call));

  return {
    tree,
    list,
    can: (t, action, snapshotId) => snapshotCan(t, action, snapshotId),
    async create(target, input) {
      const resource = target.volumeId ?? target.vmId;
      return jobOf(await mutate(() => ctx.snapshots.create(ctx.zone, { resources: [resource], snapshot_name: input.name, is_full: input.full ? 1 : 0 })));
    },
    async rollback(t, input) {
      const point = t.nodes.get(input.snapshotId);
      ensureAllowed('idc51', snapshotCan(t, point?.resource.kind === 'volume' ? 'rollbackVolume' : 'rollback', input.snapshotId));
      return jobOf(await mutate(() => ctx.snapshots.apply(ctx.zone, [input.snapshotId])));
    },
    async delete(t, snapshotId) {
      ensureAllowed('idc51', snapshotCan(t, 'delete', snapshotId));
      return jobOf(await mutate(() => ctx.snapshots.delete(ctx.zone, [snapshotId])));
    },
    async modify(t, snapshotId, change) {
      ensureAllowed('idc51', snapshotCan(t, 'modify', snapshotId));
      await mutate(() => ctx.snapshots.modify(ctx.zone, snapshotId, { snapshot_name: change.name, description: change.description }));
      return { jobs: [] };
    },
    async export(t, input) {
      if (input.as === 'image') {
        ensureAllowed('idc51', snapshotCan(t, 'exportImage', input.snapshotId));
        return jobOf(await mutate(() => ctx.snapshots.captureInstance(ctx.zone, input.snapshotId, input.name)));
      }
      ensureAllowed('idc51', snapshotCan(t, input.as === 'volume' ? 'exportVolume' : 'exportTemplate', input.snapshotId));
      return jobOf(await mutate(() => ctx.snapshots.createVolume(ctx.zone, input.snapshotId, input.name)));
    },
  };
}
