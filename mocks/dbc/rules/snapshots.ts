import type { DbcSnapshotB, DbcSnapshotC } from '../../../src/api/dbc/types';
import { nodeTime } from '../lib/format';
import type { DbcSnapshot, DbcTask, ImageTransfer, SnapshotDisk } from '../state';
import { ERR, nodeError, type DbcFailure } from '../errors';
import { stringField } from './request';
import { domainWord } from './tasks';

/**
 * Snapshot rules of both eras (docs/providers/dbc.md §6). Era B (the seeds' paths) answers business errors with -3 and
 * its own messages; era C with errcode 1. Both need the VM shut off.
 */

export type Era = 'B' | 'C';

const eraError = (era: Era, message: string) => nodeError(message, era === 'B' ? ERR.nodeDefault : ERR.nodeError);

/** Seconds to snapshot: a minute plus time per GB of the disks (era C adds the upload, as long again). */
export function snapshotDurationS(task: DbcTask, era: Era): number {
  const create = 60 + Math.round((task.diskGb + 40) * 1.5);
  return era === 'C' ? create * 2 : create;
}

/** The task status while a snapshot is made: each era's client has its own word (docs/providers/dbc.md §4.1). */
export function snapshotPendingStatus(era: Era): 'creating snapshot' | 'snapshot creating' {
  return era === 'B' ? 'creating snapshot' : 'snapshot creating';
}

/** The image an era-C snapshot becomes in the image center: its file's name, ending in .qcow2 like other images. */
export function snapshotImageName(snapshot: Pick<DbcSnapshot, 'file'>): string {
  return snapshot.file.slice(snapshot.file.lastIndexOf('/') + 1);
}

/**
 * Size of that image (ASSUMED, no source gives one): the image the VM was created from plus what the guest
 * wrote to its 40 GB system disk since, taken as a tenth of it.
 */
export function snapshotImageSizeGb(baseImageGb: number): number {
  return Math.round((baseImageGb + 4) * 100) / 100;
}

/**
 * Era C uploads the finished snapshot to the chosen image server: an upload transfer from the node over the
 * second half of the job (statusC's `uploading`), which puts the image in the center when it ends.
 */
export function snapshotUpload(task: DbcTask, snapshot: DbcSnapshot, server: string, sizeGb: number): ImageTransfer {
  return {
    kind: 'upload',
    nodeId: task.nodeId,
    image: snapshotImageName(snapshot),
    server,
    sizeGb,
    startedAt: (snapshot.createdAt + snapshot.readyAt) / 2,
    doneAt: snapshot.readyAt,
  };
}

/** Disks a task has: vda (system), vdb (data) unless pxe/no data disk. */
export function taskDiskNames(task: DbcTask): string[] {
  return task.diskGb > 0 ? ['vda', 'vdb'] : ['vda'];
}

function isBusy(task: DbcTask, now: number): boolean {
  return task.snapshots.some((s) => now < (s.failedAt ?? s.readyAt));
}

export interface NewSnapshot {
  name: string;
  description: string;
  disks: SnapshotDisk[];
}

function parseDisksB(value: unknown, task: DbcTask, name: string): SnapshotDisk[] | DbcFailure {
  const names = taskDiskNames(task);
  if (value === undefined) return names.map((disk) => ({ diskName: disk, snapshotType: 'external', file: snapshotFile(task, disk, name) }));
  if (!Array.isArray(value)) return eraError('B', 'disks is not array');
  const disks: SnapshotDisk[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return eraError('B', 'disks is not array');
    const entry = item as Record<string, unknown>;
    const diskName = stringField(entry, 'disk_name');
    if (!names.includes(diskName)) return eraError('B', `disk ${diskName || '(empty)'} not exist`);
    const type = stringField(entry, 'snapshot_type') || 'external';
    if (type !== 'external' && type !== 'no' && type !== 'internal') return eraError('B', `invalid snapshot_type: ${type} (usage: external, no, internal)`);
    const driver = stringField(entry, 'driver');
    if (driver !== '' && driver !== 'qcow2') return eraError('B', `invalid driver: ${driver} (usage: qcow2)`);
    const fileName = stringField(entry, 'snapshot_file_name');
    disks.push({ diskName, snapshotType: type, file: fileName ? `/data/${fileName}` : snapshotFile(task, diskName, name) });
  }
  return disks;
}

export function snapshotFile(task: DbcTask, disk: string, name: string): string {
  return `/data/${task.taskId}_${disk}_${name}.qcow2`;
}

