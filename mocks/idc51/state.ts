import type {
  Idc51ImageStatus,
  Idc51InstanceStatus,
  Idc51InstanceTransition,
  Idc51JobAction,
  Idc51ResourceType,
  Idc51SnapshotStatus,
  Idc51SnapshotTransition,
  Idc51Volume,
  Idc51VolumeStatus,
} from '../../src/api/idc51/types';
import type { DatasetName } from '../types';

/** Zones from the PHP SDK's Constants.php: ac1 无锡, ac2 香港, ac3 上海. */
export const ZONES: Record<string, string> = { ac1: '无锡', ac2: '香港', ac3: '上海' };

/** One backup point. Times are epoch ms; the API view renders them as ISO-8601 UTC. */
export interface SnapshotRecord {
  id: string;
  zone: string;
  name: string;
  description: string | null;
  full: boolean;
  status: Idc51SnapshotStatus;
  transition: Idc51SnapshotTransition;
  createdAt: number;
  statusAt: number;
  snapshotAt: number;
  /** is_taken flips to 1 once the clock passes this (capture done, writes may resume). */
  takenAt: number;
  isHead: boolean;
  rootId: string;
  /** "self" on a full point. */
  parentId: string;
  /** Creation order; "later points of a chain" are those with a larger seq. */
  seq: number;
  sizeMb: number;
  resourceId: string;
  resourceName: string;
  resourceType: Idc51ResourceType;
  /** Source disk size and type (create_volume makes a disk of the same type) or instance root disk. */
  sourceSizeGb: number;
  sourceVolumeType: number;
  /** The instance image's OS family, for images captured from an instance backup. */
  osFamily: string;
}

export interface InstanceRecord {
  id: string;
  zone: string;
  name: string;
  description: string;
  instanceType: number;
  vcpus: number;
  memoryMb: number;
  status: Idc51InstanceStatus;
  transition: Idc51InstanceTransition;
  createdAt: number;
  statusAt: number;
  imageId: string;
  osFamily: string;
  rootSizeGb: number;
  privateIp: string;
  eipAddr: string;
}

export interface VolumeRecord {
  id: string;
  zone: string;
  name: string;
  description: string;
  sizeGb: number;
  volumeType: number;
  status: Idc51VolumeStatus;
  transition: Idc51Volume['transition_status'];
  createdAt: number;
  statusAt: number;
  /** '' when detached. */
  instanceId: string;
  device: string;
}

export interface ImageRecord {
  id: string;
  zone: string;
  name: string;
  description: string;
  status: Idc51ImageStatus;
  transition: '' | 'creating' | 'deleting';
  createdAt: number;
  statusAt: number;
  sizeGb: number;
  platform: 'linux' | 'windows';
  osFamily: string;
  provider: 'system' | 'self';
  defaultUser: string;
}

/** What a job does to the store when it ends (success or failure). */
export type JobEffect =
  | { kind: 'none' }
  | { kind: 'createSnapshots'; snapshotIds: string[]; previousHeads: Record<string, string> }
  | { kind: 'deleteSnapshots'; snapshotIds: string[]; nextHeads: Record<string, string> }
  | { kind: 'applySnapshots'; snapshotIds: string[]; restartInstanceIds: string[] }
  | { kind: 'captureInstance'; snapshotId: string; imageId: string }
  | { kind: 'createVolume'; snapshotId: string; volumeId: string }
  | { kind: 'power'; instanceIds: string[]; from: Idc51InstanceStatus; to: Idc51InstanceStatus };

export interface JobRecord {
  id: string;
  requestId: string;
  action: Idc51JobAction;
  zone: string;
  resourceIds: string[];
  createdAt: number;
  /** Queue time before `working`, then working time; both already multiplied by the time scale. */
  pendingMs: number;
  workMs: number;
  /** Set when the job fails: the fraction of workMs at which it fails, and the provider's message. */
  failAt?: number;
  failInfo?: string;
  /** Terminal effects were applied to the store. */
  settled: boolean;
  effect: JobEffect;
}

export interface TokenRecord {
  token: string;
  clientId: string;
  issuedAt: number;
  expiresIn: number;
  /** Revoked by the sessionExpired flag. */
  revoked: boolean;
}

export interface Idc51State {
  version: 1;
  dataset: DatasetName;
  /** PRNG state for ids created at run time (deterministic replays). */
  rng: number;
  seq: number;
  instances: InstanceRecord[];
  volumes: VolumeRecord[];
  images: ImageRecord[];
  snapshots: SnapshotRecord[];
  jobs: JobRecord[];
  tokens: TokenRecord[];
}

export function emptyState(dataset: DatasetName, rngSeed: number): Idc51State {
  return { version: 1, dataset, rng: rngSeed, seq: 0, instances: [], volumes: [], images: [], snapshots: [], jobs: [], tokens: [] };
}

/** Deep copy through JSON: the state is plain data by construction. */
export function cloneState(state: Idc51State): Idc51State {
  return JSON.parse(JSON.stringify(state)) as Idc51State;
}

/** Shallow shape check for restore(): saved data from an older build is refused rather than half-read. */
export function isIdc51State(value: unknown): value is Idc51State {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const lists = ['instances', 'volumes', 'images', 'snapshots', 'jobs', 'tokens'];
  return (
    record.version === 1 &&
    (record.dataset === 'demo' || record.dataset === 'large') &&
    typeof record.rng === 'number' &&
    typeof record.seq === 'number' &&
    lists.every((key) => Array.isArray(record[key]))
  );
}

export const findInstance = (state: Idc51State, id: string) => state.instances.find((i) => i.id === id);
export const findVolume = (state: Idc51State, id: string) => state.volumes.find((v) => v.id === id);
export const findImage = (state: Idc51State, id: string) => state.images.find((i) => i.id === id);
export const findJob = (state: Idc51State, id: string) => state.jobs.find((j) => j.id === id);

/** ISO-8601 UTC without milliseconds, as 51idc prints it (`2016-07-15T16:20:05Z`). */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
