/**
 * Async API jobs, computed lazily from timestamps: a job submitted at t0 with duration d is running until
 * t0 + d·timeScale; `settle(now)` applies every effect that is due, in end-time order, before each request.
 * A job queued behind another (a second snapshot create on one volume) starts at `startAt`, the end of the one it
 * waits for; its start is an event too, applied after every end at or before that time.
 */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { DEFAULT_API_TIMEOUT_MS, IMAGE_EXPUNGE_PERIOD_S, JOB_RETENTION_S } from './constants';
import { completeEffect, rollbackEffect, startEffect } from './effects';
import type { JobEffect, JobOutcome, JobRec, ZStackState } from '../state';

export interface SubmitJob {
  api: string;
  uuid: string;
  now: number;
  /** Already scaled by the time scale. */
  durationMs: number;
  effect: JobEffect;
  /** Queued: the job starts here (after `now`) and its duration counts from here. */
  startAt?: number;
  apiTimeoutMs?: number;
  /** Injected jobFailsHalfway: the job ends at half its duration with this error. */
  failure?: ZStackErrorCode;
}

export function submitJob(state: ZStackState, job: SubmitJob): JobRec {
  const record: JobRec = {
    uuid: job.uuid,
    api: job.api,
    createDate: job.now,
    doneAt: (job.startAt ?? job.now) + (job.failure ? job.durationMs / 2 : job.durationMs),
    apiTimeoutMs: job.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS,
    effect: job.effect,
  };
  if (job.startAt !== undefined) record.startAt = job.startAt;
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

/** Waiting in a volume's queue: accepted, but its visible start (the snapshot record) has not happened yet. */
export function isQueued(job: JobRec): boolean {
  return !job.outcome && job.effect.kind === 'createSnapshot' && job.effect.queued !== undefined;
}

/**
 * The next due event: the earliest end, or start of a queued job, at or before `now`. Ends go before starts at the
 * same time (a queued job starts when the one it waits for has ended); ties keep submission order.
 */
function nextEvent(state: ZStackState, now: number): { job: JobRec; start: boolean; at: number } | undefined {
  let next: { job: JobRec; start: boolean; at: number } | undefined;
  for (const job of state.jobs) {
    if (job.outcome) continue;
    if (isQueued(job)) {
      const at = job.startAt ?? job.createDate;
      if (at <= now && (!next || at < next.at)) next = { job, start: true, at };
    } else if (job.doneAt <= now && (!next || job.doneAt < next.at || (job.doneAt === next.at && next.start))) {
      next = { job, start: false, at: job.doneAt };
    }
  }
  return next;
}

/** Applies every due start and end (in time order) and forgets expired records; true when anything changed. */
export function settle(state: ZStackState, now: number): boolean {
  let changed = false;
  for (let event = nextEvent(state, now); event; event = nextEvent(state, now)) {
    const { job } = event;
    if (event.start) startEffect(state, job, event.at);
    else if (job.failure) {
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
