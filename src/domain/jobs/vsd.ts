import { VSD_ATTR_MEMORY_ERROR, VSD_ATTR_MEMORY_STATE, VSD_ATTR_PROGRESS } from '@/api/vsd/types';
import { providerLimiter } from '../fanout';
import { toNumber } from '../vms/units';
import type { VsdContext } from '../providers/vsd';
import { vsdProviderStatus } from '../vms/capabilities/vsd';
import type { JobCheck, JobSpec } from './types';

/**
 * vsd power operations are synchronous, so the "job" is the VM reaching its state: done when its power state
 * is one of `success` with no operation (action) in progress, failed on a `failure` state.
 */
export function createVsdJobChecker(ctx: VsdContext): (spec: JobSpec) => Promise<JobCheck> {
  return async (spec) => {
    if (spec.kind === 'vsd-snapshot-memory') return checkMemorySave(ctx, spec);
    if (spec.kind !== 'vsd-vm-state') throw new Error(`A vsd connection cannot check a ${spec.kind} job`);
    const vm = await ctx.read(() => providerLimiter('vsd').run(() => ctx.client.inspectCompute({ ...ctx.scope, compute_uuid: spec.computeUuid })));
    const providerStatus = vsdProviderStatus(vm.state, vm.action);
    if (spec.failure?.includes(vm.state)) {
      return { status: 'failed', providerStatus, error: { code: vm.state, message: `The VM ended in "${vm.state}"`, messageZh: `虚拟机状态变为“${vm.state}”` } };
    }
    const settled = !vm.action || vm.action === 'noaction';
    return { status: settled && spec.success.includes(vm.state) ? 'succeeded' : 'running', providerStatus };
  };
}

/** A memory snapshot is usable once its image is saved (attr.memory_state `ready`); `failed` ends it for good. */
async function checkMemorySave(ctx: VsdContext, spec: Extract<JobSpec, { kind: 'vsd-snapshot-memory' }>): Promise<JobCheck> {
  const snap = await ctx.read(() => providerLimiter('vsd').run(() => ctx.snapshots.get({ ...ctx.scope, compute_uuid: spec.computeUuid, name: spec.name })));
  const state = snap.attr?.[VSD_ATTR_MEMORY_STATE] ?? 'ready';
  const progress = toNumber(snap.attr?.[VSD_ATTR_PROGRESS]);
  if (state === 'ready') return { status: 'succeeded', providerStatus: state, progress: 100 };
  if (state === 'failed') {
    const message = snap.attr?.[VSD_ATTR_MEMORY_ERROR] || 'The memory image could not be saved';
    return { status: 'failed', providerStatus: state, progress, error: { code: 'memory failed', message } };
  }
  return { status: 'running', providerStatus: state, progress };
}
