import type { JobRecord } from '@/domain/jobs/types';
import { useSecrets } from '@/shared/connections/secrets';
import { useRecentErrors } from '@/shared/errors/recent';
import { useJobs } from '@/shared/jobs/store';
import type { ConsoleEvent, EmbedJob } from './contract';

type Post = (event: ConsoleEvent) => void;

const jobOf = (job: JobRecord): EmbedJob => ({ id: job.id, connectionId: job.connectionId, action: job.action, target: { ...job.target } });

function finished(job: JobRecord): ConsoleEvent {
  const status = job.status === 'failed' ? 'failed' : 'succeeded';
  const error = job.error ? { code: job.error.code, message: job.error.message } : undefined;
  return { type: 'jobFinished', job: { ...jobOf(job), status, ...(error ? { error } : {}) } };
}

/**
 * Job events from the jobs store (the one place every action's job is recorded): jobs already there when the
 * frame starts (restored from storage) are not announced again; a job recorded as done at once (a synchronous
 * provider answer) is announced as started and finished.
 */
export function watchJobs(post: Post): () => void {
  const seen = new Map(useJobs.getState().jobs.map((job) => [job.id, job.status]));
  return useJobs.subscribe((state) => {
    for (const job of [...state.jobs].reverse()) {
      const before = seen.get(job.id);
      if (before === job.status) continue;
      seen.set(job.id, job.status);
      if (before === undefined) post({ type: 'jobStarted', job: jobOf(job) });
      // An `unknown` job is not finished (only no longer watched): the portal hears nothing until it ends.
      if (job.status !== 'running' && job.status !== 'unknown') post(finished(job));
    }
  });
}

/** Each new entry of the recent errors (what the console showed the user), with the provider's own code and message. */
export function watchErrors(post: Post): () => void {
  let last = useRecentErrors.getState().errors[0];
  return useRecentErrors.subscribe((state) => {
    const first = state.errors[0];
    if (!first || first === last) return;
    last = first;
    post({ type: 'error', code: first.code, message: first.message, ...(first.provider ? { provider: first.provider } : {}) });
  });
}

/** A renter session its nodes refused: the host may want to sign the user in again and send new credentials. */
export function watchSessionRefusals(post: Post): () => void {
  let known = new Set(Object.keys(useSecrets.getState().refused));
  return useSecrets.subscribe((state) => {
    const now = new Set(Object.keys(state.refused));
    for (const connectionId of now) if (!known.has(connectionId)) post({ type: 'needsSignIn', connectionId, reason: 'refused' });
    known = now;
  });
}

/** Content height changes, for the host to size the frame (rounded up; repeated values are not sent again). */
export function watchHeight(element: HTMLElement, post: Post): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    post({ type: 'heightChanged', height });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
