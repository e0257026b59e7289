/**
 * ZStack Cloud REST API: request and response shapes.
 * Sources: docs/providers/zstack.md (seed 004, zstackio/zstack). Shared with mocks/zstack (types only).
 * Null fields are omitted by the server (Gson without serializeNulls), hence the many optional fields.
 * Dates are Gson's default java.util.Date text, e.g. "Nov 14, 2017 2:20:57 PM" (treat as display text).
 */

export interface ZStackErrorCode {
  code: string;
  description?: string;
  details?: string;
  elaboration?: string;
  location?: string;
  cost?: string;
  cause?: ZStackErrorCode;
  opaque?: Record<string, unknown>;
}

/** A failed sync API or a failed async job poll: HTTP 503 with this body. */
export interface ZStackErrorBody {
  error: ZStackErrorCode;
}

/** An async API's 202 answer. Poll `location` (rebuilt from its path) until 200 or 503. */
export interface ZStackAsyncAccepted {
  location: string;
  apiTimeout?: number;
}

export interface ZStackQueryReply<T> {
  inventories: T[];
  /** Only with replyWithCount=true (or alone with count=true). */
  total?: number;
  /** JSON path → Java class name; always sent by query replies, clients ignore it. */
  schema?: Record<string, string>;
}

export interface ZStackQuery {
  /** Each `field<op>value`, ANDed. */
  q?: string[];
  limit?: number;
  start?: number;
  count?: boolean;
  replyWithCount?: boolean;
  /** `+field` or `-field`. */
  sort?: string;
  fields?: string[];
}

/** The query operators, in the order the REST layer tries them (an operator contained in another comes later). */
export const ZSTACK_QUERY_OPERATORS = ['!=', '>=', '<=', '!?=', '!~=', '~=', '?=', '=', '>', '<', 'is null', 'not null'] as const;
export type ZStackQueryOperator = (typeof ZSTACK_QUERY_OPERATORS)[number];

export interface ZStackLogInByAccount {
  logInByAccount: {
    accountName: string;
    /** SHA-512 hex (lowercase) of the plain password. */
    password: string;
    accountType?: string;
    captchaUuid?: string;
    verifyCode?: string;
    clientInfo?: Record<string, string>;
  };
  systemTags?: string[];
  userTags?: string[];
}

export interface ZStackSessionInventory {
  uuid: string;
  accountUuid: string;
  userUuid: string;
  userType?: string;
  expiredDate: string;
  createDate: string;
}

/** GET /accounts/sessions/{uuid}/valid (APIValidateSessionReply). */
export interface ZStackValidateSessionReply {
  validSession: boolean;
}

/** POST bodies: `{params, systemTags, userTags}`. */
export interface ZStackCreateBody<P> {
  params: P;
  systemTags?: string[];
  userTags?: string[];
}

export type ZStackVmState =
  | 'Created'
  | 'Starting'
  | 'Running'
  | 'Stopping'
  | 'Stopped'
  | 'Rebooting'
  | 'Destroying'
  | 'Destroyed'
  | 'Migrating'
  | 'Expunging'
  | 'Pausing'
  | 'Paused'
  | 'Resuming'
  | 'VolumeMigrating'
  | 'VolumeRecovering'
  | 'Error'
  | 'NoState'
  | 'Unknown'
  | 'Crashed';

export type ZStackVolumeType = 'Root' | 'Data' | 'Memory' | 'Cache';
export type ZStackVolumeStatus = 'Creating' | 'Ready' | 'NotInstantiated' | 'Deleted' | 'Migrating';
export type ZStackEnabledState = 'Enabled' | 'Disabled';
export type ZStackSnapshotStatus = 'Creating' | 'Ready' | 'Deleting' | 'Deleted';
export type ZStackSnapshotTreeStatus = 'Creating' | 'Completed' | 'Failed';
export type ZStackImageStatus = 'Creating' | 'Downloading' | 'Ready' | 'Error' | 'Deleted' | 'Migrating';
export type ZStackImageMediaType = 'RootVolumeTemplate' | 'DataVolumeTemplate' | 'ISO';
export type ZStackImagePlatform = 'Linux' | 'Windows' | 'Other' | 'Paravirtualization' | 'WindowsVirtio';
export type ZStackBackupStorageStatus = 'Connecting' | 'Connected' | 'Disconnected';
export type ZStackDeleteMode = 'Permissive' | 'Enforcing';

