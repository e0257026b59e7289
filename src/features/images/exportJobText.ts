import type { ImageRecord } from '@/domain/images/model';
import type { Translate } from '@/i18n';

const KNOWN = ['pending', 'working', 'successful', 'failed'] as const;
type KnownStatus = (typeof KNOWN)[number];
const isKnown = (status: string): status is KnownStatus => (KNOWN as readonly string[]).includes(status);

/** A 51idc job's status word in the user's language; QingCloud's `done with failure` reads as failed, others stay raw. */
export function jobStatusText(status: string, t: Translate): string {
  const known = status === 'done with failure' ? 'failed' : status;
  return isKnown(known) ? t(`imagesIdc51.job.status.${known}`) : status;
}

/** The job worth showing in a row: one still running, or one that failed (its error is the row's news). */
export const jobInRow = (image: ImageRecord): NonNullable<ImageRecord['job']> | undefined =>
  image.job && (image.status === 'creating' || image.status === 'failed') ? image.job : undefined;

/** "Capture job j-1: working" / "Disk job j-2: failed · The provider says: …" for a tooltip. */
export function jobSummary(image: ImageRecord, t: Translate): string | undefined {
  const job = image.job;
  if (!job) return undefined;
  const params = { id: job.id, status: jobStatusText(job.status, t) };
  const line = image.kind === 'idc51Disk' ? t('imagesIdc51.job.cellDisk', params) : t('imageActions.job.cell', params);
  return job.error ? `${line} · ${t('imagesIdc51.job.error', { error: job.error })}` : line;
}
