/**
 * The ZStack emulator's whole state: plain JSON records (dates as epoch ms, rendered to Gson text on output),
 * so snapshot()/restore() are a structured copy. Field names match the inventories' so queries read them directly.
 */
import type {
  ZStackBackupStorageStatus,
  ZStackEnabledState,
  ZStackErrorCode,
  ZStackImageMediaType,
  ZStackImageStatus,
  ZStackSnapshotStatus,
  ZStackSnapshotTreeStatus,
  ZStackVmState,
  ZStackVolumeStatus,
  ZStackVolumeType,
} from '../../src/api/zstack/types';
import type { DatasetName } from '../types';

export interface Dated {
  uuid: string;
  createDate: number;
  lastOpDate: number;
}

export interface AccountRec extends Dated {
  name: string;
  /** SHA-512 hex, compared as sent (the server hashes nothing). */
  password: string;
  type: 'SystemAdmin' | 'Normal';
}

export interface SessionRec extends Dated {
  accountUuid: string;
  userUuid: string;
  userType: string;
  expiredDate: number;
}

export interface ZoneRec extends Dated {
  name: string;
  description?: string;
  state: ZStackEnabledState;
  type: string;
}

export interface ClusterRec extends Dated {
  name: string;
  description?: string;
  zoneUuid: string;
  hypervisorType: string;
  state: ZStackEnabledState;
  type: string;
  architecture: string;
}

export interface HostRec extends Dated {
  name: string;
  zoneUuid: string;
  clusterUuid: string;
  managementIp: string;
  hypervisorType: string;
  state: ZStackEnabledState;
  status: 'Connecting' | 'Connected' | 'Disconnected';
  architecture: string;
}

export interface PrimaryStorageRec extends Dated {
  name: string;
  zoneUuid: string;
  url: string;
  type: string;
  state: ZStackEnabledState;
  status: 'Connecting' | 'Connected' | 'Disconnected';
  totalCapacity: number;
  availableCapacity: number;
  attachedClusterUuids: string[];
}

export interface BackupStorageRec extends Dated {
  name: string;
  description?: string;
  url: string;
  type: string;
  state: ZStackEnabledState;
  status: ZStackBackupStorageStatus;
  totalCapacity: number;
  availableCapacity: number;
  attachedZoneUuids: string[];
}

export interface VmNicRec extends Dated {
  vmInstanceUuid: string;
  l3NetworkUuid: string;
  ip: string;
  mac: string;
  netmask: string;
  gateway: string;
  deviceId: number;
  type: string;
}

export interface VmRec extends Dated {
  name: string;
  description?: string;
  zoneUuid: string;
  clusterUuid: string;
  hostUuid?: string;
  lastHostUuid?: string;
  imageUuid: string;
  instanceOfferingUuid: string;
  rootVolumeUuid: string;
  defaultL3NetworkUuid: string;
  platform: string;
  architecture: string;
  guestOsType: string;
  type: string;
  hypervisorType: string;
  memorySize: number;
  cpuNum: number;
  cpuSpeed: number;
  allocatorStrategy: string;
  state: ZStackVmState;
  vmNics: VmNicRec[];
}

/** An instance offering: the CPU and memory a new VM gets (QueryInstanceOffering). */
export interface InstanceOfferingRec extends Dated {
  name: string;
  description?: string;
  cpuNum: number;
  cpuSpeed: number;
  memorySize: number;
  type: string;
  allocatorStrategy: string;
  sortKey: number;
  state: ZStackEnabledState;
}

/** An L3 network a VM nic can be on (QueryL3Network); `ipPrefix` feeds the emulated DHCP. */
export interface L3NetworkRec extends Dated {
  name: string;
  description?: string;
  zoneUuid: string;
  l2NetworkUuid: string;
  type: string;
  category: string;
  system: boolean;
  state: ZStackEnabledState;
  ipPrefix: string;
}

export interface VolumeRec extends Dated {
  name: string;
  description?: string;
  primaryStorageUuid: string;
  vmInstanceUuid?: string;
  diskOfferingUuid?: string;
  rootImageUuid?: string;
  installPath: string;
  type: ZStackVolumeType;
  format: string;
  size: number;
  actualSize: number;
  deviceId?: number;
  state: ZStackEnabledState;
  status: ZStackVolumeStatus;
  isShareable: boolean;
}

