import type { VsdPowerOp } from '@/api/vsd/client';
import type { VsdComputeSummary } from '@/api/vsd/types';
import { fanOut, providerLimiter } from '../fanout';
import type { VsdContext } from '../providers/vsd';
import type { ReadOptions } from '../read';
import { vsdInspectToVm, vsdSummaryToVm } from './adapt/vsd';
import { VSD_ACTIONS, vsdCan } from './capabilities/vsd';
import type { PartialFailure, VmAction, VmService } from './types';

/** Rows per `/v1/compute/list` page (page_number is 0-based; the first page also tells total_count). */
export const VSD_PAGE = 500;

/** The endpoint and the power state each action ends in (the calls are synchronous; the job confirms it). */
const POWER: Partial<Record<VmAction, { op: VsdPowerOp; success: string[] }>> = {
  start: { op: 'start', success: ['running'] },
  stop: { op: 'shutoff', success: ['shutoff'] },
  reset: { op: 'reset', success: ['running'] },
  resume: { op: 'resume', success: ['running'] },
  restore: { op: 'restore', success: ['running'] },
};

export function createVsdVmService(ctx: VsdContext): VmService {
  const connectionId = ctx.connection.id;
  const cluster = ctx.scope.cluster_uuid;
  const limited = <T>(call: () => Promise<T>, signal?: AbortSignal) => providerLimiter('vsd').run(call, { signal });

  async function list({ signal }: ReadOptions = {}) {
    const client = ctx.readClient(signal);
    const first = await ctx.read(() => limited(() => client.listComputes({ ...ctx.scope, page_number: 0, page_size: VSD_PAGE }), signal));
    const total = first.total_count ?? first.domains.length;
    const pageNumbers: number[] = [];
    for (let page = 1; page * VSD_PAGE < total; page++) pageNumbers.push(page);
    const items: VsdComputeSummary[] = [...first.domains];
    const failures: PartialFailure[] = [];
    const pages = await fanOut('vsd', pageNumbers, (page) => ctx.read(() => client.listComputes({ ...ctx.scope, page_number: page, page_size: VSD_PAGE })), undefined, { signal });
    signal?.throwIfAborted();
    pages.forEach((result, i) => {
      if (result.status === 'fulfilled') items.push(...result.value.domains);
      else failures.push({ source: `${cluster} page ${pageNumbers[i]}`, error: result.reason });
    });
    const byUuid = new Map(items.map((item) => [item.uuid, item]));
    return { vms: [...byUuid.values()].map((item) => vsdSummaryToVm(item, connectionId, cluster)), failures };
  }

  return {
    list,
    async get(id, { signal } = {}) {
      return vsdInspectToVm(await ctx.read(() => limited(() => ctx.readClient(signal).inspectCompute({ ...ctx.scope, compute_uuid: id }), signal)), connectionId, cluster);
    },
    actions: VSD_ACTIONS,
    can: vsdCan,
    async run(vm, action) {
      const power = POWER[action];
      if (!power) throw new Error(`vsd does not offer the VM action "${action}"`);
      await ctx.mutate(() => limited(() => ctx.client.powerCompute(power.op, { ...ctx.scope, compute_uuid: vm.id, compute_name: vm.name })));
      return { job: { kind: 'vsd-vm-state', computeUuid: vm.id, success: power.success, failure: ['crashed'] } };
    },
  };
}
