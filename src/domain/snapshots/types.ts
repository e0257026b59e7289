import type { ProviderError } from '@/api/errors';
import type { ProviderId } from '@/api/provider';
import type { MessageKey, MessageParams } from '@/i18n';
import type { JobSpec } from '../jobs/types';
import type { VmStatus } from '../vms/types';
import type { SnapshotListResult } from './list';

/**
 * The provider-neutral snapshot model. DBC snapshot lists, 51idc backup chains, the vsd VM snapshot tree and
 * ZStack volume snapshot trees are all adapted into a SnapshotTree; pages see nothing else.
 */

/** What a node holds: a whole copy, changes since its parent, disks plus the running memory, or disks (layout not told). */
export type SnapshotKind = 'full' | 'incremental' | 'memoryAndDisk' | 'disk';

export type SnapshotStatus = 'creating' | 'uploading' | 'ready' | 'deleting' | 'deleted' | 'suspended' | 'error' | 'unknown';

/** One disk's share of a snapshot (vsd disk snapshots, DBC per-disk files, ZStack's one volume). */
export interface SnapshotDiskPart {
  diskId: string;
  /** Device or disk name (`sda`, `vdb`) where the provider tells. */
  diskName?: string;
  /** The provider's id of this disk's snapshot (vsd SnapshotUuid, ZStack snapshot uuid). */
  partId?: string;
  /** DBC era B: external / internal / no. */
  mode?: string;
  file?: string;
}

/** What the snapshot was taken of: the whole VM or one volume (51idc, ZStack). */
export interface SnapshotResource {
  kind: 'vm' | 'volume';
  id: string;
  name?: string;
  /** Volumes: the VM's system disk or a data disk, where the provider tells. */
  role?: 'root' | 'data';
}

export interface SnapshotNode {
  /** The provider's key for actions: vsd name, DBC name, 51idc snapshot_id, ZStack uuid. */
  id: string;
  parentId?: string;
  name: string;
  description?: string;
  /** ISO 8601. */
  createdAt?: string;
  sizeBytes?: number;
  kind: SnapshotKind;
  disks: SnapshotDiskPart[];
  status: SnapshotStatus;
  /** The provider's own word(s), e.g. `available`, `Ready`, `creating`, `shutoff`. */
  providerStatus: string;
  /** 0..100 while the provider reports progress (vsd memory save). */
  progress?: number;
  /** Memory snapshots: whether the memory image can be used yet. */
  memory?: 'saving' | 'ready' | 'failed';
  /** Chain / tree the node belongs to (51idc root_id, ZStack treeUuid); one group has exactly one root. */
  group: string;
  resource: SnapshotResource;
}

/**
 * Where the running disks are now: "You are here" sits right after `afterId` (undefined = before any snapshot)
 * within `scope` (the VM, or one volume on providers that snapshot volumes separately).
 */
export interface CurrentPosition {
  scope: SnapshotResource;
  afterId?: string;
}

export interface SnapshotTree {
  provider: ProviderId;
  target: SnapshotTarget;
  /** Every node by id. */
  nodes: ReadonlyMap<string, SnapshotNode>;
  /** Root ids, oldest first. */
  roots: readonly string[];
  /** Child ids per node id, oldest first. */
  children: ReadonlyMap<string, readonly string[]>;
  positions: readonly CurrentPosition[];
}

/** What a snapshot tree is about: a VM (DBC needs its node) or one volume. */
export interface SnapshotTarget {
  vmId: string;
  /** DBC: the GPU node the task runs on. */
  nodeId?: string;
  /** 51idc and ZStack: a single volume instead of the whole VM. */
  volumeId?: string;
  /** The VM as the VM list shows it, for the capability table; unknown state = the provider decides. */
  vm?: { status: VmStatus; providerStatus: string; /** An operation is under way (defaults to a transitional status). */ busy?: boolean };
}

export type SnapshotAction =
  | 'create'
  | 'createWithMemory'
  | 'chooseDisks'
  | 'chooseFullOrIncremental'
  | 'modify'
  | 'rollback'
  | 'rollbackWithMemory'
  | 'rollbackVolume'
  | 'delete'
  | 'deleteSubtree'
  | 'exportImage'
  | 'exportTemplate'
  | 'exportVolume'
  | 'size';

