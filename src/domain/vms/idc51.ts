import type { Idc51PowerVerb } from '@/api/idc51/client';
import type { Idc51Instance } from '@/api/idc51/types';
import { fanOut, providerLimiter } from '../fanout';
import type { Idc51Context } from '../providers/idc51';
import type { ReadOptions } from '../read';
import { idc51InstanceToVm } from './adapt/idc51';
import { IDC51_ACTIONS, idc51Can } from './capabilities/idc51';
import { vmNotFound } from './notFound';
import type { PartialFailure, VmAction, VmService } from './types';

/** 51idc pages lists with offset/limit, at most 100 rows a page. */
export const IDC51_PAGE = 100;

const VERB: Partial<Record<VmAction, Idc51PowerVerb>> = { start: 'start', stop: 'stop', restart: 'restart' };

export function createIdc51VmService(ctx: Idc51Context): VmService {
  const connectionId = ctx.connection.id;
  const limited = <T>(call: () => Promise<T>, signal?: AbortSignal) => providerLimiter('idc51').run(call, { signal });

  async function list({ signal }: ReadOptions = {}) {
    const client = ctx.readClient(signal);
    const first = await ctx.read(() => limited(() => client.listInstances(ctx.zone, { offset: 0, limit: IDC51_PAGE }), signal));
    const offsets: number[] = [];
    for (let offset = IDC51_PAGE; offset < first.total_count; offset += IDC51_PAGE) offsets.push(offset);
    const instances: Idc51Instance[] = [...first.instances];
    const failures: PartialFailure[] = [];
    const pages = await fanOut('idc51', offsets, (offset) => ctx.read(() => client.listInstances(ctx.zone, { offset, limit: IDC51_PAGE })), undefined, { signal });
    signal?.throwIfAborted();
    pages.forEach((page, i) => {
      if (page.status === 'fulfilled') instances.push(...page.value.instances);
      else failures.push({ source: `${ctx.zone} offset ${offsets[i]}`, error: page.reason });
    });
    const byId = new Map(instances.map((i) => [i.instance_id, i]));
    return { vms: [...byId.values()].map((i) => idc51InstanceToVm(i, connectionId, ctx.zone)), failures };
  }

  return {
    list,
    async get(id, { signal } = {}) {
      const reply = await ctx.read(() => limited(() => ctx.readClient(signal).listInstances(ctx.zone, { instances: [id], limit: 1 }), signal));
      const instance = reply.instances.find((i) => i.instance_id === id);
      if (!instance) throw vmNotFound('idc51', id);
      return idc51InstanceToVm(instance, connectionId, ctx.zone);
    },
    actions: IDC51_ACTIONS,
    can: idc51Can,
    async run(vm, action) {
      const verb = VERB[action];
      if (!verb) throw new Error(`51idc does not offer the VM action "${action}"`);
      const job = await ctx.mutate(() => limited(() => ctx.client.powerInstances(ctx.zone, verb, [vm.id])));
      return { job: { kind: 'idc51-job', zone: ctx.zone, jobId: job.job_id } };
    },
  };
}
