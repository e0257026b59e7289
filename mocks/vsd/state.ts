import type { VsdAction, VsdDiskSnapshotInfo, VsdPowerState } from '../../src/api/vsd/types';

/** The whole emulated platform: plain JSON so snapshot()/restore() are a structured copy. */
export interface VsdState {
  version: 1;
  clusters: ClusterRecord[];
  tenants: TenantRecord[];
  users: UserRecord[];
  tokens: TokenRecord[];
  apiKeys: ApiKeyRecord[];
  computes: ComputeRecord[];
  /** Snapshot tree per VM, keyed by compute uuid. */
  trees: Record<string, SnapshotTree>;
  /** Counter behind every generated uuid/token, so restored state keeps producing fresh ones. */
  seq: number;
  /** While the sessionExpired flag is on: credentials with a serial below this are expired. */
  sessionCutoff?: number;
}

export interface ClusterRecord {
  uuid: string;
  name: string;
  mode: string;
  /** Management node IPs: the first is the master (Leader). */
  members: string[];
}

export interface TenantRecord {
  uuid: string;
  name: string;
  namespace: string;
  /** 内存快照空间: required for domain_memory snapshots. */
  memorySnapshotSpace: boolean;
}

export interface UserRecord {
  uuid: string;
  name: string;
  tenant: string;
  role: string;
  /** Lowercase hex MD5 of the password, as the login request carries it. */
  passwordMd5: string;
  /** `admin` of the default tenant sees every tenant; other users only their own. */
  allTenants: boolean;
}

export interface TokenRecord {
  token: string;
  userUuid: string;
  issuedAt: number;
  /** Value of `seq` when issued: sessionExpired rejects everything issued before the flag was seen. */
  serial: number;
}

export interface ApiKeyRecord {
  uuid: string;
  userUuid: string;
  createdAt: number;
  serial: number;
}

/** Where a disk's data lives: built-in vsd, shared storage, raw block device or host passthrough. */
export type DiskKind = 'vsd' | 'volume' | 'block' | 'passthrough';

export interface DiskRecord {
  targetDev: string;
  bus: string;
  kind: DiskKind;
  volumeUuid: string;
  volumeName: string;
  capacity: number;
  poolUuid: string;
  poolName: string;
  isSystem: boolean;
  /** SnapshotUuid the disk data was last rolled back to (VM or per-volume rollback). */
  restoredFrom?: string;
}

export interface NicRecord {
  id: string;
  mac: string;
  network: string;
  portGroup: string;
  ip: string;
}

export interface ComputeRecord {
  uuid: string;
  name: string;
  clusterUuid: string;
  tenant: string;
  type: string;
  os: string;
  state: VsdPowerState;
  action: VsdAction;
  /** Guest agent installed: it connects some time after power-on. */
  hasAgent: boolean;
  /** Epoch ms when the agent (re)connects after a start/reset; before it, ga_state is `pending`. */
  agentReadyAt: number;
  /** A guest shutting down (`shutdown`) is off (`shutoff`) from this epoch ms on. */
  settlesAt?: number;
  cpu: number;
  memBytes: number;
  machineUuid: string;
  createTime: number;
  modifyTime: number;
  disks: DiskRecord[];
  nics: NicRecord[];
  spicePort: number;
  /** Shown in ComputeInspectInfo.attr (e.g. the last rollback). */
  attr: Record<string, string>;
}

/** A memory image being saved and uploaded: state is derived from the clock on every read. */
export interface MemoryImage {
  startedAt: number;
  durationMs: number;
  /** Set when the job was told to fail half way (jobFailsHalfway). */
  failsAt?: number;
  bytes: number;
}

export interface SnapshotRecord {
  uuid: string;
  name: string;
  description: string;
  /** Unix seconds. */
  ctime: number;
  /** Parent snapshot name; "" for a root. */
  parent: string;
  disks: VsdDiskSnapshotInfo[];
  memory?: MemoryImage;
}

/** One VM's snapshots in creation order, plus the snapshot the `head` pseudo-node sits under. */
export interface SnapshotTree {
  snapshots: SnapshotRecord[];
  head: string;
}

export function emptyState(): VsdState {
  return { version: 1, clusters: [], tenants: [], users: [], tokens: [], apiKeys: [], computes: [], trees: {}, seq: 1 };
}

/** A deep copy (the state is plain JSON). */
export function cloneState(state: VsdState): VsdState {
  return structuredClone(state);
}

/** Accepts restored data only when it has the shape this version writes. */
export function isVsdState(data: unknown): data is VsdState {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as Record<string, unknown>;
  return (
    record.version === 1 &&
    typeof record.seq === 'number' &&
    ['clusters', 'tenants', 'users', 'tokens', 'apiKeys', 'computes'].every((key) => Array.isArray(record[key])) &&
    typeof record.trees === 'object' &&
    record.trees !== null
  );
}

/** Deterministic uuid v4-looking ids from the state counter (no Math.random). */
export function nextUuid(state: VsdState): string {
  const n = state.seq++;
  const hex = (seed: number) => {
    let x = (seed ^ 0x9e3779b9) >>> 0;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
    return ((x ^ (x >>> 16)) >>> 0).toString(16).padStart(8, '0');
  };
  const a = hex(n * 4 + 1);
  const b = hex(n * 4 + 2);
  const c = hex(n * 4 + 3);
  const d = hex(n * 4 + 4);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${'89ab'[n % 4]}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

export const findCompute = (state: VsdState, uuid: string) => state.computes.find((compute) => compute.uuid === uuid);
export const findCluster = (state: VsdState, uuid: string) => state.clusters.find((cluster) => cluster.uuid === uuid);
export const findTenant = (state: VsdState, uuidOrName: string) => state.tenants.find((tenant) => tenant.uuid === uuidOrName || tenant.name === uuidOrName);
export const treeOf = (state: VsdState, computeUuid: string): SnapshotTree => state.trees[computeUuid] ?? { snapshots: [], head: '' };