/** Era B: `/snapshot/<task_id>/create` with snapshot_name, description (the code requires it) and disks. */
export function checkCreateB(additional: Record<string, unknown>, task: DbcTask, now: number): NewSnapshot | DbcFailure {
  if (task.domain === 'none') return eraError('B', 'task_id not exist');
  const name = stringField(additional, 'snapshot_name');
  if (name === '') return eraError('B', 'snapshot name is not specified');
  const description = stringField(additional, 'description');
  if (description === '') return eraError('B', 'snapshot description is not specified');
  if (task.domain !== 'shut_off')
    return eraError('B', `task is ${domainWord(task.domain)}, please save the job and shutdown task before creating a snapshot`);
  if (isBusy(task, now)) return eraError('B', 'task snapshot is busy, please wait a moment');
  if (task.snapshots.some((s) => s.name === name)) return eraError('B', `snapshot ${name} already exist`);
  const disks = parseDisksB(additional.disks, task, name);
  if (!Array.isArray(disks)) return disks;
  return { name, description, disks };
}

/** Era C: `/snapshot/create/<task_id>` with snapshot_name, desc; image_server is checked by the client. */
export function checkCreateC(additional: Record<string, unknown>, task: DbcTask, now: number): NewSnapshot | DbcFailure {
  if (task.domain === 'none') return eraError('C', 'task not exist');
  if (task.biosMode === 'pxe') return eraError('C', 'pxe not support snapshot');
  const name = stringField(additional, 'snapshot_name');
  if (name === '') return eraError('C', 'snapshot_name is empty');
  if (task.domain !== 'shut_off') return eraError('C', 'please close task first and try again');
  if (isBusy(task, now)) return eraError('C', 'task snapshot is busy, please wait a moment');
  if (task.snapshots.some((s) => s.name === name)) return eraError('C', `snapshot_name ${name} already exist`);
  const disks = taskDiskNames(task).map((disk): SnapshotDisk => ({ diskName: disk, snapshotType: 'external', file: snapshotFile(task, disk, name) }));
  return { name, description: stringField(additional, 'desc'), disks };
}

export function checkDelete(era: Era, task: DbcTask, name: string, now: number): DbcSnapshot | DbcFailure {
  const snapshot = task.snapshots.find((s) => s.name === name);
  if (!snapshot) return eraError(era, era === 'B' ? `snapshot ${name} not exist` : 'snapshot_name not exist');
  if (now < (snapshot.failedAt ?? snapshot.readyAt)) return eraError(era, 'task snapshot is busy, please wait a moment');
  return snapshot;
}

/** Era-B state: "creating", then libvirt's state of the (shut off) domain, or the error text. */
export function stateB(snapshot: DbcSnapshot, now: number): string {
  if (snapshot.failedAt !== undefined && now >= snapshot.failedAt) return 'create snapshot failed: qemu-img: Could not write snapshot image: No space left on device';
  return now < snapshot.readyAt ? 'creating' : 'shutoff';
}

/** Era-C status: creating, then uploading to the image center, then none. */
export function statusC(snapshot: DbcSnapshot, now: number): DbcSnapshotC['status'] {
  if (now >= snapshot.readyAt) return 'none';
  if (!snapshot.uploads) return 'creating';
  return now < (snapshot.createdAt + snapshot.readyAt) / 2 ? 'creating' : 'uploading';
}

export function viewB(snapshot: DbcSnapshot, now: number, withDisks: boolean): DbcSnapshotB {
  const base: DbcSnapshotB = { snapshot_name: snapshot.name, description: snapshot.description, create_time: nodeTime(snapshot.createdAt), state: stateB(snapshot, now) };
  if (!withDisks) return base;
  return {
    ...base,
    disks: snapshot.disks.map((d) => ({ disk_name: d.diskName, snapshot_type: d.snapshotType, driver_type: 'qcow2', snapshot_file: d.snapshotType === 'no' ? '' : d.file })),
  };
}

/** Era C hides snapshots whose job failed; `status` only shows on tasks with a tracking record (any C snapshot). */
export function viewC(snapshot: DbcSnapshot, now: number, tracked: boolean): DbcSnapshotC | undefined {
  if (snapshot.failedAt !== undefined && now >= snapshot.failedAt) return undefined;
  const view: DbcSnapshotC = { snapshot_name: snapshot.name, description: snapshot.description, snapshot_file: snapshot.file, create_time: nodeTime(snapshot.createdAt) };
  return tracked ? { ...view, status: statusC(snapshot, now) } : view;
}