export type SnapshotReason = { key: MessageKey; params?: MessageParams };
/** Allowed (with what the user should know first: a restart, a subtree going too) or refused with the reason. */
export type SnapshotCapability = { allowed: true; notes: SnapshotReason[] } | { allowed: false; reason: SnapshotReason };

export interface CreateSnapshotInput {
  name: string;
  description?: string;
  /** vsd: also save the running memory. */
  withMemory?: boolean;
  /** DBC era B: only these disks (default: all). */
  disks?: string[];
  /** 51idc: force a new full chain (else the provider decides). */
  full?: boolean;
  /** DBC era C: the image-center server the snapshot is uploaded to. */
  imageServer?: string;
}

export interface RollbackInput {
  snapshotId: string;
  /** vsd: resume from the saved memory (the VM comes back running). */
  withMemory?: boolean;
  /** vsd per-volume rollback: only these disks. */
  diskIds?: string[];
}

export interface ExportInput {
  snapshotId: string;
  as: 'image' | 'template' | 'volume';
  name: string;
  /** ZStack: the new template's or volume's description. */
  description?: string;
  /** ZStack template: the backup storage(s) to store it on. */
  backupStorageUuids?: string[];
  /** ZStack volume: primary storage for the new data volume. */
  primaryStorageUuid?: string;
}

/** One disk's answer in a per-disk operation (vsd per-volume rollback, BatchOutput): done, or refused with the provider's error. */
export interface SnapshotPartResult {
  diskId: string;
  diskName?: string;
  ok: boolean;
  error?: ProviderError;
}

/** A place an export can go (ZStack backup storage for templates, primary storage for volumes). */
export interface ExportStorage {
  id: string;
  name: string;
  /** The provider's storage type (`Ceph`, `ImageStoreBackupStorage`, `LocalStorage`). */
  type?: string;
  /** The provider's words: `Enabled` / `Disabled`, `Connected` / `Disconnected`. */
  state: string;
  status: string;
  /** Enabled and connected: the provider would accept it (room is checked against the snapshot's size). */
  usable: boolean;
  totalBytes?: number;
  availableBytes?: number;
}

/** What an export form offers for one kind (`as`): where it can go. Absent lists = the provider does not ask. */
export interface ExportOptions {
  backupStorages?: ExportStorage[];
  primaryStorages?: ExportStorage[];
}

/** What a started operation left behind: jobs to watch (one per volume on ZStack), none when it was done at once. */
export interface SnapshotOutcome {
  jobs: JobSpec[];
  /** Per-disk operations: every disk's result (all succeeded; a partial failure rejects with SnapshotPartsError). */
  parts?: SnapshotPartResult[];
}

/** One provider's snapshots for one connection: the tree, the rules and the actions. */
export interface SnapshotService {
  tree(target: SnapshotTarget): Promise<SnapshotTree>;
  /**
   * Every snapshot of the connection, flat, with the VM each belongs to: one paged zone / query read where
   * the provider has one (51idc, ZStack), else one read per VM through the provider's limiter (vsd, DBC).
   */
  list(): Promise<SnapshotListResult>;
  /** Whether `action` is allowed now on the tree (and `snapshotId` where it is about one snapshot), with the reason. */
  can(tree: SnapshotTree, action: SnapshotAction, snapshotId?: string): SnapshotCapability;
  create(target: SnapshotTarget, input: CreateSnapshotInput): Promise<SnapshotOutcome>;
  rollback(tree: SnapshotTree, input: RollbackInput): Promise<SnapshotOutcome>;
  delete(tree: SnapshotTree, snapshotId: string): Promise<SnapshotOutcome>;
  modify(tree: SnapshotTree, snapshotId: string, change: { name?: string; description?: string }): Promise<SnapshotOutcome>;
  export(tree: SnapshotTree, input: ExportInput): Promise<SnapshotOutcome>;
  /** Where an export of this kind can go (ZStack: backup storages for templates, primary storages for volumes). */
  exportOptions?(as: ExportInput['as']): Promise<ExportOptions>;
  /** ZStack: ask the provider to measure a snapshot (GetVolumeSnapshotSize); a job whose result has the sizes. */
  size?(tree: SnapshotTree, snapshotId: string): Promise<SnapshotOutcome>;
}
