/** Timings and global-config defaults of the emulated ZStack (real values; operations are scaled by env.timeScale()). */

/** identity / session.timeout (s): sliding, renewed by every authorised call. */
export const DEFAULT_SESSION_TIMEOUT_S = 7200;
/** rest / completedApi.expiredPeriod (s): finished job records are forgotten after this (not scaled). */
export const JOB_RETENTION_S = 10_800;
/** image / expungePeriod (s): a Deleted image (Delay policy) is expunged after this (not scaled). */
export const IMAGE_EXPUNGE_PERIOD_S = 259_200;
/** volumeSnapshot / incrementalSnapshot.maxNum: a longer chain starts a new (full) tree. */
export const MAX_INCREMENTAL_SNAPSHOTS = 64;

/** Realistic durations (ms, before scaling) of the async operations; template creation is the longest. */
export const DURATION_MS = {
  refused: 0,
  updateSnapshot: 500,
  snapshotSize: 2_000,
  createSnapshot: 15_000,
  revert: 45_000,
  deleteSnapshot: 30_000,
  createTemplate: 600_000,
  createDataVolume: 180_000,
  /** Allocate, clone the root volume from the template, boot: about a minute. */
  createVm: 60_000,
  vmStart: 25_000,
  vmStopGrace: 20_000,
  vmStopCold: 4_000,
  vmReboot: 40_000,
  vmNoop: 300,
  /** Hot-plug (or record, on a stopped VM) one disk: seconds (ASSUMED). */
  attachVolume: 5_000,
  detachVolume: 3_000,
  deleteImage: 3_000,
  expungeImage: 6_000,
  recoverImage: 2_000,
  renewSession: 200,
} as const;

/** @DefaultTimeout of the APIs (ms), sent as `apiTimeout` in the 202 body. */
export const API_TIMEOUT_MS: Record<string, number> = {
  RevertVolumeFromSnapshot: 24 * 3600_000,
  DeleteVolumeSnapshot: 6 * 3600_000,
  BatchDeleteVolumeSnapshot: 6 * 3600_000,
  CreateDataVolumeTemplateFromVolumeSnapshot: 72 * 3600_000,
  CreateRootVolumeTemplateFromVolumeSnapshot: 72 * 3600_000,
  CreateVolumeSnapshot: 3 * 3600_000,
  CreateDataVolumeFromVolumeSnapshot: 3 * 3600_000,
  CreateDataVolumeFromVolumeTemplate: 3 * 3600_000,
  CreateVmInstance: 3 * 3600_000,
};
export const DEFAULT_API_TIMEOUT_MS = 1_800_000;

/** SHA-512 hex of "password": the demo admin's password as the client sends it. */
export const DEMO_PASSWORD_SHA512 =
  'b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86';
/** The admin account uuid of every ZStack install. */
export const ADMIN_ACCOUNT_UUID = '36c27e8ff05c4780bf6d2fa65700f22e';
