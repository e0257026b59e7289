import {
  VSD_ATTR_DOMAIN_MEMORY,
  VSD_ATTR_MEMORY_ERROR,
  VSD_ATTR_MEMORY_STATE,
  VSD_ATTR_PROGRESS,
  type VsdDiskSnapshotInfo,
  type VsdMemoryState,
} from '../../../src/api/vsd/types';
import { fault, type VsdFault } from '../errors';
import type { ComputeRecord, MemoryImage, SnapshotRecord, SnapshotTree, TenantRecord } from '../state';
import { computeDesc } from './power';
import { requireSnapshot, snapshotDesc } from './tree';

/** Pure rules for VM snapshots: create, rollback, delete, per-volume rollback and the memory image job. */

const GIB = 1024 ** 3;

/** Realistic save+upload time of a memory image: 30 s plus 1.5 s per GiB, at most 120 s (ASSUMED). */
export function memoryDurationMs(memBytes: number): number {
  return Math.min(120_000, 30_000 + Math.round((memBytes / GIB) * 1_500));
}

export interface MemoryStatus {
  state: VsdMemoryState;
  /** 0..100, whole percent. */
  progress: number;
}

/** The memory job's state at `now`, derived from its timestamps (no timers). */
export function memoryStatus(memory: MemoryImage, now: number): MemoryStatus {
  const elapsed = now - memory.startedAt;
  const percent = (ms: number) => (memory.durationMs <= 0 ? 100 : Math.max(0, Math.min(100, Math.floor((ms / memory.durationMs) * 100))));
  if (memory.failsAt !== undefined && now >= memory.failsAt) return { state: 'failed', progress: percent(memory.failsAt - memory.startedAt) };
  if (elapsed >= memory.durationMs) return { state: 'ready', progress: 100 };
  return { state: 'saving', progress: percent(elapsed) };
}

/** `attr` of a snapshot: null for disk-only ones (as in the seed), the memory job for memory ones. */
export function snapshotAttr(record: SnapshotRecord, now: number): Record<string, string> | null {
  if (!record.memory) return null;
  const status = memoryStatus(record.memory, now);
  const attr: Record<string, string> = {
    [VSD_ATTR_DOMAIN_MEMORY]: 'true',
    [VSD_ATTR_MEMORY_STATE]: status.state,
    [VSD_ATTR_PROGRESS]: String(status.progress),
    memory_size: String(record.memory.bytes),
  };
  if (status.state === 'failed') attr[VSD_ATTR_MEMORY_ERROR] = 'upload memory image failed: connection to backup storage reset';
  return attr;
}

/** Memory snapshots are unusable until saved, and for ever once the save failed. */
export function checkUsable(computeUuid: string, record: SnapshotRecord, now: number): VsdFault | undefined {
  if (!record.memory) return undefined;
  const status = memoryStatus(record.memory, now);
  if (status.state === 'saving') return fault('SNAPSHOT_MEMORY_NOT_READY', `${snapshotDesc(computeUuid, record.name)}: memory image ${status.progress}% saved`);
  if (status.state === 'failed') return fault('SNAPSHOT_MEMORY_FAILED', snapshotDesc(computeUuid, record.name));
  return undefined;
}

/** A VM may run one memory save at a time; snapshot operations wait for it (ASSUMED). */
export function checkNoMemoryJob(compute: ComputeRecord, tree: SnapshotTree, now: number): VsdFault | undefined {
  const saving = tree.snapshots.find((snap) => snap.memory && memoryStatus(snap.memory, now).state === 'saving');
  return saving ? fault('SNAPSHOT_TASK_RUNNING', `${computeDesc(compute)}: snapshot "${saving.name}" is saving its memory image`) : undefined;
}

/** 创建虚拟机快照要求磁盘只有内置存储磁盘或共享存储磁盘 (seed). */
export function checkSnapshotDisks(compute: ComputeRecord): VsdFault | undefined {
  const other = compute.disks.filter((disk) => disk.kind !== 'vsd' && disk.kind !== 'volume');
  if (other.length === 0) return undefined;
  return fault('SNAPSHOT_DISK_UNSUPPORTED', `${computeDesc(compute)}: ${other.map((disk) => `${disk.targetDev} (${disk.kind})`).join(', ')}`);
}

export interface CreateCheck {
  compute: ComputeRecord;
  tenant: TenantRecord | undefined;
  tree: SnapshotTree;
  memory: boolean;
  now: number;
}

