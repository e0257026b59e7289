import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { addSample } from '@/domain/images/transfer/progress';
import type { JobCheck, JobRecord } from '@/domain/jobs/types';

/** Kept after reload (localStorage; jobs hold ids and statuses, never secrets); oldest finished ones drop first. */
const MAX_JOBS = 200;

interface JobsState {
  jobs: JobRecord[];
  add(job: JobRecord): void;
  applyCheck(id: string, check: JobCheck, now?: number): void;
  /** A poll that failed outright (network): the job keeps running; the error is shown, not fatal. */
  notePollError(id: string, error: JobRecord['pollError']): void;
  /** Stops watching a running job whose end cannot be known here (connection removed, too old). */
  markUnknown(id: string, reason: NonNullable<JobRecord['unknownReason']>, now?: number): void;
  /** The user asks to watch an `unknown` job again: running, its maximum age counted from now. */
  checkAgain(id: string, now?: number): void;
  dismiss(id: string): void;
  clearFinished(): void;
  /**
   * Signed out of (or removed) a connection: its jobs keep what they were (action, target, status) but lose what
   * the provider answered in them (results, raw error details), which the next renter must not read.
   */
  forgetProviderAnswers(connectionId: string): void;
}

export const useJobs = create<JobsState>()(
  persist(
    (set) => ({
      jobs: [],
      add: (job) =>
        set((state) => {
          const jobs = [job, ...state.jobs];
          if (jobs.length <= MAX_JOBS) return { jobs };
          const dropIndex = jobs.map((j) => j.status).lastIndexOf('succeeded');
          return { jobs: jobs.filter((_, i) => i !== (dropIndex >= 0 ? dropIndex : jobs.length - 1)) };
        }),
      applyCheck: (id, check, now = Date.now()) =>
        set((state) => ({
          jobs: state.jobs.map((job) =>
            job.id !== id || job.status !== 'running'
              ? job
              : {
                  ...job,
                  ...progressOf(job, check, now),
                  status: check.status,
                  providerStatus: check.providerStatus ?? job.providerStatus,
                  error: check.error,
                  result: check.result ?? job.result,
                  pollError: undefined,
                  updatedAt: now,
                  finishedAt: check.status === 'running' ? undefined : now,
                },
          ),
        })),
      notePollError: (id, error) => set((state) => ({ jobs: state.jobs.map((job) => (job.id === id ? { ...job, pollError: error } : job)) })),
      markUnknown: (id, reason, now = Date.now()) =>
        set((state) => ({
          jobs: state.jobs.map((job) => (job.id === id && job.status === 'running' ? { ...job, status: 'unknown', unknownReason: reason, updatedAt: now } : job)),
        })),
      checkAgain: (id, now = Date.now()) =>
        set((state) => ({
          jobs: state.jobs.map((job) =>
            job.id === id && job.status === 'unknown' ? { ...job, status: 'running', unknownReason: undefined, pollingSince: now, pollError: undefined, updatedAt: now } : job,
          ),
        })),
      dismiss: (id) => set((state) => ({ jobs: state.jobs.filter((job) => job.id !== id) })),
      clearFinished: () => set((state) => ({ jobs: state.jobs.filter((job) => job.status === 'running') })),
      forgetProviderAnswers: (connectionId) =>
        set((state) => ({ jobs: state.jobs.map((job) => (job.connectionId === connectionId ? withoutProviderAnswers(job) : job)) })),
    }),
    { name: 'vmdeck.jobs', version: 1 },
  ),
);

/**
 * The shown percentage never goes back (a lower answer is kept at the maximum and noted); each movement is
 * sampled with its time, for speed, time left and stalls (src/domain/images/transfer/progress.ts).
 */
function progressOf(job: JobRecord, check: JobCheck, now: number): Pick<JobRecord, 'progress' | 'samples' | 'progressWentBack'> {
  const reported = check.progress ?? (check.status === 'succeeded' ? 100 : undefined);
  if (reported === undefined) return { progress: job.progress, samples: job.samples, progressWentBack: job.progressWentBack };
  const { samples, wentBack } = addSample(job.samples ?? [], { at: now, percent: reported });
  return { progress: Math.max(reported, job.progress ?? 0), samples, progressWentBack: job.progressWentBack || wentBack || undefined };
}

function withoutProviderAnswers({ result: _result, ...job }: JobRecord): JobRecord {
  const bare = (error: JobRecord['error']) => error && { code: error.code, message: error.message, messageZh: error.messageZh };
  return { ...job, error: bare(job.error), pollError: bare(job.pollError) };
}

let counter = 0;

/** Starts tracking a long operation; the job tracker polls it to its end, across navigation and reloads. */
export function trackJob(job: Omit<JobRecord, 'id' | 'startedAt' | 'updatedAt' | 'status'>, now = Date.now()): string {
  const id = `${now.toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  // A synchronous action is over when the provider answered: it is listed as done and never polled.
  const done = job.spec.kind === 'immediate';
  // Done at once, or (with an error) refused in part at once.
  const status = !done ? 'running' : job.error ? 'failed' : 'succeeded';
  useJobs.getState().add({ ...job, id, startedAt: now, updatedAt: now, status, ...(done ? { finishedAt: now, progress: 100 } : {}) });
  return id;
}

/** Resolves with the job once it has ended (succeeded or failed), or undefined if it was dismissed first. */
export function jobEnded(id: string): Promise<JobRecord | undefined> {
  const ended = (state: Pick<JobsState, 'jobs'>) => {
    const job = state.jobs.find((j) => j.id === id);
    return job === undefined || job.status !== 'running' ? { job } : undefined;
  };
  const now = ended(useJobs.getState());
  if (now) return Promise.resolve(now.job);
  return new Promise((resolve) => {
    const stop = useJobs.subscribe((state) => {
      const result = ended(state);
      if (!result) return;
      stop();
      resolve(result.job);
    });
  });
}

export function selectRunning(state: Pick<JobsState, 'jobs'>): JobRecord[] {
  return state.jobs.filter((job) => job.status === 'running');
}