export interface ZStackVolumeInventory {
  uuid: string;
  name: string;
  description?: string;
  primaryStorageUuid?: string;
  vmInstanceUuid?: string;
  diskOfferingUuid?: string;
  rootImageUuid?: string;
  installPath?: string;
  type: ZStackVolumeType;
  format?: string;
  size: number;
  actualSize?: number;
  deviceId?: number;
  state: ZStackEnabledState;
  status: ZStackVolumeStatus;
  isShareable?: boolean;
  createDate: string;
  lastOpDate: string;
}

export interface ZStackVmNicInventory {
  uuid: string;
  vmInstanceUuid: string;
  l3NetworkUuid: string;
  ip?: string;
  mac: string;
  netmask?: string;
  gateway?: string;
  deviceId: number;
  type?: string;
  createDate: string;
  lastOpDate: string;
}

export interface ZStackVmInstanceInventory {
  uuid: string;
  name: string;
  description?: string;
  zoneUuid?: string;
  clusterUuid?: string;
  imageUuid?: string;
  hostUuid?: string;
  lastHostUuid?: string;
  instanceOfferingUuid?: string;
  rootVolumeUuid?: string;
  platform?: string;
  architecture?: string;
  guestOsType?: string;
  defaultL3NetworkUuid?: string;
  type?: string;
  hypervisorType?: string;
  memorySize?: number;
  cpuNum?: number;
  cpuSpeed?: number;
  allocatorStrategy?: string;
  state: ZStackVmState | string;
  createDate?: string;
  lastOpDate?: string;
  vmNics?: ZStackVmNicInventory[];
  allVolumes?: ZStackVolumeInventory[];
  [field: string]: unknown;
}

export interface ZStackSnapshotBackupStorageRef {
  volumeSnapshotUuid: string;
  backupStorageUuid: string;
  installPath: string;
}

export interface ZStackVolumeSnapshotInventory {
  uuid: string;
  name: string;
  description?: string;
  type: 'Hypervisor' | 'Storage' | string;
  volumeUuid?: string;
  treeUuid: string;
  parentUuid?: string;
  primaryStorageUuid?: string;
  primaryStorageInstallPath?: string;
  volumeType: ZStackVolumeType;
  format: string;
  latest: boolean;
  size: number;
  distance?: number;
  state: ZStackEnabledState;
  status: ZStackSnapshotStatus;
  createDate: string;
  lastOpDate: string;
  backupStorageRefs: ZStackSnapshotBackupStorageRef[];
  groupUuid?: string;
}

/** One node of a snapshot tree (SnapshotLeafInventory): recursive. */
export interface ZStackSnapshotLeafInventory {
  inventory: ZStackVolumeSnapshotInventory;
  parentUuid?: string;
  children: ZStackSnapshotLeafInventory[];
}

export interface ZStackVolumeSnapshotTreeInventory {
  uuid: string;
  volumeUuid: string;
  current: boolean;
  status?: ZStackSnapshotTreeStatus;
  /** Not built when count=true. */
  tree?: ZStackSnapshotLeafInventory;
  createDate: string;
  lastOpDate: string;
}

export interface ZStackImageBackupStorageRef {
  imageUuid: string;
  backupStorageUuid: string;
  installPath?: string;
  exportUrl?: string;
  exportMd5Sum?: string;
  status: ZStackImageStatus;
  createDate: string;
  lastOpDate: string;
}

export interface ZStackImageInventory {
  uuid: string;
  name: string;
  description?: string;
  state: ZStackEnabledState;
  status: ZStackImageStatus;
  size?: number;
  actualSize?: number;
  md5Sum?: string;
  url?: string;
  mediaType: ZStackImageMediaType;
  guestOsType?: string;
  type?: string;
  platform?: ZStackImagePlatform | string;
  architecture?: string;
  format: string;
  system?: boolean;
  virtio?: boolean;
  createDate: string;
  lastOpDate: string;
  backupStorageRefs: ZStackImageBackupStorageRef[];
}

