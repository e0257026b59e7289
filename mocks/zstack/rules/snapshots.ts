/** Pure snapshot rules (VolumeSnapshotApiInterceptor, VolumeSnapshotTreeBase, ImageApiInterceptor, VolumeApiInterceptor). */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { MAX_INCREMENTAL_SNAPSHOTS } from '../lib/constants';
import { operr, zsError } from '../errors';
import type { BackupStorageRec, JobRec, SnapshotRec, SnapshotTreeRec, VmRec, VolumeRec } from '../state';

/** The snapshot and everything below it (getDescendants() includes the snapshot itself). */
export function subtree(snapshots: SnapshotRec[], rootUuid: string): SnapshotRec[] {
  const byParent = new Map<string, SnapshotRec[]>();
  for (const snapshot of snapshots) if (snapshot.parentUuid) byParent.set(snapshot.parentUuid, [...(byParent.get(snapshot.parentUuid) ?? []), snapshot]);
  const root = snapshots.find((snapshot) => snapshot.uuid === rootUuid);
  if (!root) return [];
  const out: SnapshotRec[] = [];
  const queue = [root];
  while (queue.length) {
    const next = queue.shift() as SnapshotRec;
    out.push(next);
    queue.push(...(byParent.get(next.uuid) ?? []));
  }
  return out;
}

/**
 * Which surviving snapshots become `latest` when `doomed` goes: for each doomed `latest`, its nearest surviving
 * ancestor, i.e. the parent of the deleted subtree's root. A subtree rooted above `latest` must not leave its
 * tree without one, or the next snapshot would become a second root. None when the whole tree goes.
 */
export function latestAfterDelete(snapshots: SnapshotRec[], doomed: ReadonlySet<string>): string[] {
  const byUuid = new Map(snapshots.map((snapshot) => [snapshot.uuid, snapshot]));
  const promoted = new Set<string>();
  for (const snapshot of snapshots) {
    if (!snapshot.latest || !doomed.has(snapshot.uuid)) continue;
    let ancestor = snapshot.parentUuid ? byUuid.get(snapshot.parentUuid) : undefined;
    while (ancestor && doomed.has(ancestor.uuid)) ancestor = ancestor.parentUuid ? byUuid.get(ancestor.parentUuid) : undefined;
    if (ancestor) promoted.add(ancestor.uuid);
  }
  return [...promoted];
}

/** VOLUME_SNAPSHOT.1000: Ready allows everything, Creating/Deleting only a delete. */
function statusRefusal(snapshot: SnapshotRec, api: string): ZStackErrorCode | undefined {
  if (snapshot.status === 'Ready') return undefined;
  return zsError(
    'VOLUME_SNAPSHOT.1000',
    `snapshot[uuid:${snapshot.uuid}, name:${snapshot.name}]'s status[${snapshot.status}] is not allowed for message[${api}], allowed status[Ready]`,
  );
}

/**
 * Revert: the snapshot is Enabled, its volume still exists, it is Ready, and EVERY VM the volume is attached
 * to is Stopped.
 */
export function revertRefusal(snapshot: SnapshotRec, volume: VolumeRec | undefined, attachedVms: VmRec[]): ZStackErrorCode | undefined {
  if (snapshot.state !== 'Enabled') return operr(`volume snapshot[uuid:${snapshot.uuid}] is in state ${snapshot.state}, cannot revert volume to it`);
  if (!snapshot.volumeUuid || !volume) return operr(`original volume for snapshot[uuid:${snapshot.uuid}] has been deleted, cannot revert volume to it`);
  const status = statusRefusal(snapshot, 'APIRevertVolumeFromSnapshotMsg');
  if (status) return status;
  const running = attachedVms.find((vm) => vm.state !== 'Stopped');
  if (running) {
    return operr(
      `unable to reset volume[uuid:${volume.uuid}] to snapshot[uuid:${snapshot.uuid}], the vm[uuid:${running.uuid}] volume attached to is not in Stopped state, current state is ${running.state}`,
    );
  }
  return undefined;
}

/**
 * A running template or data-volume creation reading a snapshot of the subtree blocks a Permissive delete
 * (the dependency check of the cascade); Enforcing skips the check.
 */
