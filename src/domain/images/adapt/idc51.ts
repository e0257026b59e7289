import type { Idc51Image, Idc51Job } from '@/api/idc51/types';
import { imageKey, type ImageOrigin, type ImageRecord, type ImageStatus } from '../model';
import { backupExports, exportJob } from './idc51Exports';

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
 * the status, as the console shows it; which backup it was captured from comes from its job (withCaptureJobs).
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
 * The capture job of each image still being made, and the backup each image was captured from: the
 * CaptureInstanceFromSnapshot job whose `resource_ids` name the image (the emulator and the Java SDK send them;
 * the image list does not say). `originOf` places the backup in its tree where the point was read.
 */
export function withCaptureJobs(images: ImageRecord[], jobs: readonly Idc51Job[], originOf: (backupId: string) => ImageOrigin = (id) => ({ kind: 'snapshot', id })): ImageRecord[] {
  const exports = backupExports(jobs);
  return images.map((image) => {
    const made = exports.get(image.id);
    if (!made || made.job.action !== 'CaptureInstanceFromSnapshot') return image;
    const origin = made.backupId ? originOf(made.backupId) : undefined;
    const job = image.status === 'creating' ? exportJob(made.job) : undefined;
    return { ...image, ...(origin && { origin }), ...(job && { job }) };
  });
}
