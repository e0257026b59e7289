import { refuse, type Refusal } from '../errors';
import type { InstanceRecord, SnapshotRecord, VolumeRecord } from '../state';

/**
 * May this happen in this state? Each check returns the provider's refusal, or undefined when allowed.
 * Pure: callers look records up and pass them in; `now` decides is_taken.
 */

export type BackupResource = { type: 'instance'; record: InstanceRecord } | { type: 'volume'; record: VolumeRecord };

function busy(point: SnapshotRecord): Refusal | undefined {
  if (point.transition) return refuse.wrongState(`snapshot [${point.id}] is [${point.transition}], please try again later`);
  return undefined;
}

/** Delete: the target must be available or suspended and idle (transitions of docs/providers/idc51.md §4). */
export function checkDeletable(point: SnapshotRecord): Refusal | undefined {
  if (point.status === 'ceased') return refuse.notFound(point.id);
  const inTransition = busy(point);
  if (inTransition) return inTransition;
  if (point.status === 'deleted') return refuse.wrongState(`snapshot [${point.id}] has already been deleted`);
  if (point.status === 'pending') return refuse.wrongState(`snapshot [${point.id}] is still being created`);
  return undefined;
}

/** Every point swept along by a delete (later points of the chain) must be idle too. */
export function checkChainIdle(points: readonly SnapshotRecord[]): Refusal | undefined {
  for (const point of points) {
    if (point.status === 'pending') return refuse.wrongState(`snapshot [${point.id}] of the same chain is still being created`);
    const inTransition = busy(point);
    if (inTransition) return inTransition;
  }
  return undefined;
}

/** Apply, capture and create_volume need a finished, available, idle point. */
export function checkUsable(point: SnapshotRecord, now: number): Refusal | undefined {
  if (point.status === 'ceased') return refuse.notFound(point.id);
  const inTransition = busy(point);
  if (inTransition) return inTransition;
  if (point.status !== 'available') return refuse.wrongState(`snapshot [${point.id}] is [${point.status}], not available`);
  if (now < point.takenAt) return refuse.wrongState(`snapshot [${point.id}] has not been taken yet`);
  return undefined;
}

/** capture_instance: only from a backup of an instance (docs/providers/idc51.md §4). */
export function checkCapture(point: SnapshotRecord, now: number): Refusal | undefined {
  const unusable = checkUsable(point, now);
  if (unusable) return unusable;
  if (point.resourceType !== 'instance') return refuse.wrongState(`snapshot [${point.id}] is not an instance backup, only instance backups can be captured as an image`);
  return undefined;
}

/** create_volume: only from a backup of a disk (docs/providers/idc51.md §4). */
export function checkCreateVolume(point: SnapshotRecord, now: number): Refusal | undefined {
  const unusable = checkUsable(point, now);
  if (unusable) return unusable;
  if (point.resourceType !== 'volume') return refuse.wrongState(`snapshot [${point.id}] is not a volume backup, only volume backups can be exported as a volume`);
  return undefined;
}

/** A resource can be backed up or rolled back when it exists, is idle and in a steady state. */
export function checkResourceSteady(resource: BackupResource | undefined, id: string): Refusal | undefined {
  if (!resource) return refuse.notFound(id);
  const { record } = resource;
  if (record.status === 'ceased' || record.status === 'terminated' || record.status === 'deleted') return refuse.notFound(id);
  if (record.transition) return refuse.wrongState(`resource [${id}] is [${record.transition}], please try again later`);
  const steady = resource.type === 'instance' ? ['running', 'stopped'] : ['available', 'in-use'];
  if (!steady.includes(record.status)) return refuse.wrongState(`resource [${id}] is [${record.status}]`);
  return undefined;
}

/** One backup at a time per resource: a point still being created blocks a new backup or a rollback. */
export function checkNoBackupInProgress(points: readonly SnapshotRecord[], resourceId: string): Refusal | undefined {
  const inProgress = points.find((p) => p.resourceId === resourceId && p.status === 'pending');
  return inProgress ? refuse.wrongState(`resource [${resourceId}] has snapshot [${inProgress.id}] being created`) : undefined;
}

/** Rolling back a running instance, or a disk attached to a running instance, restarts that instance. */
export function instanceToRestart(resource: BackupResource, instanceOf: (id: string) => InstanceRecord | undefined): string | undefined {
  if (resource.type === 'instance') return resource.record.status === 'running' ? resource.record.id : undefined;
  if (!resource.record.instanceId) return undefined;
  const host = instanceOf(resource.record.instanceId);
  return host?.status === 'running' ? host.id : undefined;
}

export type PowerAction = 'start' | 'stop' | 'restart';

/** StartInstances needs stopped, StopInstances and RestartInstances need running; all need an idle instance. */
export function checkPower(instance: InstanceRecord | undefined, id: string, action: PowerAction): Refusal | undefined {
  if (!instance || instance.status === 'terminated' || instance.status === 'ceased') return refuse.notFound(id);
  if (instance.transition) return refuse.wrongState(`instance [${id}] is [${instance.transition}], please try again later`);
  const needed = action === 'start' ? 'stopped' : 'running';
  if (instance.status !== needed) return refuse.wrongState(`instance [${id}] is not ${needed}`);
  return undefined;
}
