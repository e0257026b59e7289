import { zstackJobUuid } from '@/api/zstack/client';
import type { ZStackVmAction, ZStackVmInstanceInventory } from '@/api/zstack/types';
import { fanOut, providerLimiter } from '../fanout';
import type { ZStackContext } from '../providers/zstack';
import type { ReadOptions } from '../read';
import { zstackVmToVm } from './adapt/zstack';
import { ZSTACK_ACTIONS, zstackCan } from './capabilities/zstack';
import { vmNotFound } from './notFound';
import { createZStackVmCreator } from './zstackCreate';
import type { PartialFailure, Vm, VmAction, VmService } from './types';

/** ZStack answers at most 1000 rows per query by default; larger fleets are read page by page. */
export const ZSTACK_PAGE = 1000;

const ACTION_BODY: Partial<Record<VmAction, ZStackVmAction>> = {
  start: { startVmInstance: {} },
  shutdown: { stopVmInstance: { type: 'grace' } },
  stop: { stopVmInstance: { type: 'cold' } },
  restart: { rebootVmInstance: {} },
};

export function createZStackVmService(ctx: ZStackContext): VmService {
  const connectionId = ctx.connection.id;
  const limited = <T>(call: () => Promise<T>, signal?: AbortSignal) => providerLimiter('zstack').run(call, { signal });

  async function list({ signal }: ReadOptions = {}) {
    const client = ctx.readClient(signal);
    const first = await ctx.read(() => limited(() => client.queryVmInstances({ limit: ZSTACK_PAGE, start: 0, replyWithCount: true }), signal));
    const total = first.total ?? first.inventories.length;
    const starts: number[] = [];
    for (let start = ZSTACK_PAGE; start < total; start += ZSTACK_PAGE) starts.push(start);
    const failures: PartialFailure[] = [];
    const inventories: ZStackVmInstanceInventory[] = [...first.inventories];
    const pages = await fanOut('zstack', starts, (start) => ctx.read(() => client.queryVmInstances({ limit: ZSTACK_PAGE, start })), undefined, { signal });
    signal?.throwIfAborted();
    pages.forEach((page, i) => {
      if (page.status === 'fulfilled') inventories.push(...page.value.inventories);
      else failures.push({ source: `vm-instances[${starts[i]}..${starts[i]! + ZSTACK_PAGE - 1}]`, error: page.reason });
    });
    // Pages read at slightly different moments may overlap when VMs come and go: keep one row per uuid.
    const byUuid = new Map(inventories.map((vm) => [vm.uuid, vm]));
    return { vms: [...byUuid.values()].map((vm) => zstackVmToVm(vm, connectionId)), failures };
  }

  async function get(id: string, { signal }: ReadOptions = {}): Promise<Vm> {
    const inventory = await ctx.read(() => limited(() => ctx.readClient(signal).getVmInstance(id), signal));
    if (!inventory) throw vmNotFound('zstack', id);
    return zstackVmToVm(inventory, connectionId);
  }

  return {
    list,
    get,
    actions: ZSTACK_ACTIONS,
    can: zstackCan,
    fromImage: createZStackVmCreator(ctx),
    async run(vm, action) {
      const body = ACTION_BODY[action];
      if (!body) throw new Error(`ZStack does not offer the VM action "${action}"`);
      const accepted = await ctx.mutate(() => limited(() => ctx.client.vmAction(vm.id, body)));
      return { job: { kind: 'zstack-api-job', jobUuid: zstackJobUuid(accepted.location) } };
    },
  };
}
