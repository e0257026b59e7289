import { isProviderError } from '@/api/errors';
import { providerLimiter } from '../fanout';
import { adaptDbcImages } from '../images/dbc';
import { parsePercent } from '../nodes/dbc';
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
    if (spec.kind === 'dbc-image-download') return checkImageDownload(ctx, spec);
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

type ImageDownload = Extract<JobSpec, { kind: 'dbc-image-download' }>;

const onNode = async (ctx: DbcContext, spec: ImageDownload) =>
  adaptDbcImages(await providerLimiter('dbc').run(() => ctx.client.listNodeImages(spec.nodeId, ctx.auth()))).some((i) => i.name === spec.imageName);

/**
 * One poll of an image download. Era C reports `{status, progress}`; "done" below 100% means someone stopped
 * it. Era B has no progress endpoint: the file showing up in the node's list is the end.
 */
async function checkImageDownload(ctx: DbcContext, spec: ImageDownload): Promise<JobCheck> {
  if (!spec.progress) return (await onNode(ctx, spec)) ? { status: 'succeeded', progress: 100 } : { status: 'running' };
  const reply = await providerLimiter('dbc').run(() => ctx.client.imageDownloadProgress(spec.nodeId, ctx.auth(), spec.imageName));
  const progress = parsePercent(reply.progress);
  if (reply.status !== 'done') return { status: 'running', providerStatus: reply.status, progress };
  if (progress === 100 || (await onNode(ctx, spec))) return { status: 'succeeded', providerStatus: reply.status, progress: 100 };
  return {
    status: 'failed',
    providerStatus: reply.status,
    progress,
    error: { code: 'stopped', message: `The download stopped at ${reply.progress}`, messageZh: `下载在 ${reply.progress} 时停止` },
  };
}
