import type { JobRecord } from '@/domain/jobs/types';

/** What a DBC create goes through (docs/providers/dbc.md §4.1 and §9: `creating` for 5–15 minutes, then `running`; `starting` where the node reports it). */
export const CREATE_STEPS = ['accepted', 'creating', 'starting', 'running'] as const;
export type CreateStep = (typeof CREATE_STEPS)[number];

export interface CreateProgressState {
  /** Index in CREATE_STEPS of the step under way (or reached, once finished). */
  current: number;
  status: 'process' | 'finish' | 'error';
}

/**
 * Where a create job is: accepted is behind as soon as the job exists (the node took the order); the node's own
 * status word says creating or starting; the job ending decides running or the failure at the step it was in.
 */
export function createProgress(job: Pick<JobRecord, 'status' | 'providerStatus'>): CreateProgressState {
  if (job.status === 'succeeded') return { current: CREATE_STEPS.indexOf('running'), status: 'finish' };
  const current = CREATE_STEPS.indexOf(job.providerStatus === 'starting' ? 'starting' : 'creating');
  return { current, status: job.status === 'failed' ? 'error' : 'process' };
}

/** `m:ss`, or `h:mm:ss` from an hour on (never negative). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
