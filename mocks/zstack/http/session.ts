/** Session checks shared by sync queries (immediate 503) and async APIs (202, then 503 at the poll). */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { API_TIMEOUT_MS } from '../lib/constants';
import { halfwayFailure } from '../lib/effects';
import { refuseJob, submitJob } from '../lib/jobs';
import { RestError } from '../lib/query';
import { renewedExpiry, sessionRefusal } from '../rules/auth';
import { nextUuid, type JobEffect } from '../state';
import { jsonResponse, type RequestCtx } from './context';

/** Validates the caller's session and slides its expiry; the refusal when it is unknown or expired. */
export function checkSession(ctx: RequestCtx): ZStackErrorCode | undefined {
  ctx.rt.applySessionFlag(ctx.now);
  const uuid = ctx.sessionUuid ?? '';
  const session = ctx.state.sessions.find((s) => s.uuid === uuid);
  const refusal = sessionRefusal(session, uuid, ctx.now);
  if (refusal || !session) return refusal;
  session.expiredDate = renewedExpiry(ctx.now, ctx.rt.sessionTimeoutMs);
  session.lastOpDate = ctx.now;
  ctx.rt.changed();
  return undefined;
}

/** What an async API decided: a refusal (reported by the poll) or a job to run. */
export type Plan =
  | { error: ZStackErrorCode }
  | {
      effect: JobEffect;
      /** Realistic duration in ms before scaling. */
      durationMs: number;
      /** Long operations honour the jobFailsHalfway flag. */
      long?: boolean;
      /** Queued behind another job (absolute time): the job starts then and its duration counts from there. */
      startAt?: number;
    };

/** X-Job-UUID: exactly 32 characters, and not one already used. */
function jobUuid(ctx: RequestCtx): string {
  const header = ctx.headers.get('X-Job-UUID');
  if (header === null) return nextUuid(ctx.state);
  if (header.length !== 32) throw new RestError(400, "Invalid header[X-Job-UUID], it must be a UUID with '-' stripped");
  if (ctx.state.jobs.some((job) => job.uuid === header)) throw new RestError(400, `duplicate job uuid[${header}], the job already exists`);
  return header;
}

/**
 * Every async API: 202 with the poll location at once; the session check, parameter validation and business
 * rules run "after the 202" (their refusal is the poll's 503).
 */
export function submitAsync(ctx: RequestCtx, api: string, decide: () => Plan): Response {
  const uuid = jobUuid(ctx);
  const apiTimeoutMs = API_TIMEOUT_MS[api];
  const sessionError = checkSession(ctx);
  const plan: Plan = sessionError ? { error: sessionError } : decide();
  if ('error' in plan) {
    refuseJob(ctx.state, api, uuid, ctx.now, plan.error, apiTimeoutMs);
  } else {
    const failure = plan.long && ctx.rt.env.faults.consumeFlag('zstack', 'jobFailsHalfway') ? halfwayFailure(ctx.state, plan.effect) : undefined;
    submitJob(ctx.state, { api, uuid, now: ctx.now, durationMs: plan.durationMs * ctx.rt.env.timeScale(), effect: plan.effect, startAt: plan.startAt, apiTimeoutMs, failure });
  }
  ctx.rt.changed();
  const job = ctx.state.jobs[ctx.state.jobs.length - 1];
  return jsonResponse(202, { location: `${ctx.jobUrlBase}${uuid}`, apiTimeout: job?.apiTimeoutMs });
}
