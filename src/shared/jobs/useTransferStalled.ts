import { isStalled } from '@/domain/images/transfer/progress';
import type { JobRecord } from '@/domain/jobs/types';
import { usePreferences } from '../preferences/store';
import { useNow } from '../ui/Freshness';

/**
 * Whether a running transfer has not moved for the preferred time: the one rule the Jobs drawer and the
 * Images page's tags both show. `stallMinutes` comes with it for the message.
 */
export function useTransferStalled(job: JobRecord | undefined): { stalled: boolean; stallMinutes: number } {
  const now = useNow(5_000);
  const stallMinutes = usePreferences((state) => state.stallMinutes);
  if (!job) return { stalled: false, stallMinutes };
  // `updatedAt` moves with every poll: the newest moment the job is known to be in this state.
  const stalled = isStalled(job.samples ?? [], Math.max(now, job.updatedAt), stallMinutes * 60_000, job.startedAt);
  return { stalled, stallMinutes };
}
