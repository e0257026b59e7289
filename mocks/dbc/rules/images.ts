import type { DbcState, ImageTransfer } from '../state';
import { clientError, nodeError, type DbcFailure } from '../errors';

/** Image transfers (docs/providers/dbc.md §7): rsync in the background, one transfer per image and direction at a time. */

/** ~120 MB/s between a node and the image center. */
export function transferDurationS(sizeGb: number): number {
  return Math.max(20, Math.round((sizeGb * 1024) / 120));
}

/** Failed (jobFailsHalfway) by `now`. */
export const transferFailed = (t: ImageTransfer, now: number): boolean => t.failAt !== undefined && now >= t.failAt;

/** Finished with the file in place: not stopped, failed or stalled, and past its end. */
export const transferComplete = (t: ImageTransfer, now: number): boolean => !t.stopped && !transferFailed(t, now) && t.stallAt === undefined && now >= t.doneAt;

/** Still running (a stalled transfer runs until stopped). */
export const transferRunning = (t: ImageTransfer, now: number): boolean => !t.stopped && !transferFailed(t, now) && (t.stallAt !== undefined || now < t.doneAt);

export function activeTransfer(state: DbcState, kind: ImageTransfer['kind'], nodeId: string, image: string, now: number): ImageTransfer | undefined {
  return state.transfers.find((t) => t.kind === kind && t.nodeId === nodeId && t.image === image && transferRunning(t, now));
}

export function latestTransfer(state: DbcState, kind: ImageTransfer['kind'], nodeId: string, image: string): ImageTransfer | undefined {
  return [...state.transfers].reverse().find((t) => t.kind === kind && t.nodeId === nodeId && t.image === image);
}

export function busyImages(state: DbcState, nodeId: string, now: number): string[] {
  return state.transfers.filter((t) => t.nodeId === nodeId && transferRunning(t, now)).map((t) => t.image);
}

export function checkImageServer(state: DbcState, server: string, missingMessage: string): DbcFailure | undefined {
  if (server === '') return clientError(missingMessage);
  if (!state.imageServers.includes(server)) return clientError('image_server not exist');
  return undefined;
}

/** Upload from the node to the image center: the file must be on the node and not already uploading. */
export function checkUpload(state: DbcState, nodeId: string, image: string, now: number): { sizeGb: number } | DbcFailure {
  const node = state.nodes.find((n) => n.nodeId === nodeId);
  const file = node?.images.find((i) => i.name === image);
  if (!file) return nodeError(`image:${image} not exist`);
  if (activeTransfer(state, 'upload', nodeId, image, now)) return nodeError(`image:${image} in uploading`);
  return { sizeGb: file.sizeGb };
}

/** Download from the image center to the node: the image must be in the center and not already downloading. */
export function checkDownload(state: DbcState, nodeId: string, image: string, server: string, now: number): { sizeGb: number } | DbcFailure {
  const file = state.imageCenter.find((i) => i.name === image && i.server === server);
  if (!file) return nodeError(`image:${image} not exist`);
  if (activeTransfer(state, 'download', nodeId, image, now)) return nodeError(`image:${image} in downloading`);
  return { sizeGb: file.sizeGb };
}

/**
 * Delete a node's file (`/images/delete`): it must be there, not being transferred, and not being copied into a
 * VM that is being created from it (ASSUMED: the sources show no refusal; the node copies the file at create).
 */
export function checkDelete(state: DbcState, nodeId: string, image: string, now: number): DbcFailure | undefined {
  const node = state.nodes.find((n) => n.nodeId === nodeId);
  if (!node?.images.some((i) => i.name === image)) return nodeError(`image:${image} not exist`);
  if (activeTransfer(state, 'download', nodeId, image, now) || activeTransfer(state, 'upload', nodeId, image, now)) return nodeError(`image:${image} in downloading or uploading`);
  const creating = state.tasks.find((t) => t.nodeId === nodeId && t.imageName === image && t.op?.kind === 'create' && now < t.op.doneAt);
  if (creating) return nodeError(`image:${image} is used by task ${creating.taskId}`);
  return undefined;
}

/**
 * `{status, progress}`: "42%" while running, "done"/"100%" at the end, "done" at the percentage reached when
 * stopped. A stalled transfer keeps answering its running status at the percentage where it stalled.
 * A failed one answers the node error `image:<f> download failed` (ASSUMED: the sources show no failure answer).
 */
export function progressOf(transfer: ImageTransfer, now: number): { status: 'downloading' | 'uploading' | 'done'; progress: string } | DbcFailure {
  const reached = (at: number) => `${progressPercent(transfer, Math.min(at, transfer.stallAt ?? at))}%`;
  if (transfer.stopped) return { status: 'done', progress: reached(transfer.stoppedAt ?? now) };
  if (transferFailed(transfer, now)) return nodeError(`image:${transfer.image} ${transfer.kind} failed`);
  if (transferComplete(transfer, now)) return { status: 'done', progress: '100%' };
  return { status: transfer.kind === 'download' ? 'downloading' : 'uploading', progress: reached(now) };
}

/** Half of a transfer's span: where jobFailsHalfway and transferStalls take effect. */
export const halfway = (startedAt: number, doneAt: number): number => startedAt + Math.round((doneAt - startedAt) / 2);

function progressPercent(transfer: ImageTransfer, now: number): number {
  const span = transfer.doneAt - transfer.startedAt;
  if (span <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor(((now - transfer.startedAt) / span) * 100)));
}