export function deleteRefusal(doomed: SnapshotRec[], runningJobs: JobRec[], mode: 'Permissive' | 'Enforcing'): ZStackErrorCode | undefined {
  if (mode === 'Enforcing') return undefined;
  const uuids = new Set(doomed.map((s) => s.uuid));
  for (const job of runningJobs) {
    const effect = job.effect;
    const reader =
      effect.kind === 'createTemplate' ? { snapshotUuid: effect.snapshotUuid, creating: `image[uuid:${effect.imageUuid}]` } : effect.kind === 'createDataVolume' ? { snapshotUuid: effect.snapshotUuid, creating: `volume[uuid:${effect.volumeUuid}]` } : undefined;
    if (reader && uuids.has(reader.snapshotUuid)) {
      const root = doomed[0] as SnapshotRec;
      return zsError(
        'SYS.1004',
        `unable to delete volume snapshot[uuid:${root.uuid}]`,
        operr(`volume snapshot[uuid:${reader.snapshotUuid}] is in use by a running task creating ${reader.creating}, use deleteMode Enforcing to delete it anyway`),
      );
    }
  }
  return undefined;
}

/** Template or data volume from a snapshot: Enabled and Ready (SYS.1006 from the image interceptor). */
export function snapshotSourceRefusal(snapshot: SnapshotRec): ZStackErrorCode | undefined {
  if (snapshot.state !== 'Enabled') return operr(`volume snapshot[uuid:${snapshot.uuid}] is not Enabled, it's ${snapshot.state}`);
  if (snapshot.status !== 'Ready') return operr(`volume snapshot[uuid:${snapshot.uuid}] is not Ready, it's ${snapshot.status}`);
  return undefined;
}

/** Backup storage that can take an image now. */
export function backupStorageUsable(bs: BackupStorageRec): ZStackErrorCode | undefined {
  if (bs.state !== 'Enabled') return operr(`backup storage[uuid:${bs.uuid}] is not Enabled, it's ${bs.state}`);
  if (bs.status !== 'Connected') return operr(`backup storage[uuid:${bs.uuid}] is not Connected, it's ${bs.status}`);
  return undefined;
}

/** Create snapshot: the volume is Ready, Root or Data, and Enabled; a running VM is fine (live snapshot). */
export function createSnapshotRefusal(volume: VolumeRec): ZStackErrorCode | undefined {
  if (volume.status !== 'Ready') return operr(`volume[uuid:${volume.uuid}] is not in status Ready, current is ${volume.status}, can't create snapshot`);
  if (volume.type !== 'Root' && volume.type !== 'Data') return operr(`volume[uuid:${volume.uuid}, type:${volume.type}], can't create snapshot`);
  if (volume.state !== 'Enabled') return operr(`volume[uuid:${volume.uuid}] is not in state Enabled, current is ${volume.state}, can't create snapshot`);
  return undefined;
}

/**
 * Per-volume serialisation (the volume's chain-task queue, docs/providers/zstack.md §7.1): a snapshot create on a
 * volume whose earlier create has not ended waits for it. Returns when the new create may start (the end of the last unfinished create of the
 * volume), or undefined when it can start now.
 */
export function snapshotCreateStart(runningJobs: JobRec[], volumeUuid: string): number | undefined {
  let start: number | undefined;
  for (const job of runningJobs) {
    if (job.effect.kind === 'createSnapshot' && job.effect.volumeUuid === volumeUuid) start = Math.max(start ?? job.doneAt, job.doneAt);
  }
  return start;
}

/** Where a new snapshot goes: under the current tree's latest, or a new tree when none or the chain is full. */
export function placeNewSnapshot(trees: SnapshotTreeRec[], snapshots: SnapshotRec[], volumeUuid: string): { treeUuid?: string; parent?: SnapshotRec } {
  const current = trees.find((tree) => tree.volumeUuid === volumeUuid && tree.current);
  if (!current) return {};
  const parent = snapshots.find((s) => s.treeUuid === current.uuid && s.latest);
  if (!parent) return { treeUuid: current.uuid };
  if (parent.distance + 1 >= MAX_INCREMENTAL_SNAPSHOTS) return {};
  return { treeUuid: current.uuid, parent };
}

/** Batch delete: every uuid exists and all belong to the same volume. */
export function batchDeleteRefusal(found: SnapshotRec[], uuids: string[]): ZStackErrorCode | undefined {
  const volumes = new Set(found.map((s) => s.volumeUuid));
  if (volumes.size > 1) return zsError('SYS.1007', `the volume snapshots${JSON.stringify(uuids)} must belong to the same volume`);
  return undefined;
}
