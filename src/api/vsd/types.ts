/**
 * Hyper-converged platform ("vsd") HTTP API: request and response shapes.
 * Sources: shared/seeds/003_*; shared/research/idc51_vsd.md part 2. Shared with mocks/vsd (types only).
 */

/** Most endpoints: HTTP 200 with this envelope; `scode` 0 means success. */
export interface VsdOutput<T = unknown> {
  scode: number;
  desc: string;
  message: string;
  message_cn: string;
  stack: string[] | null;
  data: T;
}

/** Batch endpoints (per-volume rollback, batch_shutoff) wrap this inside Output.data. */
export interface VsdBatchOutput<T = unknown> {
  success: number;
  fail: number;
  results: Array<VsdOutput<T>>;
}

export interface VsdLoginRequest {
  User: string;
  Tenant: string;
  /** Lowercase hex MD5 of the password. */
  Password: string;
}

export interface VsdLoginData {
  Role: string;
  Token: string;
  user_uuid: string;
  user_name: string;
  enable_ldap: boolean;
  Tenant: string;
  system_member_list: { Leader: string; candidates: string[] };
  default_cluster_uuid: string;
}

export interface VsdApiKeyList {
  list: Array<{ uuid: string }>;
  total_count: number;
}

/** libvirt domain states (idc51_vsd.md §2.7). */
export type VsdPowerState = 'nostate' | 'running' | 'blocked' | 'paused' | 'shutdown' | 'shutoff' | 'crashed' | 'pmsuspend';
export const VSD_POWER_STATES: readonly VsdPowerState[] = ['nostate', 'running', 'blocked', 'paused', 'shutdown', 'shutoff', 'crashed', 'pmsuspend'];
/** Guest agent state. */
export type VsdAgentState = 'connected' | 'disconnected' | 'pending';
/** Operation in progress on the VM; `save` = hibernated (休眠). */
export type VsdAction = 'noaction' | 'cloning' | 'save' | 'migrating' | 'pending' | 'importing' | 'restoring';

/** ClusterIdentifier + TenantIdentifier + the VM: the flat body of every POST on one VM (idc51_vsd.md §2.4). */
export interface VsdComputeIdentifier {
  cluster_uuid: string;
  cluster_name?: string;
  tenant?: string;
  tenant_name?: string;
  namespace_uuid?: string;
  multiple?: boolean;
  vm_type?: string;
  compute_uuid: string;
  compute_name?: string;
  owner?: string;
}

/** The VM list item, a subset of ComputeInspectInfo (idc51_vsd.md §2.6). */
export interface VsdComputeSummary {
  uuid: string;
  name: string;
  state: string;
  cluster_uuid?: string;
  tenant?: string;
  [field: string]: unknown;
}

export interface VsdComputeList {
  domains: VsdComputeSummary[];
  total_count?: number;
}

/** One `disks[]` entry of ComputeInspectInfo; exactly one source object is present. */
export interface VsdComputeDisk {
  disk_target_device: string;
  disk_target_bus: string;
  disk_vsd_source?: {
    volume_uuid: string;
    volume_name: string;
    disk_capacity: number;
    pool_uuid: string;
    pool_name: string;
    replica: string;
    drive_type: string;
    redundancy: number;
    attribute: unknown;
    vsd_vendor: string;
  };
  disk_volume_source?: { volume_uuid: string; volume_name: string; disk_capacity: number; storage_uuid: string; storage_name: string };
  disk_block_source?: { path: string; disk_capacity: number };
  disk_source_passthrough?: { host_device: string; disk_capacity: number };
  disk_cache_mode: string;
  disks_serial: string;
  wwn: string;
  disk_is_system: boolean;
}

/** GET /v1/compute/inspect data: ClusterIdentifier + ComputeInspectInfo (the fields the console reads are typed). */
export interface VsdComputeInspect extends VsdComputeSummary {
  tenant: string;
  tenant_name: string;
  type: string;
  state: VsdPowerState;
  ga_state: VsdAgentState;
  action: VsdAction;
  os: string;
  create_time: number;
  modify_time: number;
  cpu_current: string;
  cpu_max_count: number;
  mem_size: number;
  disks: VsdComputeDisk[];
  cluster_uuid: string;
  cluster_name: string;
  attr: Record<string, string> | null;
}

/** DiskSnapshotInfo: note the capitalised keys. `DiskDrive` is the target device (e.g. "sda"). */
export interface VsdDiskSnapshotInfo {
  VolumeUuid: string;
  SnapshotUuid: string;
  DiskDrive: string;
}

/** GetVsdSnapshotResponse. `screenshot_url_ssl` appears in list items only. */
export interface VsdSnapshot {
  tenant: string;
  tenant_name: string;
  namespace: string;
  uuid: string;
  compute_uuid: string;
  name: string;
  description: string;
  /** Unix seconds. */
  ctime: number;
  vm_detail: VsdComputeInspect | null;
  screenshot_url: string;
  screenshot_url_ssl?: string;
  domain_remote_url: string;
  disk_snapshot_list: VsdDiskSnapshotInfo[];
  /** null for disk-only snapshots; memory snapshots carry VSD_ATTR_* keys (emulator convention, ASSUMED). */
  attr: Record<string, string> | null;
}

/** attr keys of a memory snapshot (ASSUMED: the docs only say attr is a string map). */
export const VSD_ATTR_DOMAIN_MEMORY = 'domain_memory';
export const VSD_ATTR_MEMORY_STATE = 'memory_state';
export const VSD_ATTR_PROGRESS = 'progress';
export const VSD_ATTR_MEMORY_ERROR = 'memory_error';
export type VsdMemoryState = 'saving' | 'ready' | 'failed';

