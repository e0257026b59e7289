import type { Idc51Image, Idc51Job } from '@/api/idc51/types';
import { imageKey, type ImageRecord, type ImageStatus } from '../model';

const GiB = 1024 ** 3;

const STATUS: Record<string, ImageStatus> = {
  pending: 'creating',
  available: 'ready',
  deprecated: 'ready',
  suspended: 'failed',
  deleted: 'deleted',
  ceased: 'deleted',
};

/**
 * One `GET /images` item of a captured (provider `self`) image. A transition (`creating`, `deleting`) wins over
 * the status, as the console shows it; the API does not say which backup it was captured from.
 */
export function idc51ImageToRecord(connectionId: string, zone: string, image: Idc51Image): ImageRecord {
  const transition = image.transition_status;
  const status: ImageStatus = transition === 'creating' ? 'creating' : transition === 'deleting' ? 'deleted' : (STATUS[image.status] ?? 'unknown');
  return {
    key: imageKey(connectionId, image.image_id),
    connectionId,
    provider: 'idc51',
    id: image.image_id,
    name: image.image_name,
    kind: 'idc51Captured',
    sizeBytes: typeof image.size === 'number' && image.size > 0 ? image.size * GiB : undefined,
    rawStatus: transition ? `${image.status} (${transition})` : image.status,
    status,
    location: { kind: 'zone', ids: [zone] },
    createdAt: image.create_time || undefined,
    description: image.description || undefined,
  };
}

/**
 * The capture job of each image still being made: the unfinished CaptureInstanceFromSnapshot job whose
 * `resource_ids` name the image (the emulator and the Java SDK send them; the image list does not say).
 */
export function withCaptureJobs(images: ImageRecord[], jobs: readonly Idc51Job[]): ImageRecord[] {
  const byImage = new Map<string, Idc51Job>();
  for (const job of jobs) {
    if (job.action !== 'CaptureInstanceFromSnapshot') continue;
    for (const id of job.resource_ids ?? []) if (!byImage.has(id)) byImage.set(id, job);
  }
  return images.map((image) => {
    const job = image.status === 'creating' ? byImage.get(image.id) : undefined;
    return job ? { ...image, job: { id: job.job_id, status: job.status } } : image;
  });
}