/** Everything a create must satisfy besides the name (checked in tree.ts). */
export function checkCreate({ compute, tenant, tree, memory, now }: CreateCheck): VsdFault | undefined {
  if (compute.action !== 'noaction') return fault('COMPUTE_BUSY', `${computeDesc(compute)}: action ${compute.action}`);
  const disks = checkSnapshotDisks(compute);
  if (disks) return disks;
  const job = checkNoMemoryJob(compute, tree, now);
  if (job) return job;
  if (!memory) return undefined;
  if (compute.state !== 'running') return fault('MEMORY_REQUIRES_RUNNING', `${computeDesc(compute)}: state ${compute.state}`);
  if (!tenant?.memorySnapshotSpace) return fault('MEMORY_SPACE_DISABLED', `tenant ${tenant?.name ?? compute.tenant} (${compute.tenant})`);
  return undefined;
}

/** Disk snapshots taken for a new VM snapshot: one per disk, fresh SnapshotUuid each. */
export function diskSnapshotsFor(compute: ComputeRecord, newUuid: () => string): VsdDiskSnapshotInfo[] {
  return compute.disks.map((disk) => ({ VolumeUuid: disk.volumeUuid, SnapshotUuid: newUuid(), DiskDrive: disk.targetDev }));
}

export interface RollbackPlan {
  record: SnapshotRecord;
  /** The VM comes back running from the memory image; otherwise it stays shut off. */
  powerOn: boolean;
}

/**
 * Rollback (ASSUMED where the seed is silent): the snapshot must be usable; without a memory image
 * (or with domain_memory=false) the VM must be shut off; with domain_memory=true on a ready memory
 * snapshot any state is accepted and the VM comes back running.
 */
export function planRollback(compute: ComputeRecord, tree: SnapshotTree, name: string, useMemory: boolean, now: number): RollbackPlan | VsdFault {
  const record = requireSnapshot(compute.uuid, tree, name);
  if ('code' in record) return record;
  if (compute.action !== 'noaction') return fault('COMPUTE_BUSY', `${computeDesc(compute)}: action ${compute.action}`);
  const unusable = checkUsable(compute.uuid, record, now);
  if (unusable) return unusable;
  const powerOn = useMemory && record.memory !== undefined;
  if (!powerOn && compute.state !== 'shutoff') return fault('ROLLBACK_REQUIRES_SHUTOFF', `${computeDesc(compute)}: state ${compute.state}`);
  return { record, powerOn };
}

/** Delete waits for a memory image still being written (the multi-child rule is in tree.ts). */
export function checkDeleteUsable(computeUuid: string, record: SnapshotRecord, now: number): VsdFault | undefined {
  if (record.memory && memoryStatus(record.memory, now).state === 'saving') return fault('SNAPSHOT_MEMORY_NOT_READY', snapshotDesc(computeUuid, record.name));
  return undefined;
}

/** 该接口要求虚拟机处于关机状态 (seed, per-volume rollback). */
export function checkVolumeRollbackCompute(compute: ComputeRecord): VsdFault | undefined {
  if (compute.action !== 'noaction') return fault('COMPUTE_BUSY', `${computeDesc(compute)}: action ${compute.action}`);
  if (compute.state !== 'shutoff') return fault('ROLLBACK_REQUIRES_SHUTOFF', `${computeDesc(compute)}: state ${compute.state}`);
  return undefined;
}

/** One DiskSnapshotInfo of a per-volume rollback: the volume is this VM's and the disk snapshot is one of its own. */
export function checkVolumeItem(compute: ComputeRecord, tree: SnapshotTree, item: VsdDiskSnapshotInfo): VsdFault | undefined {
  const disk = compute.disks.find((d) => d.volumeUuid === item.VolumeUuid);
  if (!disk) return fault('VOLUME_NOT_ATTACHED', `volume ${item.VolumeUuid} of ${computeDesc(compute)}`);
  if (item.DiskDrive !== '' && item.DiskDrive !== disk.targetDev) return fault('PARAM_INVALID', `DiskDrive: volume ${item.VolumeUuid} is ${disk.targetDev}, not ${item.DiskDrive}`);
  const owner = tree.snapshots.find((snap) => snap.disks.some((d) => d.VolumeUuid === item.VolumeUuid && d.SnapshotUuid === item.SnapshotUuid));
  if (!owner) return fault('VOLUME_SNAPSHOT_NOT_FOUND', `volume snapshot ${item.SnapshotUuid} of volume ${item.VolumeUuid}`);
  return undefined;
}