export interface VsdSnapshotList {
  list: VsdSnapshot[];
  total_count: number;
}

/** The name of the pseudo-node for the VM's current state in the snapshot tree. */
export const VSD_TREE_HEAD = 'head';

/** VirtualMachineSnapshotTree: `""` is the virtual root, `head` the VM's current position. */
export interface VsdSnapshotTree {
  UUID: string;
  Parents: Record<string, string>;
  Children: Record<string, { Children: string[] }>;
}

/** Item data of batch power operations: the identifier echoed back. */
export interface VsdBatchComputeItem {
  cluster_uuid: string;
  cluster_name: string;
  tenant: string;
  compute_uuid: string;
  compute_name: string;
  owner: string;
  vdc_agent: string;
  vdc_agent_list: string[] | null;
  desktop_pool_uuid: string;
}

/** scode 11057: "this management node is not the master, try the next one" (idc51_vsd.md §2.2). */
export const VSD_SCODE_NOT_MASTER = 11057;

/**
 * scode table. Only 0, 11057 (not master) and 20926 (CPU overcommit, compute doc example) are seen in
 * public sources; every other value is the emulator's own ASSUMED table (mocks/README.md, vsd section).
 */
export const VSD_SCODE = {
  SUCCESS: 0,
  INVALID_JSON: 10001,
  PARAM_MISSING: 10002,
  PARAM_INVALID: 10003,
  API_NOT_FOUND: 10004,
  INTERNAL: 10500,
  LOGIN_FAILED: 10101,
  TOKEN_INVALID: 10102,
  APIKEY_INVALID: 10103,
  AUTH_REQUIRED: 10104,
  PERMISSION_DENIED: 10105,
  NOT_MASTER: VSD_SCODE_NOT_MASTER,
  CLUSTER_NOT_FOUND: 20101,
  TENANT_NOT_FOUND: 20102,
  COMPUTE_NOT_FOUND: 20201,
  COMPUTE_STATE_NOT_ALLOWED: 20202,
  COMPUTE_BUSY: 20203,
  HOST_CPU_OVERCOMMIT: 20926,
  SNAPSHOT_NOT_FOUND: 23001,
  SNAPSHOT_NAME_EXISTS: 23002,
  SNAPSHOT_MULTIPLE_CHILDREN: 23003,
  SNAPSHOT_MEMORY_NOT_READY: 23004,
  SNAPSHOT_MEMORY_FAILED: 23005,
  SNAPSHOT_DISK_UNSUPPORTED: 23006,
  MEMORY_SPACE_DISABLED: 23007,
  MEMORY_REQUIRES_RUNNING: 23008,
  ROLLBACK_REQUIRES_SHUTOFF: 23009,
  VOLUME_NOT_ATTACHED: 23010,
  VOLUME_SNAPSHOT_NOT_FOUND: 23011,
  SNAPSHOT_TASK_RUNNING: 23012,
} as const;
export type VsdScodeName = keyof typeof VSD_SCODE;

export type VsdErrorKind = 'auth' | 'validation' | 'notFound' | 'conflict' | 'server';

/** What kind of failure each scode is, for the console's error policy. */
export const VSD_SCODE_KIND: Record<VsdScodeName, VsdErrorKind> = {
  SUCCESS: 'server',
  INVALID_JSON: 'validation',
  PARAM_MISSING: 'validation',
  PARAM_INVALID: 'validation',
  API_NOT_FOUND: 'notFound',
  INTERNAL: 'server',
  LOGIN_FAILED: 'auth',
  TOKEN_INVALID: 'auth',
  APIKEY_INVALID: 'auth',
  AUTH_REQUIRED: 'auth',
  PERMISSION_DENIED: 'auth',
  NOT_MASTER: 'server',
  CLUSTER_NOT_FOUND: 'notFound',
  TENANT_NOT_FOUND: 'notFound',
  COMPUTE_NOT_FOUND: 'notFound',
  COMPUTE_STATE_NOT_ALLOWED: 'conflict',
  COMPUTE_BUSY: 'conflict',
  HOST_CPU_OVERCOMMIT: 'conflict',
  SNAPSHOT_NOT_FOUND: 'notFound',
  SNAPSHOT_NAME_EXISTS: 'conflict',
  SNAPSHOT_MULTIPLE_CHILDREN: 'conflict',
  SNAPSHOT_MEMORY_NOT_READY: 'conflict',
  SNAPSHOT_MEMORY_FAILED: 'conflict',
  SNAPSHOT_DISK_UNSUPPORTED: 'conflict',
  MEMORY_SPACE_DISABLED: 'conflict',
  MEMORY_REQUIRES_RUNNING: 'conflict',
  ROLLBACK_REQUIRES_SHUTOFF: 'conflict',
  VOLUME_NOT_ATTACHED: 'validation',
  VOLUME_SNAPSHOT_NOT_FOUND: 'notFound',
  SNAPSHOT_TASK_RUNNING: 'conflict',
};

/** The kind of a numeric scode, or undefined when it is not in the table. */
export function vsdScodeKind(scode: number): VsdErrorKind | undefined {
  for (const [name, value] of Object.entries(VSD_SCODE)) if (value === scode) return VSD_SCODE_KIND[name as VsdScodeName];
  return undefined;
}
