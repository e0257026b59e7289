import type { DbcTaskStatus } from '../../../src/api/dbc/types';
import type { DbcState, DbcTask, DomainState, PendingOp } from '../state';
import { transferComplete } from './images';

/**
 * Time-driven task states, computed from timestamps on every read/write (no timers): an operation started
 * at t0 with real duration d shows its in-progress status until t0 + d × timeScale.
 */

/** Real durations in seconds (docs/providers/dbc.md §4.5, §9: create 5–15 minutes; the power actions take seconds). */
export const DURATION_S = {
  start: 25,
  shutdown: 30,
  poweroff: 5,
  restart: 40,
  forceRestart: 20,
  reset: 15,
  delete: 20,
} as const;

/** 5 minutes plus time for GPUs and the data disk, capped at 15 minutes. */
export function createDurationS(gpuCount: number, diskGb: number, memGb: number): number {
  return Math.min(900, 300 + gpuCount * 45 + diskGb * 2 + memGb);
}

export function visibleStatus(task: DbcTask): DbcTaskStatus {
  return task.op ? task.op.pending : task.status;
}

export interface OpSpec {
  kind: PendingOp['kind'];
  pending: DbcTaskStatus;
  next: DbcTaskStatus;
  nextDomain: DomainState;
  durationS: number;
  failStatus?: DbcTaskStatus;
}

/** Starts an operation: the status shows `pending` from now on. failHalfway = the jobFailsHalfway flag. */
export function beginOp(task: DbcTask, spec: OpSpec, now: number, scale: number, failHalfway = false): void {
  const doneAt = now + spec.durationS * 1000 * scale;
  task.op = {
    kind: spec.kind,
    pending: spec.pending,
    startedAt: now,
    doneAt,
    next: spec.next,
    nextDomain: spec.nextDomain,
    ...(failHalfway && spec.failStatus ? { failAt: now + (doneAt - now) / 2, failStatus: spec.failStatus } : {}),
  };
}

/** Applies a finished operation. Returns 'deleted' when the task is gone, true when anything changed. */
export function settleTask(task: DbcTask, now: number): boolean | 'deleted' {
  const op = task.op;
  if (!op) return false;
  if (op.failAt !== undefined && op.failStatus && now >= op.failAt) {
    task.status = op.failStatus;
    task.op = undefined;
    task.log.push({ at: op.failAt, line: failureLogLine(op) });
    return true;
  }
  if (now < op.doneAt) return false;
  if (op.kind === 'delete') return 'deleted';
  task.status = op.next;
  task.domain = op.nextDomain;
  task.op = undefined;
  task.log.push({ at: op.doneAt, line: `${op.kind} task ${task.taskId} successful` });
  return true;
}

function failureLogLine(op: PendingOp): string {
  if (op.kind === 'create') return 'create domain failed: internal error: qemu unexpectedly closed the monitor: vfio: error, group 27 is not viable';
  if (op.kind === 'snapshot') return 'create snapshot failed: qemu-img: Could not write snapshot image: No space left on device';
  return `${op.kind} task failed`;
}

/** Settles every task and image transfer; returns whether anything changed. */
export function settleState(state: DbcState, now: number): boolean {
  let changed = false;
  const kept: DbcTask[] = [];
  for (const task of state.tasks) {
    const result = settleTask(task, now);
    if (result === 'deleted') {
      changed = true;
      continue;
    }
    if (result) changed = true;
    kept.push(task);
  }
  if (kept.length !== state.tasks.length) state.tasks = kept;
  return settleTransfers(state, now) || changed;
}

/** A finished download puts the image on the node; a finished upload puts it in the image center. */
export function settleTransfers(state: DbcState, now: number): boolean {
  let changed = false;
  for (const transfer of state.transfers) {
    if (transfer.applied || !transferComplete(transfer, now)) continue;
    transfer.applied = true;
    changed = true;
    if (transfer.kind === 'download') {
      const node = state.nodes.find((n) => n.nodeId === transfer.nodeId);
      if (node && !node.images.some((i) => i.name === transfer.image)) node.images.push({ name: transfer.image, sizeGb: transfer.sizeGb });
    } else if (!state.imageCenter.some((i) => i.name === transfer.image && i.server === transfer.server)) {
      state.imageCenter.push({ name: transfer.image, sizeGb: transfer.sizeGb, server: transfer.server });
    }
  }
  return changed;
}
