import type { JobRecord } from '@/domain/jobs/types';
import type { MessageKey } from '@/i18n';

/**
 * How long a kind of provider job usually takes, where the provider documents it, so a long wait does not read as
 * stuck: a DBC create, 5–15 minutes (docs/providers/dbc.md §9).
 */
export function usualDuration(job: Pick<JobRecord, 'provider' | 'action'>): MessageKey | undefined {
  return job.provider === 'dbc' && job.action === 'vm.create' ? 'vmCreate.usualDuration' : undefined;
}
