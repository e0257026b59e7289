import type { Idc51Job, Idc51JobAction, Idc51JobStatus } from '../../../src/api/idc51/types';
import { uuid } from './ids';
import { setHead } from '../rules/chains';
import { findImage, findInstance, findVolume, isoTime, type Idc51State, type JobEffect, type JobRecord } from '../state';

/**
 * Jobs per docs/providers/idc51.md §6: pending → working → successful | failed. Nothing runs on a timer: the status is read
 * from the timestamps, and `settle` applies a job's end effects the first time the clock is seen past its end.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Queue time before a job turns `working` (real time, before scaling). */
export const PENDING_MS = 5 * SECOND;

/** Realistic working time per action (ASSUMED from QingCloud-class platforms: minutes for data copies). */
export const WORK_MS: Record<Idc51JobAction, number> = {
  CreateSnapshots: 2 * MINUTE,
  DeleteSnapshots: 30 * SECOND,
  ApplySnapshots: 3 * MINUTE,
  CaptureInstanceFromSnapshot: 8 * MINUTE,
  CreateVolumeFromSnapshot: 5 * MINUTE,
  StartInstances: 40 * SECOND,
  StopInstances: 30 * SECOND,
  RestartInstances: MINUTE,
  RunInstances: 2 * MINUTE,
  CreateVolume: MINUTE,
};

/** A full backup copies the whole disk: 10 minutes instead of an incremental's 2. */
export const FULL_BACKUP_MS = 10 * MINUTE;

/** The capture phase ends (is_taken = 1) at this fraction of a backup job. */
export const TAKEN_AT = 0.4;

/** Deleted full points can be recovered for 2 hours, then they are ceased (docs/providers/idc51.md §4). Real time, not scaled. */
export const DELETED_RETENTION_MS = 2 * 60 * MINUTE;

/** What a job that fails half way reports in `info`, per action (QingCloud-style messages). */
const FAIL_INFO: Record<Idc51JobAction, string> = {
  CreateSnapshots: 'CreateSnapshots failed: backend storage I/O error while copying the volume, insufficient backend resources (5200)',
  DeleteSnapshots: 'DeleteSnapshots failed: snapshot data is locked by the storage backend, please try again later (5100)',
  ApplySnapshots: 'ApplySnapshots failed: rollback of the volume timed out on the storage backend (5000)',
  CaptureInstanceFromSnapshot: 'CaptureInstanceFromSnapshot failed: image upload to the image store was interrupted (5000)',
  CreateVolumeFromSnapshot: 'CreateVolumeFromSnapshot failed: insufficient backend resources for the new volume (5200)',
  StartInstances: 'StartInstances failed: no host with enough free resources in this zone (5200)',
  StopInstances: 'StopInstances failed: the guest did not shut down in time, try force stop (5000)',
  RestartInstances: 'RestartInstances failed: the guest did not shut down in time (5000)',
  RunInstances: 'RunInstances failed: insufficient backend resources (5200)',
  CreateVolume: 'CreateVolume failed: insufficient backend resources (5200)',
};

export interface StartJobInput {
  action: Idc51JobAction;
  zone: string;
  resourceIds: string[];
  now: number;
  scale: number;
  /** Real working time; defaults to WORK_MS[action]. */
  workMs?: number;
  failHalfway: boolean;
  effect: JobEffect;
}

export function startJob(state: Idc51State, input: StartJobInput): JobRecord {
  const job: JobRecord = {
    id: uuid(state),
    requestId: uuid(state),
    action: input.action,
    zone: input.zone,
    resourceIds: input.resourceIds,
    createdAt: input.now,
    pendingMs: PENDING_MS * input.scale,
    workMs: (input.workMs ?? WORK_MS[input.action]) * input.scale,
    settled: false,
    effect: input.effect,
    ...(input.failHalfway ? { failAt: 0.5, failInfo: FAIL_INFO[input.action] } : {}),
  };
  state.jobs.push(job);
  return job;
}

