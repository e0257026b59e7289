import { isProviderError } from '@/api/errors';
import { providerLimiter } from '../fanout';
import type { ZStackContext } from '../providers/zstack';
import type { JobCheck, JobResult, JobSpec } from './types';

/**
 * The top-level numbers and strings of an api-job's result (`{size, actualSize}`), and the uuid and name of the
 * resource it made (`{inventory}`) as `inventoryUuid` / `inventoryName`; none for an empty body.
 */
export function zstackJobResult(body: unknown): JobResult | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const values = Object.entries(body).filter((entry): entry is [string, number | string] => typeof entry[1] === 'number' || typeof entry[1] === 'string');
  const inventory: unknown = (body as Record<string, unknown>).inventory;
  if (typeof inventory === 'object' && inventory !== null && !Array.isArray(inventory)) {
    const { uuid, name } = inventory as Record<string, unknown>;
    if (typeof uuid === 'string') values.push(['inventoryUuid', uuid]);
    if (typeof name === 'string') values.push(['inventoryName', name]);
  }
  return values.length ? Object.fromEntries(values) : undefined;
}

/**
 * One poll of /zstack/v1/api-jobs/{uuid}: 202 running (body may be empty), 200 done, 503 failed with the
 * ErrorCode (a refusal such as a wrong VM state arrives here too), 404 the job record expired (after 3 h).
 * The poll has no state word of its own (docs/providers/zstack.md §4): HTTP statuses are not shown as one.
 */
export function createZStackJobChecker(ctx: ZStackContext): (spec: JobSpec) => Promise<JobCheck> {
  return async (spec) => {
    if (spec.kind !== 'zstack-api-job') throw new Error(`A ZStack connection cannot check a ${spec.kind} job`);
    try {
      const poll = await providerLimiter('zstack').run(() => ctx.client.pollApiJob(spec.jobUuid));
      if (!poll.done) return { status: 'running' };
      const result = zstackJobResult(poll.result);
      return { status: 'succeeded', ...(result ? { result } : {}) };
    } catch (error) {
      if (!isProviderError(error)) throw error;
      if (error.httpStatus === 503) {
        return { status: 'failed', error: { code: error.code, message: error.message, details: error.details } };
      }
      if (error.httpStatus === 404) {
        return {
          status: 'failed',
          providerStatus: 'expired',
          error: { code: 'JOB_EXPIRED', message: 'ZStack no longer knows this job (its record expired); check the VM itself', messageZh: 'ZStack 已不再保留此任务记录（已过期），请直接查看虚拟机状态' },
        };
      }
      throw error;
    }
  };
}