export interface SnapshotBsRef {
  volumeSnapshotUuid: string;
  backupStorageUuid: string;
  installPath: string;
}

export interface SnapshotRec extends Dated {
  name: string;
  description?: string;
  type: string;
  volumeUuid?: string;
  treeUuid: string;
  parentUuid?: string;
  primaryStorageUuid: string;
  primaryStorageInstallPath: string;
  volumeType: ZStackVolumeType;
  format: string;
  latest: boolean;
  size: number;
  distance: number;
  state: ZStackEnabledState;
  status: ZStackSnapshotStatus;
  backupStorageRefs: SnapshotBsRef[];
  groupUuid?: string;
}

export interface SnapshotTreeRec extends Dated {
  volumeUuid: string;
  current: boolean;
  status: ZStackSnapshotTreeStatus;
}

export interface ImageBsRef {
  imageUuid: string;
  backupStorageUuid: string;
  installPath: string;
  exportUrl?: string;
  exportMd5Sum?: string;
  status: ZStackImageStatus;
  createDate: number;
  lastOpDate: number;
}

export interface ImageRec extends Dated {
  name: string;
  description?: string;
  state: ZStackEnabledState;
  status: ZStackImageStatus;
  size: number;
  actualSize: number;
  md5Sum?: string;
  url?: string;
  mediaType: ZStackImageMediaType;
  guestOsType?: string;
  type: string;
  platform: string;
  architecture?: string;
  format: string;
  system: boolean;
  virtio: boolean;
  backupStorageRefs: ImageBsRef[];
  /** When DeleteImage (Delay policy) marked it Deleted; it is expunged after the expunge period. */
  deletedAt?: number;
}

/** What a finished async job answers at its poll URL. */
export interface JobOutcome {
  status: 200 | 503;
  /** Undefined: an empty body (events without fields, e.g. revert and delete). */
  body?: Record<string, unknown>;
}

/** The effect of an async job, applied lazily when the clock passes `doneAt`. */
export type JobEffect =
  | { kind: 'none' }
  | { kind: 'revert'; snapshotUuid: string }
  | { kind: 'deleteSnapshots'; snapshotUuids: string[]; rootUuid: string }
  | { kind: 'batchDeleteSnapshots'; snapshotUuids: string[] }
  | {
      kind: 'createSnapshot';
      snapshotUuid: string;
      volumeUuid: string;
      /** Set while the create waits in the volume's queue (its snapshot record is made when it starts, see JobRec.startAt). */
      queued?: { name: string; description?: string };
    }
  | { kind: 'updateSnapshot'; snapshotUuid: string; name?: string; description?: string }
  | { kind: 'snapshotSize'; snapshotUuid: string }
  | { kind: 'createTemplate'; imageUuid: string; snapshotUuid: string; failures: { backupStorageUuid: string; error: ZStackErrorCode }[] }
  | { kind: 'createDataVolume'; volumeUuid: string; snapshotUuid: string }
  | { kind: 'createVolumeFromTemplate'; volumeUuid: string; imageUuid: string }
  | { kind: 'vmStart'; vmUuid: string; hostUuid: string; from: ZStackVmState }
  | { kind: 'vmStop'; vmUuid: string; from: ZStackVmState; hostUuid?: string }
  | { kind: 'vmReboot'; vmUuid: string }
  | { kind: 'vmNoop'; vmUuid: string }
  | { kind: 'createVm'; vmUuid: string; hostUuid: string }
  | { kind: 'attachVolume'; volumeUuid: string; vmUuid: string }
  | { kind: 'detachVolume'; volumeUuid: string }
  | { kind: 'deleteImage'; imageUuid: string; backupStorageUuids?: string[] }
  | { kind: 'expungeImage'; imageUuid: string; backupStorageUuids?: string[] }
  | { kind: 'recoverImage'; imageUuid: string }
  | { kind: 'renewSession'; sessionUuid: string; durationMs: number };

