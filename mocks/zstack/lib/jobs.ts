/**
 * Async API jobs, computed lazily from timestamps: a job submitted at t0 with duration d is running until
 * t0 + d·timeScale; `settle(now)` applies every effect that is due, in end-time order, before each request.
 */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { DEFAULT_API_TIMEOUT_MS, IMAGE_EXPUNGE_PERIOD_S, JOB_RETENTION_S } from './constants';
import { completeEffect, rollbackEffect } from './effects';
import type { JobEffect, JobOutcome, JobRec, ZStackState } from '../state';

export interface SubmitJob {
  api: string;
  uuid: string;
  now: number;
  /** Already scaled by the time scale. */
  durationMs: number;
  effect: JobEffect;
  apiTimeoutMs?: number;
  /** Injected jobFailsHalfway: the job ends at half its duration with this error. */
  failure?: ZStackErrorCode;
}

export function submitJob(state: ZStackState, job: SubmitJob): JobRec {
  const record: JobRec = {
    uuid: job.uuid,
    api: job.api,
    createDate: job.now,
    doneAt: job.now + (job.failure ? job.durationMs / 2 : job.durationMs),
    apiTimeoutMs: job.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS,
    effect: job.effect,
  };
  if (job.failure) record.failure = job.failure;
  state.jobs.push(record);
  return record;
}

/** Validation and business refusals of async APIs: still a 202, the poll then answers 503 at once. */
export function refuseJob(state: ZStackState, api: string, uuid: string, now: number, error: ZStackErrorCode, apiTimeoutMs?: number): JobRec {
  const record: JobRec = {
    uuid,
    api,
    createDate: now,
    doneAt: now,
    apiTimeoutMs: apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS,
    effect: { kind: 'none' },
    outcome: { status: 503, body: { error } },
  };
  state.jobs.push(record);
  return record;
}

export function runningJobs(state: ZStackState, now: number): JobRec[] {
  return state.jobs.filter((job) => !job.outcome && job.doneAt > now);
}

/** Applies every due job (in end-time order) and forgets expired records; true when anything changed. */
export function settle(state: ZStackState, now: number): boolean {
  let changed = false;
  const due = state.jobs.filter((job) => !job.outcome && job.doneAt <= now).sort((a, b) => a.doneAt - b.doneAt);
  for (const job of due) {
    if (job.failure) {
      rollbackEffect(state, job.effect, job.doneAt);
      job.outcome = { status: 503, body: { error: job.failure } };
    } else {
      job.outcome = completeEffect(state, job.effect, job.doneAt);
    }
    changed = true;
  }
  const keepAfter = now - JOB_RETENTION_S * 1000;
  const jobs = state.jobs.filter((job) => !job.outcome || job.doneAt > keepAfter);
  const expungeBefore = now - IMAGE_EXPUNGE_PERIOD_S * 1000;
  const images = state.images.filter((image) => image.deletedAt === undefined || image.deletedAt > expungeBefore);
  if (jobs.length !== state.jobs.length || images.length !== state.images.length) {
    state.jobs = jobs;
    state.images = images;
    changed = true;
  }
  return changed;
}

export type PollResult = { kind: 'expired' } | { kind: 'running' } | { kind: 'done'; outcome: JobOutcome };

export function pollJob(state: ZStackState, uuid: string, now: number): PollResult {
  const job = state.jobs.find((j) => j.uuid === uuid);
  if (!job) return { kind: 'expired' };
  if (!job.outcome || job.doneAt > now) return { kind: 'running' };
  return { kind: 'done', outcome: job.outcome };
}
