import type { Idc51Job, Idc51Snapshot, Idc51Volume } from '@/api/idc51/types';
import { imageKey, type DiskType, type ImageOrigin, type ImageRecord, type ImageStatus } from '../model';

const GiB = 1024 ** 3;

/** The two jobs that turn a backup into something of the Images page. */
export const EXPORT_ACTIONS = ['CaptureInstanceFromSnapshot', 'CreateVolumeFromSnapshot'] as const;

/** One capture / create-volume job: what it made (an image or a volume) and the backup point it was made from. */
export interface BackupExport {
  job: Idc51Job;
  madeId: string;
  backupId?: string;
}

const MADE_PREFIX: Record<string, RegExp> = { CaptureInstanceFromSnapshot: /^img-/, CreateVolumeFromSnapshot: /^vol-/ };
/** Backup points are `ss-…` (and `s-…` in the docs' examples). */
const BACKUP_ID = /^ss?-/;

/**
 * The exports the jobs tell of, newest job first per made resource. `resource_ids` name the new image or volume
 * and the source point (ASSUMED order-free: told apart by their id prefixes, docs/providers/idc51.md Images page).
 */
export function backupExports(jobs: readonly Idc51Job[]): Map<string, BackupExport> {
  const found = new Map<string, BackupExport>();
  for (const job of jobs) {
    const made = MADE_PREFIX[job.action];
    const ids = job.resource_ids ?? [];
    const madeId = made && ids.find((id) => made.test(id));
    if (!madeId || found.has(madeId)) continue;
    found.set(madeId, { job, madeId, backupId: ids.find((id) => BACKUP_ID.test(id)) });
  }
  return found;
}

const FAILED_JOB = new Set(['failed', 'done with failure']);
const UNFINISHED_JOB = new Set(['pending', 'working']);

export const isUnfinishedJob = (status: string): boolean => UNFINISHED_JOB.has(status);

/** The job as the image shows it, with the provider's error (code and message, else `info`) when it failed. */
export function exportJob(job: Idc51Job): NonNullable<ImageRecord['job']> {
  if (!FAILED_JOB.has(job.status)) return { id: job.job_id, status: job.status };
  const error = job.error?.message ? `${job.error.message} (${job.error.code})` : job.info;
  return { id: job.job_id, status: job.status, error: error || undefined };
}

/**
 * Where a backup point sits in the snapshot tree: an instance backup under its instance, a disk backup under the
 * instance the disk is attached to (a detached disk has no tree: the link falls back to a search by id).
 */
export function backupOrigin(backupId: string, point: Idc51Snapshot | undefined, volumes: ReadonlyMap<string, Idc51Volume>): ImageOrigin {
  const origin: ImageOrigin = { kind: 'snapshot', id: backupId, name: point?.snapshot_name || undefined };
  const resource = point?.resource;
  if (resource?.resource_type === 'instance') return { ...origin, tree: { vmId: resource.resource_id } };
  const host = resource && volumes.get(resource.resource_id)?.instance.instance_id;
  return host ? { ...origin, tree: { vmId: host, volumeId: resource.resource_id } } : origin;
}

const DISK_TYPE: Record<number, DiskType> = { 0: 'performance', 1: 'capacity', 2: 'capacity', 3: 'ultraPerformance' };

const VOLUME_STATUS: Record<string, ImageStatus> = {
  pending: 'creating',
  available: 'ready',
  'in-use': 'ready',
  suspended: 'failed',
  deleted: 'deleted',
  ceased: 'deleted',
};

function diskStatus(volume: Idc51Volume | undefined, job: Idc51Job): ImageStatus {
  // A failed job wins: the emulator (and QingCloud) leave the volume ceased, which would read as deleted.
  if (FAILED_JOB.has(job.status)) return 'failed';
  if (!volume) return isUnfinishedJob(job.status) ? 'creating' : 'unknown';
  if (volume.transition_status === 'creating') return 'creating';
  if (volume.transition_status === 'deleting') return 'deleted';
  return VOLUME_STATUS[volume.status] ?? 'unknown';
}

/**
 * A disk made from a backup (`create_volume`): the volume as `GET /volumes` shows it, with its job and origin.
 * Without the volume (not listed yet, or gone) the job alone says what it is.
 */
export function idc51DiskToRecord(connectionId: string, zone: string, made: BackupExport, volume: Idc51Volume | undefined, origin: ImageOrigin | undefined): ImageRecord {
  const transition = volume?.transition_status;
  return {
    key: imageKey(connectionId, made.madeId),
    connectionId,
    provider: 'idc51',
    id: made.madeId,
    name: volume?.volume_name || made.madeId,
    kind: 'idc51Disk',
    sizeBytes: volume && volume.size > 0 ? volume.size * GiB : undefined,
    rawStatus: volume ? (transition ? `${volume.status} (${transition})` : volume.status) : undefined,
    status: diskStatus(volume, made.job),
    location: { kind: 'zone', ids: [zone] },
    createdAt: volume?.create_time || made.job.create_time || undefined,
    origin,
    description: volume?.description || undefined,
    job: exportJob(made.job),
    diskType: volume ? DISK_TYPE[volume.volume_type] : undefined,
  };
}
