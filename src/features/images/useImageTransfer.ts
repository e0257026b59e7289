import type { ImageRecord } from '@/domain/images/model';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { JobRecord } from '@/domain/jobs/types';
import { useJobs } from '@/shared/jobs/store';

/**
 * Whether a job moves (or moved) this image's file: on a node row, any transfer of that file on that node; on a
 * center row, a download of that file (from any server: the node names none) or an upload to that server.
 */
function movesImageFile(job: JobRecord, image: ImageRecord): boolean {
  if (job.connectionId !== image.connectionId || !isDbcTransfer(job.spec) || job.spec.imageName !== image.name) return false;
  const place = image.location.ids[0];
  if (image.kind === 'node') return job.spec.nodeId === place;
  if (image.kind !== 'center') return false;
  return job.spec.kind === 'dbc-image-download' || place === undefined || job.spec.server === undefined || job.spec.server === place;
}

/** Whether a running job moves this image's file. */
export function transfersImage(job: JobRecord, image: ImageRecord): boolean {
  return job.status === 'running' && movesImageFile(job, image);
}

/** The newest running transfer of this image's file, from the job store (so it survives reloads like every job). */
export function useImageTransfer(image: ImageRecord): JobRecord | undefined {
  return useJobs((state) => state.jobs.find((job) => transfersImage(job, image)));
}

/**
 * The file's newest transfer when that one failed (the store keeps the newest first): the row keeps the
 * provider's error until the job is cleared from the Jobs drawer or another transfer of the file starts.
 */
export function useFailedImageTransfer(image: ImageRecord): JobRecord | undefined {
  return useJobs((state) => {
    const newest = state.jobs.find((job) => movesImageFile(job, image));
    return newest?.status === 'failed' ? newest : undefined;
  });
}
