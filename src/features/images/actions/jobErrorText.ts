import type { JobError } from '@/domain/jobs/types';

/** A failed job's error in one line with the provider's code first (`SYS.1006: … (details)`), as dialogs show it. */
export function jobErrorText(error: JobError | undefined): string | undefined {
  if (!error) return undefined;
  return `${error.code}: ${error.message}${error.details ? ` (${error.details})` : ''}`;
}
