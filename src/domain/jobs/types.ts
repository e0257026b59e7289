import type { ProviderId } from '@/api/provider';
import type { ProgressSample } from '../images/transfer/progress';

/**
 * A long operation the user started (create, power action, rollback, export): how to poll it to its end.
 * Serialisable, so the Jobs drawer can resume watching after a reload.
 */
export type JobSpec =
  /** DBC: poll the task detail until its status leaves `pending` (success or failure lists decide the end). */
  | { kind: 'dbc-task'; nodeId: string; taskId: string; success: string[]; failure: string[]; gone?: 'success' }
  /** DBC: an image-center file copied onto a node; `progress` where the client has `/images/downloadprogress` (era C). */
  | { kind: 'dbc-image-download'; nodeId: string; imageName: string; progress: boolean; sizeBytes?: number }
  /** DBC: a node's file copied to an image server (`server` in era C); `progress` where `/images/uploadprogress` exists. */
  | { kind: 'dbc-image-upload'; nodeId: string; imageName: string; server?: string; progress: boolean; sizeBytes?: number }
  /** DBC: a snapshot being made (era C: and uploaded); read from the snapshot list until ready, failed or gone. */
  | { kind: 'dbc-snapshot'; nodeId: string; taskId: string; name: string; era: 'B' | 'C' }
  /** vsd: a memory snapshot's image being saved (attr.memory_state saving → ready | failed). */
  | { kind: 'vsd-snapshot-memory'; computeUuid: string; name: string }
  /** ZStack: poll /zstack/v1/api-jobs/{uuid}: 202 running, 200 done, 503 failed. */
  | { kind: 'zstack-api-job'; jobUuid: string }
  /** 51idc: poll /v2/zone/{zone}/job/{id}: pending, working, successful, failed. */
  | { kind: 'idc51-job'; zone: string; jobId: string }
  /** vsd: poll the VM's state until it is one of `success` (its power APIs are synchronous or state-driven). */
  | { kind: 'vsd-vm-state'; computeUuid: string; success: string[]; failure?: string[] }
  /** Done when the provider answered (a synchronous API): recorded as finished, never polled. */
  | { kind: 'immediate' };

/**
 * `unknown`: no longer watched, so its end is not known: its connection was removed (`orphaned`) or it ran past
 * its kind's maximum age (`expired`, src/domain/jobs/lifetime.ts). The user checks the provider, or asks again.
 */
export type JobStatus = 'running' | 'succeeded' | 'failed' | 'unknown';

export interface JobError {
  code: string;
  message: string;
  messageZh?: string;
  details?: string;
}

/** One poll's answer. */
export interface JobCheck {
  status: JobStatus;
  /** 0..100 where the provider tells. */
  progress?: number;
  /** The provider's own status word (DBC `creating`, 51idc `working`...). */
  providerStatus?: string;
  error?: JobError;
  /**
   * What a finished job answered, where the provider answers values (ZStack GetVolumeSnapshotSize:
   * `size`, `actualSize`): the top-level numbers and strings of the job result.
   */
  result?: JobResult;
}

export type JobResult = Record<string, number | string>;

export interface JobTarget {
  kind: 'vm' | 'node' | 'snapshot' | 'image' | 'volume';
  id: string;
  name: string;
}

export interface JobRecord {
  id: string;
  connectionId: string;
  provider: ProviderId;
  /** What was done, as an i18n-able action word: 'vm.create', 'vm.start', 'snapshot.rollback'... */
  action: string;
  target: JobTarget;
  spec: JobSpec;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  status: JobStatus;
  progress?: number;
  providerStatus?: string;
  error?: JobError;
  /** What the finished job reported (ZStack GetVolumeSnapshotSize: size, actualSize). */
  result?: JobCheck['result'];
  /** Query keys (plain arrays) to refresh when the job ends: what the action changed. */
  refresh?: readonly (readonly unknown[])[];
  /** Image transfers: when the percentage moved (never backwards), for speed, time left and stalls. */
  samples?: ProgressSample[];
  /** The provider once reported less than already shown (kept at the maximum, noted here). */
  progressWentBack?: boolean;
  /** Why the job is `unknown`. */
  unknownReason?: 'orphaned' | 'expired';
  /** When the user last asked to check again (the maximum age counts from here); absent: from `startedAt`. */
  pollingSince?: number;
  /** The last poll itself failed (network, expired session): the job may still be running; shown, not fatal. */
  pollError?: JobError;
}