export interface JobRec {
  uuid: string;
  api: string;
  createDate: number;
  /** A job queued behind another on the same volume starts here (the end of the one it waits for), not at createDate. */
  startAt?: number;
  /** When the job ends (success, failure halfway, or at once for a refused request). */
  doneAt: number;
  apiTimeoutMs: number;
  effect: JobEffect;
  /** Set when the job must fail at doneAt (injected jobFailsHalfway). */
  failure?: ZStackErrorCode;
  /** Set once the job ended (or at creation for refused requests). */
  outcome?: JobOutcome;
}

export interface ZStackState {
  version: 1;
  dataset: DatasetName;
  /** Counter feeding the id generator, so ids stay deterministic across snapshot/restore. */
  idSeq: number;
  accounts: AccountRec[];
  sessions: SessionRec[];
  zones: ZoneRec[];
  clusters: ClusterRec[];
  hosts: HostRec[];
  primaryStorages: PrimaryStorageRec[];
  backupStorages: BackupStorageRec[];
  instanceOfferings: InstanceOfferingRec[];
  l3Networks: L3NetworkRec[];
  vms: VmRec[];
  volumes: VolumeRec[];
  trees: SnapshotTreeRec[];
  snapshots: SnapshotRec[];
  images: ImageRec[];
  jobs: JobRec[];
}

export function emptyState(dataset: DatasetName): ZStackState {
  return {
    version: 1,
    dataset,
    idSeq: 1,
    accounts: [],
    sessions: [],
    zones: [],
    clusters: [],
    hosts: [],
    primaryStorages: [],
    backupStorages: [],
    instanceOfferings: [],
    l3Networks: [],
    vms: [],
    volumes: [],
    trees: [],
    snapshots: [],
    images: [],
    jobs: [],
  };
}

const LIST_KEYS = ['accounts', 'sessions', 'zones', 'clusters', 'hosts', 'primaryStorages', 'backupStorages', 'instanceOfferings', 'l3Networks', 'vms', 'volumes', 'trees', 'snapshots', 'images', 'jobs'] as const;

/** Shape check for restore(): enough to refuse foreign or stale data rather than crash later. */
export function isZStackState(value: unknown): value is ZStackState {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (record.version !== 1 || typeof record.idSeq !== 'number') return false;
  if (record.dataset !== 'demo' && record.dataset !== 'large') return false;
  return LIST_KEYS.every((key) => Array.isArray(record[key]));
}

export function cloneState(state: ZStackState): ZStackState {
  return structuredClone(state);
}

/** Next deterministic id: a v4-shaped uuid derived from the counter (no Math.random). */
export function nextUuid(state: ZStackState): string {
  const n = state.idSeq++;
  let hash = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  let out = '';
  for (let i = 0; i < 32; i++) {
    hash = (Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) + i + n) >>> 0;
    let digit = hash % 16;
    if (i === 12) digit = 4;
    if (i === 16) digit = 8 + (digit % 4);
    out += '0123456789abcdef'[digit];
  }
  return out;
}

/** A new volume snapshot record. Where it lives follows from the volume: a Ceph rbd snap of the image, else a qcow2 beside it. */
export function snapshotRecord(
  volume: VolumeRec,
  init: Pick<SnapshotRec, 'uuid' | 'name' | 'treeUuid' | 'latest' | 'size' | 'state' | 'status'> & { parent?: SnapshotRec; at: number; description?: string },
): SnapshotRec {
  const ceph = volume.installPath.startsWith('ceph://');
  const snapshot: SnapshotRec = {
    uuid: init.uuid,
    name: init.name,
    type: ceph ? 'Storage' : 'Hypervisor',
    volumeUuid: volume.uuid,
    treeUuid: init.treeUuid,
    primaryStorageUuid: volume.primaryStorageUuid,
    primaryStorageInstallPath: ceph ? `${volume.installPath}@${init.uuid}` : volume.installPath.replace(/[^/]+$/, `${init.uuid}.qcow2`),
    volumeType: volume.type,
    format: volume.format,
    latest: init.latest,
    size: init.size,
    distance: init.parent ? init.parent.distance + 1 : 0,
    state: init.state,
    status: init.status,
    backupStorageRefs: [],
    createDate: init.at,
    lastOpDate: init.at,
  };
  if (init.description) snapshot.description = init.description;
  if (init.parent) snapshot.parentUuid = init.parent.uuid;
  return snapshot;
}
