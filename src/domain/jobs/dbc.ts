import { isProviderError } from '@/api/errors';
import { providerLimiter } from '../fanout';
import { checkDbcTransfer } from '../images/transfer/check';
import { isDbcTransfer } from '../images/transfer/spec';
import type { DbcContext } from '../providers/dbc';
import { checkDbcSnapshot } from './dbcSnapshot';
import type { JobCheck, JobSpec } from './types';

/** An error word of the node (`create error`, `start error`...) ends any job as failed. */
const isErrorWord = (status: string) => status === 'error' || status.endsWith(' error');

/**
 * One poll of a DBC task: its status decides (the spec's success/failure lists, any error word fails).
 * After a delete the task disappears: the node's "task not exist" is then the success.
 */
export function createDbcJobChecker(ctx: DbcContext): (spec: JobSpec) => Promise<JobCheck> {
  return async (spec) => {
    if (isDbcTransfer(spec)) return checkDbcTransfer(ctx, spec);
    if (spec.kind === 'dbc-snapshot') return checkDbcSnapshot(ctx, spec);
    if (spec.kind !== 'dbc-task') throw new Error(`A DBC connection cannot check a ${spec.kind} job`);
    let status: string;
    try {
      const detail = await providerLimiter('dbc').run(() => ctx.client.getTask(spec.nodeId, ctx.auth(), spec.taskId));
      status = detail.status;
    } catch (error) {
      if (spec.gone === 'success' && isProviderError(error) && error.kind === 'notFound') return { status: 'succeeded', providerStatus: 'deleted' };
      throw error;
    }
    if (spec.success.includes(status)) return { status: 'succeeded', providerStatus: status };
    if (spec.failure.includes(status) || isErrorWord(status)) {
      return { status: 'failed', providerStatus: status, error: { code: status, message: `The VM ended in "${status}"`, messageZh: `虚拟机状态变为“${status}”` } };
    }
    return { status: 'running', providerStatus: status };
  };
}
