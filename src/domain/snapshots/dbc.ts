import type { DbcSnapshotB } from '@/api/dbc/types';
import { fanOut, providerLimiter } from '../fanout';
import type { DbcContext } from '../providers/dbc';
import { adaptDbcSnapshots } from './adapt/dbc';
import { snapshotCan } from './capabilities';
import { SnapshotRefusedError, ensureAllowed } from './errors';
import { listPerVm } from './list';
import { snapshotTargetOf } from './target';
import type { SnapshotService, SnapshotTarget } from './types';
import type { VmService } from '../vms/types';

function nodeOf(target: SnapshotTarget): string {
  if (!target.nodeId) throw new Error('A DBC snapshot target needs the node the VM runs on');
  return target.nodeId;
}

/**
 * DBC snapshots of one task (VM): era B (`2022`) lists them with per-disk details and creates with `disks`;
 * era C (`current`) creates and uploads to an image-center server. The node has no rollback and no modify.
 */
export function createDbcSnapshotService(ctx: DbcContext, vms: Pick<VmService, 'list'>): SnapshotService {
  const era = ctx.connection.options.era === '2022' ? 'B' : 'C';
  const capability = { era: ctx.connection.options.era };
  const limited = <T>(call: () => Promise<T>) => providerLimiter('dbc').run(call);

  async function tree(target: SnapshotTarget) {
    const nodeId = nodeOf(target);
    if (era === 'C') return adaptDbcSnapshots(target, 'C', await limited(() => ctx.snapshots.listC(nodeId, ctx.auth(), target.vmId)));
    const list = await limited(() => ctx.snapshots.listB(nodeId, ctx.auth(), target.vmId));
    // Era B lists without disks: one detail per snapshot adds them (a failed detail keeps the list entry).
    const details = await fanOut('dbc', list, (item) => ctx.snapshots.detailB(nodeId, ctx.auth(), target.vmId, item.snapshot_name), undefined, { first: true });
    const items: DbcSnapshotB[] = list.map((item, i) => {
      const detail = details[i];
      return detail?.status === 'fulfilled' ? { ...item, disks: detail.value.disks } : item;
    });
    return adaptDbcSnapshots(target, 'B', items);
  }

  async function firstImageServer(): Promise<string> {
    const { image_server: servers } = await limited(() => ctx.client.imageServers());
    if (!servers[0]) throw new Error('The DBC client knows no image server to upload the snapshot to');
    return servers[0];
  }

  // No rollback or modify on the node; era C uploads each snapshot to the image center when it is made.
  const notOffered = () => Promise.reject(new SnapshotRefusedError('dbc', { key: 'snapshot.reason.notOffered' }));

  /** DBC keeps snapshots per task: one list per VM on its node (era B without the per-snapshot disk details). */
  const list = () =>
    listPerVm('dbc', ctx.connection.id, () => vms.list(), async (vm) => {
      const target = snapshotTargetOf(vm);
      const nodeId = nodeOf(target);
      const items = era === 'C' ? await ctx.snapshots.listC(nodeId, ctx.auth(), vm.id) : await ctx.snapshots.listB(nodeId, ctx.auth(), vm.id);
      return [...adaptDbcSnapshots(target, era, items).nodes.values()];
    });

  return {
    tree,
    list,
    can: (t, action, snapshotId) => snapshotCan(t, action, snapshotId, capability),
    async create(target, input) {
      const nodeId = nodeOf(target);
      if (era === 'B') {
        const disks = input.disks?.map((disk) => ({ disk_name: disk, snapshot_type: 'external' as const }));
        // The node requires a description (code); the name stands in when none is given.
        await limited(() => ctx.snapshots.createB(nodeId, ctx.auth(), target.vmId, { snapshot_name: input.name, description: input.description || input.name, ...(disks ? { disks } : {}) }));
      } else {
        const imageServer = input.imageServer ?? (await firstImageServer());
        await limited(() => ctx.snapshots.createC(nodeId, ctx.auth(), target.vmId, { snapshot_name: input.name, desc: input.description ?? '', image_server: imageServer }));
      }
      return { jobs: [{ kind: 'dbc-snapshot', nodeId, taskId: target.vmId, name: input.name, era }] };
    },
    async delete(t, snapshotId) {
      ensureAllowed('dbc', snapshotCan(t, 'delete', snapshotId, capability));
      const nodeId = nodeOf(t.target);
      await limited(() => (era === 'B' ? ctx.snapshots.deleteB : ctx.snapshots.deleteC)(nodeId, ctx.auth(), t.target.vmId, snapshotId));
      return { jobs: [] };
    },
    rollback: notOffered,
    modify: notOffered,
    export: notOffered,
  };
}
