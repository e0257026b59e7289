import type { ActionOutcome, Capability, Vm, VmAction } from '@/domain/vms/types';

export type BulkAction = Extract<VmAction, 'start' | 'stop' | 'delete'>;
export const BULK_ACTIONS: readonly BulkAction[] = ['start', 'stop', 'delete'];

export type BulkResult =
  | { vm: Vm; outcome: 'succeeded'; result: ActionOutcome }
  | { vm: Vm; outcome: 'failed'; error: unknown }
  | { vm: Vm; outcome: 'skipped'; reason: Extract<Capability, { allowed: false }>['reason'] };

export interface BulkDeps {
  can(vm: Vm, action: VmAction): Capability;
  run(vm: Vm, action: VmAction): Promise<ActionOutcome>;
}

/** Which selected VMs the action would run on, and which are skipped (with the reason their state gives). */
export function planBulk(vms: readonly Vm[], action: BulkAction, can: BulkDeps['can']): { run: Vm[]; skipped: Array<Extract<BulkResult, { outcome: 'skipped' }>> } {
  const run: Vm[] = [];
  const skipped: Array<Extract<BulkResult, { outcome: 'skipped' }>> = [];
  for (const vm of vms) {
    const capability = can(vm, action);
    if (capability.allowed) run.push(vm);
    else skipped.push({ vm, outcome: 'skipped', reason: capability.reason });
  }
  return { run, skipped };
}

/**
 * Runs the action on each allowed VM, a few at a time (each provider's own limiter still caps its requests),
 * and reports every item: succeeded, failed with the provider's error, or skipped. One failure never stops
 * the others. Results keep the selection's order.
 */
export async function runBulk(vms: readonly Vm[], action: BulkAction, deps: BulkDeps, concurrency = 3, onItem?: (result: BulkResult) => void): Promise<BulkResult[]> {
  const { run, skipped } = planBulk(vms, action, deps.can);
  const results = new Map<Vm, BulkResult>(skipped.map((s) => [s.vm, s]));
  let next = 0;
  async function worker() {
    while (next < run.length) {
      const vm = run[next++]!;
      let result: BulkResult;
      try {
        result = { vm, outcome: 'succeeded', result: await deps.run(vm, action) };
      } catch (error) {
        result = { vm, outcome: 'failed', error };
      }
      results.set(vm, result);
      onItem?.(result);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, run.length) }, worker));
  return vms.map((vm) => results.get(vm)!);
}
