import type { JobRecord, JobSpec } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How long a job is polled before the console stops and says "unknown: check the provider". Long enough for
 * the slowest honest run of each kind (image copies are rsyncs of hundreds of GB; a DBC create downloads and
 * boots an image), short enough that a job the provider forgot does not poll for days.
 */
export function maxJobAgeMs(spec: JobSpec): number {
  switch (spec.kind) {
    case 'dbc-image-download':
    case 'dbc-image-upload':
      return 12 * HOUR;
    case 'dbc-snapshot':
      return 6 * HOUR;
    case 'zstack-api-job':
    case 'idc51-job':
    case 'vsd-snapshot-memory':
      return 2 * HOUR;
    case 'dbc-task':
      return HOUR;
    case 'vsd-vm-state':
      return 30 * MINUTE;
    case 'immediate':
      return 0;
  }
}

/** Since when a job is watched: its start, or the user's last "check again". */
export const watchedSince = (job: Pick<JobRecord, 'startedAt' | 'pollingSince'>): number => job.pollingSince ?? job.startedAt;

/** Past its kind's maximum age (from `watchedSince`) at `now`. */
export const isExpired = (job: Pick<JobRecord, 'startedAt' | 'pollingSince' | 'spec'>, now: number): boolean =>
  now - watchedSince(job) > maxJobAgeMs(job.spec);

/**
 * Poll interval by age: `fastMs` (3 s) for the first minute, when most actions end; then every 15 s up to ten
 * minutes; then every minute. A long copy does not need a request every 3 s for hours.
 */
export function pollIntervalMs(ageMs: number, fastMs: number): number {
  if (ageMs < MINUTE) return fastMs;
  if (ageMs < 10 * MINUTE) return Math.max(fastMs, 15_000);
  return Math.max(fastMs, MINUTE);
}