export function jobBegin(job: JobRecord): number {
  return job.createdAt + job.pendingMs;
}

export function jobEnd(job: JobRecord): number {
  return jobBegin(job) + job.workMs * (job.failAt ?? 1);
}

export function jobStatus(job: JobRecord, now: number): Idc51JobStatus {
  if (now < jobBegin(job)) return 'pending';
  if (now < jobEnd(job)) return 'working';
  return job.failAt === undefined ? 'successful' : 'failed';
}

export function jobView(job: JobRecord, now: number): Idc51Job {
  const status = jobStatus(job, now);
  const finished = status === 'successful' || status === 'failed';
  return {
    job_id: job.id,
    id_prefix: '',
    action: job.action,
    request_id: job.requestId,
    status,
    create_time: isoTime(job.createdAt),
    begin_time: status === 'pending' ? '' : isoTime(jobBegin(job)),
    finished_time: finished ? isoTime(jobEnd(job)) : '',
    info: status === 'failed' ? (job.failInfo ?? '') : '',
    extra: '',
    zone: job.zone,
    resource_ids: job.resourceIds,
  };
}

function applyEffect(state: Idc51State, effect: JobEffect, ok: boolean, at: number): void {
  switch (effect.kind) {
    case 'createSnapshots':
      for (const point of state.snapshots.filter((p) => effect.snapshotIds.includes(p.id))) {
        Object.assign(point, { status: ok ? 'available' : 'ceased', transition: '', statusAt: at });
        if (!ok) setHead(state.snapshots, point.resourceId, effect.previousHeads[point.resourceId] ?? '');
      }
      return;
    case 'deleteSnapshots':
      for (const point of state.snapshots.filter((p) => effect.snapshotIds.includes(p.id))) {
        point.transition = '';
        if (!ok) continue;
        // Only a full point can be recovered (docs/providers/idc51.md §4); incremental points are gone at once.
        Object.assign(point, { status: point.full ? 'deleted' : 'ceased', statusAt: at, isHead: false });
      }
      if (ok) for (const [resourceId, headId] of Object.entries(effect.nextHeads)) setHead(state.snapshots, resourceId, headId);
      return;
    case 'applySnapshots':
      for (const id of effect.restartInstanceIds) {
        const instance = findInstance(state, id);
        if (instance) Object.assign(instance, { transition: '', statusAt: at });
      }
      if (ok) for (const point of state.snapshots.filter((p) => effect.snapshotIds.includes(p.id))) setHead(state.snapshots, point.resourceId, point.id);
      return;
    case 'captureInstance': {
      const image = findImage(state, effect.imageId);
      if (image) Object.assign(image, { status: ok ? 'available' : 'ceased', transition: '', statusAt: at });
      return;
    }
    case 'createVolume': {
      const volume = findVolume(state, effect.volumeId);
      if (volume) Object.assign(volume, { status: ok ? 'available' : 'ceased', transition: '', statusAt: at });
      return;
    }
    case 'power':
      for (const id of effect.instanceIds) {
        const instance = findInstance(state, id);
        if (instance) Object.assign(instance, { status: ok ? effect.to : effect.from, transition: '', statusAt: at });
      }
      return;
    case 'none':
      return;
  }
}

/** Brings the store up to `now`: ends finished jobs and ceases deleted points past retention. True when it changed. */
export function settle(state: Idc51State, now: number): boolean {
  let changed = false;
  for (const job of state.jobs) {
    if (job.settled || now < jobEnd(job)) continue;
    applyEffect(state, job.effect, job.failAt === undefined, jobEnd(job));
    job.settled = true;
    changed = true;
  }
  for (const point of state.snapshots) {
    if (point.status === 'deleted' && now >= point.statusAt + DELETED_RETENTION_MS) {
      Object.assign(point, { status: 'ceased', statusAt: point.statusAt + DELETED_RETENTION_MS });
      changed = true;
    }
  }
  return changed;
}
