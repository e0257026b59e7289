import type { ImageRecord } from '@/domain/images/model';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { JobRecord } from '@/domain/jobs/types';
import { useJobs } from '@/shared/jobs/store';

/**
 * Whether a running job moves this image's file: on a node row, any transfer of that file on that node; on a
 * center row, a download of that file (from any server: the node names none) or an upload to that server.
 */
export function transfersImage(job: JobRecord, image: ImageRecord): boolean {
  if (job.status !== 'running' || job.connectionId !== image.connectionId || !isDbcTransfer(job.spec) || job.spec.imageName !== image.name) return false;
  const place = image.location.ids[0];
  if (image.kind === 'node') return job.spec.nodeId === place;
  if (image.kind !== 'center') return false;
  return job.spec.kind === 'dbc-image-download' || place === undefined || job.spec.server === undefined || job.spec.server === place;
}

/** The newest running transfer of this image's file, from the job store (so it survives reloads like every job). */
export function useImageTransfer(image: ImageRecord): JobRecord | undefined {
  return useJobs((state) => state.jobs.find((job) => transfersImage(job, image)));
}