export interface ZStackBackupStorageInventory {
  uuid: string;
  name: string;
  url?: string;
  description?: string;
  totalCapacity: number;
  availableCapacity: number;
  type: string;
  state: ZStackEnabledState;
  status: ZStackBackupStorageStatus;
  createDate: string;
  lastOpDate: string;
  attachedZoneUuids: string[];
}

export interface ZStackPrimaryStorageInventory {
  uuid: string;
  name: string;
  zoneUuid?: string;
  url?: string;
  description?: string;
  type: string;
  state: ZStackEnabledState;
  status: 'Connecting' | 'Connected' | 'Disconnected';
  totalCapacity?: number;
  availableCapacity?: number;
  createDate?: string;
  lastOpDate?: string;
}

/** Per-backup-storage failure of a template creation (the API succeeds when at least one BS succeeded). */
export interface ZStackBackupStorageFailure {
  backupStorageUuid: string;
  error: ZStackErrorCode;
}

/** Result of CreateDataVolumeTemplateFromVolumeSnapshot / CreateRootVolumeTemplateFromVolumeSnapshot. */
export interface ZStackTemplateFromSnapshotResult {
  inventory: ZStackImageInventory;
  failures?: ZStackBackupStorageFailure[];
}

export interface ZStackCreateDataVolumeTemplateParams {
  name: string;
  description?: string;
  backupStorageUuids: string[];
  resourceUuid?: string;
  tagUuids?: string[];
}

export interface ZStackCreateRootVolumeTemplateParams extends ZStackCreateDataVolumeTemplateParams {
  guestOsType?: string;
  platform?: ZStackImagePlatform;
  architecture?: string;
  system?: boolean;
  virtio?: boolean;
}

export interface ZStackCreateVolumeSnapshotParams {
  name: string;
  description?: string;
  resourceUuid?: string;
  tagUuids?: string[];
}

/** PUT /volume-snapshots/{uuid}/actions bodies (the body key picks the action). */
export type ZStackSnapshotAction =
  | { revertVolumeFromSnapshot: Record<string, never> }
  | { updateVolumeSnapshot: { name?: string; description?: string } }
  | { getVolumeSnapshotSize: Record<string, never> };

/** PUT /vm-instances/{uuid}/actions bodies. */
export type ZStackVmAction =
  | { startVmInstance: { clusterUuid?: string; hostUuid?: string } }
  | { stopVmInstance: { type?: 'grace' | 'cold'; stopHA?: boolean } }
  | { rebootVmInstance: Record<string, never> };

export interface ZStackBatchDeleteSnapshotResult {
  results: { snapshotUuid: string; success: boolean; error?: ZStackErrorCode }[];
}

/** QueryInstanceOffering: what CPU and memory a new VM gets. */
export interface ZStackInstanceOfferingInventory {
  uuid: string;
  name: string;
  description?: string;
  cpuNum: number;
  memorySize: number;
  state: ZStackEnabledState;
  sortKey?: number;
  type?: string;
}

/** QueryL3Network: a network a new VM's nic can be on. */
export interface ZStackL3NetworkInventory {
  uuid: string;
  name: string;
  description?: string;
  zoneUuid?: string;
  category?: string;
  system?: boolean;
  state: ZStackEnabledState;
}

/** CreateVmInstance params (POST /zstack/v1/vm-instances; docs/providers/zstack.md §VM create). */
export interface ZStackCreateVmInstanceParams {
  name: string;
  instanceOfferingUuid: string;
  imageUuid: string;
  l3NetworkUuids: string[];
  defaultL3NetworkUuid?: string;
  rootDiskOfferingUuid?: string;
  dataDiskOfferingUuids?: string[];
  description?: string;
  /** The new VM's uuid, chosen by the caller so the console can follow it before the job ends. */
  resourceUuid?: string;
}
