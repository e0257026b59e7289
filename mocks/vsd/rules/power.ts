import type { VsdAction, VsdAgentState, VsdPowerState } from '../../../src/api/vsd/types';
import { fault, type VsdFault } from '../errors';
import type { ComputeRecord } from '../state';

/** Pure power rules, from the compute doc's preconditions (docs/providers/vsd.md §5). */

export type PowerOp = 'start' | 'shutoff' | 'reset' | 'restore' | 'resume';

export const computeDesc = (compute: Pick<ComputeRecord, 'uuid' | 'name'>) => `compute ${compute.uuid}(${compute.name})`;

/** Guest agent boot time after a start or reset (ASSUMED), multiplied by the time scale. */
export const AGENT_BOOT_MS = 45_000;

/** Above this many vCPUs the emulated hosts refuse to place the VM (the doc's real 20926 example). */
export const HOST_CPU_LIMIT = 48;

const hibernated = (compute: ComputeRecord) => compute.action === 'save' || compute.state === 'pmsuspend';

/** May this power operation run now? Which provider error if not. */
export function checkPower(op: PowerOp, compute: ComputeRecord): VsdFault | undefined {
  const desc = `${computeDesc(compute)}: state ${compute.state}, action ${compute.action}`;
  if (op === 'restore') {
    // 要求待唤醒的虚拟机处于休眠状态: hibernated is action `save` (console logic) or pmsuspend (OS sleep).
    if (!hibernated(compute)) return fault('COMPUTE_STATE_NOT_ALLOWED', desc);
    return undefined;
  }
  if (compute.action !== 'noaction') return fault('COMPUTE_BUSY', desc);
  const required: Record<Exclude<PowerOp, 'restore'>, VsdPowerState> = { start: 'shutoff', shutoff: 'running', reset: 'running', resume: 'paused' };
  if (compute.state !== required[op]) return fault('COMPUTE_STATE_NOT_ALLOWED', desc);
  if (op === 'start' && compute.cpu > HOST_CPU_LIMIT) return fault('HOST_CPU_OVERCOMMIT', `${computeDesc(compute)}: ${compute.cpu} vCPUs`);
  return undefined;
}

/** The VM after a successful operation (all synchronous per the compute doc). */
export function applyPower(op: PowerOp, compute: ComputeRecord, now: number, timeScale: number): ComputeRecord {
  const nowSeconds = Math.floor(now / 1000);
  const boot = { state: 'running' as VsdPowerState, action: 'noaction' as VsdAction, agentReadyAt: now + AGENT_BOOT_MS * timeScale, modifyTime: nowSeconds };
  switch (op) {
    case 'start':
    case 'reset':
      return { ...compute, ...boot };
    case 'shutoff':
      return { ...compute, state: 'shutoff', action: 'noaction', modifyTime: nowSeconds };
    case 'restore':
    case 'resume':
      // Woken or resumed guests keep their agent session.
      return { ...compute, state: 'running', action: 'noaction', modifyTime: nowSeconds };
  }
}

/** ga_state derived from power state and agent boot time. */
export function agentState(compute: ComputeRecord, now: number): VsdAgentState {
  if (compute.state !== 'running' || !compute.hasAgent) return 'disconnected';
  return now < compute.agentReadyAt ? 'pending' : 'connected';
}

/** How long a guest takes to finish an ACPI shutdown (real time; scaled by the emulator's time scale). */
export const GUEST_SHUTDOWN_MS = 45_000;

/** Guests that were shutting down are off once their time has come. Returns whether anything changed. */
export function settleShutdowns(computes: ComputeRecord[], now: number): boolean {
  let changed = false;
  for (const compute of computes) {
    if (compute.state !== 'shutdown' || compute.settlesAt === undefined || compute.settlesAt > now) continue;
    compute.state = 'shutoff';
    compute.action = 'noaction';
    delete compute.settlesAt;
    changed = true;
  }
  return changed;
}
