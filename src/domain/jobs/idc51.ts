import { providerLimiter } from '../fanout';
import type { Idc51Context } from '../providers/idc51';
import type { JobCheck, JobSpec } from './types';

/** A failed job's `info` ends with the provider's code in brackets, QingCloud style: `… please try again later (5100)` (docs/providers/idc51.md §6). */
function infoCode(info: string | undefined): string | undefined {
  return info ? /\((\d{3,5})\)\s*$/.exec(info)?.[1] : undefined;
}

/** One poll of GET /v2/zone/{zone}/job/{id}: pending/working run on; successful ends; failed carries `info`. */
export function createIdc51JobChecker(ctx: Idc51Context): (spec: JobSpec) => Promise<JobCheck> {
  return async (spec) => {
    if (spec.kind !== 'idc51-job') throw new Error(`A 51idc connection cannot check a ${spec.kind} job`);
    const job = await ctx.read(() => providerLimiter('idc51').run(() => ctx.client.getJob(spec.zone, spec.jobId)));
    if (job.status === 'successful') return { status: 'succeeded', providerStatus: job.status };
    if (job.status === 'failed' || job.status === 'done with failure') {
      return {
        status: 'failed',
        providerStatus: job.status,
        error: { code: job.error?.code ?? infoCode(job.info) ?? job.status, message: job.info || job.error?.message || job.status, details: job.extra || undefined },
      };
    }
    return { status: 'running', providerStatus: job.status };
  };
}
