import { isProviderError } from '@/api/errors';
import { providerLimiter } from '../../fanout';
import type { JobCheck } from '../../jobs/types';
import type { DbcContext } from '../../providers/dbc';
import { adaptDbcImages } from '../dbc';
import { parseTransferProgress } from './progress';
import { transferDirection, type DbcTransferSpec } from './spec';

const run = <T>(work: () => Promise<T>) => providerLimiter('dbc').run(work);

/** The file is where the transfer takes it: on the node (download) or on the image server (upload). */
async function landed(ctx: DbcContext, spec: DbcTransferSpec): Promise<boolean> {
  const listing =
    spec.kind === 'dbc-image-download'
      ? await run(() => ctx.client.listNodeImages(spec.nodeId, ctx.auth()))
      : await run(() => ctx.client.listCenterImages(ctx.client.era === '2022' ? undefined : spec.server));
  return adaptDbcImages(listing).some((image) => image.name === spec.imageName);
}

/** "image:<f> not in uploading": the node knows no transfer of that file (never started there, or forgotten). */
const NOTHING_RUNNING = /not in (down|up)loading/;

/**
 * One poll of an image transfer (docs/providers/dbc.md §7). Era C reads `/images/{download,upload}progress`:
 * "done" at 100 % succeeds, "done" below it was stopped; a node error there (errcode with message) is the
 * transfer's failure and ends the job with it. Era B has no progress endpoint: the file showing up where it
 * goes is the end. Polling is read-only, so a transfer started before a reload is picked up, never restarted.
 */
export async function checkDbcTransfer(ctx: DbcContext, spec: DbcTransferSpec): Promise<JobCheck> {
  if (!spec.progress) return (await landed(ctx, spec)) ? { status: 'succeeded', progress: 100 } : { status: 'running' };
  const direction = transferDirection(spec);
  let reply: unknown;
  try {
    reply = await run(() =>
      direction === 'download'
        ? ctx.client.imageDownloadProgress(spec.nodeId, ctx.auth(), spec.imageName)
        : ctx.client.imageUploadProgress(spec.nodeId, ctx.auth(), spec.imageName),
    );
  } catch (error) {
    // Auth, timeouts and network trouble are poll errors (the transfer may well be running); a node's business
    // answer about this transfer is final.
    if (!isProviderError(error) || error.retriable || error.kind === 'auth' || error.kind === 'timeout' || error.httpStatus >= 500) throw error;
    if (NOTHING_RUNNING.test(error.message) && (await landed(ctx, spec))) return { status: 'succeeded', progress: 100 };
    return { status: 'failed', error: { code: error.code, message: error.message, messageZh: error.messageZh } };
  }
  const progress = parseTransferProgress(reply);
  if (progress.failed) {
    return { status: 'failed', providerStatus: progress.status, progress: progress.percent, error: { code: progress.status ?? 'failed', message: progress.error ?? 'failed' } };
  }
  if (!progress.done) return { status: 'running', providerStatus: progress.status, progress: progress.percent };
  // Below 100 % a download may still have landed (the node had the file); an upload's file may have been on the
  // server before, so only its 100 % counts.
  const complete = progress.percent === 100 || (direction === 'download' && (await landed(ctx, spec)));
  if (complete) return { status: 'succeeded', providerStatus: progress.status, progress: 100 };
  const at = progress.percent === undefined ? '?' : `${progress.percent}%`;
  return {
    status: 'failed',
    providerStatus: progress.status,
    progress: progress.percent,
    error:
      direction === 'download'
        ? { code: 'stopped', message: `The download stopped at ${at}`, messageZh: `下载在 ${at} 时停止` }
        : { code: 'stopped', message: `The upload stopped at ${at}`, messageZh: `上传在 ${at} 时停止` },
  };
}
