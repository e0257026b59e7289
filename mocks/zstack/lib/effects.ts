/**
 * What an async job does to the state when it ends: `completeEffect` on success (returns the poll body),
 * `rollbackEffect` when it fails halfway; `startEffect` when a queued job starts. `halfwayFailure` is the realistic
 * error of an injected failure.
 */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { operr, zsError } from '../errors';
import { renderImage, renderSession, renderSnapshot, renderVm, renderVolume } from '../views';
import { allRefsDeleted } from '../rules/images';
import { nextDeviceId } from '../rules/volumes';
import { latestAfterDelete, placeNewSnapshot, subtree } from '../rules/snapshots';
import { nextUuid, snapshotRecord, type JobEffect, type JobOutcome, type JobRec, type SnapshotRec, type VolumeRec, type ZStackState } from '../state';
import { StateView } from './state-view';

const ok = (body?: Record<string, unknown>): JobOutcome => (body ? { status: 200, body } : { status: 200 });

function touch<T extends { lastOpDate: number }>(record: T | undefined, at: number): T | undefined {
  if (record) record.lastOpDate = at;
  return record;
}

/** Removes snapshots; the parent of a deleted subtree holding `latest` becomes latest; emptied trees go away. */
export function removeSnapshots(state: ZStackState, uuids: string[], at: number): void {
  const doomed = new Set(uuids);
  const promoted = new Set(latestAfterDelete(state.snapshots, doomed));
  state.snapshots = state.snapshots.filter((s) => !doomed.has(s.uuid));
  for (const snapshot of state.snapshots) if (promoted.has(snapshot.uuid)) touch(snapshot, at)!.latest = true;
  const live = new Set(state.snapshots.map((s) => s.treeUuid));
  state.trees = state.trees.filter((tree) => live.has(tree.uuid) || tree.status === 'Creating');
}

function revert(state: ZStackState, snapshot: SnapshotRec, at: number): void {
  for (const s of state.snapshots) if (s.treeUuid === snapshot.treeUuid && s.latest && s.uuid !== snapshot.uuid) touch(s, at)!.latest = false;
  touch(snapshot, at)!.latest = true;
  for (const tree of state.trees) if (tree.volumeUuid === snapshot.volumeUuid) tree.current = tree.uuid === snapshot.treeUuid;
  const volume = touch(
    state.volumes.find((v) => v.uuid === snapshot.volumeUuid),
    at,
  );
  if (volume) {
    volume.installPath = volume.installPath.replace(/(@|\/)[0-9a-f]{32}(\.qcow2)?$/, '') + `/${snapshot.uuid}-revert.qcow2`;
    volume.actualSize = snapshot.size;
  }
}

/**
 * The creation flow of a snapshot starts (the VolumeSnapshotVO is written now): it is placed under the `latest` of
 * the volume's current tree, or starts a new current tree, and is `Creating` until its job ends.
 */
export function beginSnapshot(state: ZStackState, volume: VolumeRec, init: { uuid: string; name: string; description?: string }, at: number): SnapshotRec {
  const place = placeNewSnapshot(state.trees, state.snapshots, volume.uuid);
  let treeUuid = place.treeUuid;
  if (!treeUuid) {
    treeUuid = nextUuid(state);
    for (const tree of state.trees) if (tree.volumeUuid === volume.uuid) tree.current = false;
    state.trees.push({ uuid: treeUuid, volumeUuid: volume.uuid, current: true, status: 'Creating', createDate: at, lastOpDate: at });
  }
  const snapshot = snapshotRecord(volume, {
    ...init,
    treeUuid,
    parent: place.parent,
    latest: false,
    size: volume.actualSize,
    state: 'Enabled',
    status: 'Creating',
    at,
  });
  state.snapshots.push(snapshot);
  return snapshot;
}

/**
 * A queued job starts (the job it waited for has just ended): a snapshot create places its snapshot now, so it
 * chains under whatever is `latest` at this moment. A volume gone meanwhile ends the job with SYS.1003.
 */
export function startEffect(state: ZStackState, job: JobRec, at: number): void {
  const effect = job.effect;
  if (effect.kind !== 'createSnapshot' || !effect.queued) return;
  const volume = state.volumes.find((v) => v.uuid === effect.volumeUuid);
  if (!volume) {
    Object.assign(job, { doneAt: at, outcome: { status: 503, body: { error: zsError('SYS.1003', `volume[uuid:${effect.volumeUuid}] not found`) } } });
    return;
  }
  beginSnapshot(state, volume, { uuid: effect.snapshotUuid, ...effect.queued }, at);
  delete effect.queued;
}

export function completeEffect(state: ZStackState, effect: JobEffect, at: number): JobOutcome {
  const view = () => new StateView(state);
  switch (effect.kind) {
    case 'none':
      return ok();
    case 'revert': {
      const snapshot = state.snapshots.find((s) => s.uuid === effect.snapshotUuid);
      if (snapshot) revert(state, snapshot, at);
      return ok();
    }
    case 'deleteSnapshots':
      removeSnapshots(state, effect.snapshotUuids, at);
      return ok();
    case 'batchDeleteSnapshots': {
      const all = effect.snapshotUuids.flatMap((uuid) => subtree(state.snapshots, uuid).map((s) => s.uuid));
      removeSnapshots(state, all, at);
      return ok({ results: effect.snapshotUuids.map((snapshotUuid) => ({ snapshotUuid, success: true })) });
    }
    case 'createSnapshot': {
      const snapshot = state.snapshots.find((s) => s.uuid === effect.snapshotUuid);
      if (!snapshot) return ok();
      for (const s of state.snapshots) if (s.treeUuid === snapshot.treeUuid && s.latest) touch(s, at)!.latest = false;
      Object.assign(touch(snapshot, at)!, { status: 'Ready', latest: true });
      const tree = state.trees.find((t) => t.uuid === snapshot.treeUuid);
      if (tree) Object.assign(touch(tree, at)!, { status: 'Completed' });
      return ok({ inventory: renderSnapshot(snapshot) });
    }
    case 'updateSnapshot': {
      const snapshot = touch(
        state.snapshots.find((s) => s.uuid === effect.snapshotUuid),
        at,
      );
      if (!snapshot) return { status: 503, body: { error: zsError('SYS.1003', `volume snapshot[uuid:${effect.snapshotUuid}] not found`) } };
      if (effect.name !== undefined) snapshot.name = effect.name;
      if (effect.description !== undefined) snapshot.description = effect.description;
      return ok({ inventory: renderSnapshot(snapshot) });
    }
    case 'snapshotSize': {
      const snapshot = state.snapshots.find((s) => s.uuid === effect.snapshotUuid);
      return ok({ size: snapshot?.size ?? 0, actualSize: snapshot?.size ?? 0 });
    }
    case 'createTemplate': {
      const image = touch(
        state.images.find((i) => i.uuid === effect.imageUuid),
        at,
      );
      if (!image) return ok();
      image.status = 'Ready';
      image.md5Sum = 'not calculated';
      for (const ref of image.backupStorageRefs) Object.assign(ref, { status: 'Ready', lastOpDate: at });
      return ok({ inventory: renderImage(image), failures: effect.failures });
    }
    case 'createDataVolume':
    case 'createVolumeFromTemplate': {
      const volume = touch(
        state.volumes.find((v) => v.uuid === effect.volumeUuid),
        at,
      );
      if (volume) volume.status = 'Ready';
      return ok(volume ? { inventory: renderVolume(volume) } : undefined);
    }
    case 'vmNoop': {
      const vm = state.vms.find((v) => v.uuid === effect.vmUuid);
      return ok(vm ? { inventory: renderVm(vm, view()) } : undefined);
    }
    case 'createVm': {
      const vm = touch(
        state.vms.find((v) => v.uuid === effect.vmUuid),
        at,
      );
      if (!vm) return ok();
      Object.assign(vm, { state: 'Running', hostUuid: effect.hostUuid, lastHostUuid: effect.hostUuid });
      for (const volume of state.volumes) if (volume.vmInstanceUuid === vm.uuid) Object.assign(volume, { status: 'Ready', lastOpDate: at });
      return ok({ inventory: renderVm(vm, view()) });
    }
    case 'vmStart':
    case 'vmStop':
    case 'vmReboot': {
      const vm = touch(
        state.vms.find((v) => v.uuid === effect.vmUuid),
        at,
      );
      if (!vm) return ok();
      if (effect.kind === 'vmStart') Object.assign(vm, { state: 'Running', hostUuid: effect.hostUuid, lastHostUuid: effect.hostUuid });
      else if (effect.kind === 'vmReboot') vm.state = 'Running';
      else {
        vm.state = 'Stopped';
        if (vm.hostUuid) vm.lastHostUuid = vm.hostUuid;
        delete vm.hostUuid;
      }
      return ok({ inventory: renderVm(vm, view()) });
    }
    case 'attachVolume': {
      const volume = touch(
        state.volumes.find((v) => v.uuid === effect.volumeUuid),
        at,
      );
      if (!volume) return ok();
      Object.assign(volume, { vmInstanceUuid: effect.vmUuid, deviceId: nextDeviceId(state.volumes.filter((v) => v.vmInstanceUuid === effect.vmUuid)) });
      return ok({ inventory: renderVolume(volume) });
    }
    case 'detachVolume': {
      const volume = touch(
        state.volumes.find((v) => v.uuid === effect.volumeUuid),
        at,
      );
      if (!volume) return ok();
      delete volume.vmInstanceUuid;
      delete volume.deviceId;
      return ok({ inventory: renderVolume(volume) });
    }
    case 'deleteImage': {
      const image = touch(
        state.images.find((i) => i.uuid === effect.imageUuid),
        at,
      );
      if (!image) return ok();
      for (const ref of image.backupStorageRefs) {
        if (!effect.backupStorageUuids?.length || effect.backupStorageUuids.includes(ref.backupStorageUuid)) Object.assign(ref, { status: 'Deleted', lastOpDate: at });
      }
      if (allRefsDeleted(image)) Object.assign(image, { status: 'Deleted', deletedAt: at });
      return ok();
    }
    case 'expungeImage': {
      const image = state.images.find((i) => i.uuid === effect.imageUuid);
      if (!image) return ok();
      const keep = image.backupStorageRefs.filter((ref) => effect.backupStorageUuids?.length && !effect.backupStorageUuids.includes(ref.backupStorageUuid));
      if (keep.length) image.backupStorageRefs = keep;
      else state.images = state.images.filter((i) => i.uuid !== image.uuid);
      return ok();
    }
    case 'recoverImage': {
      const image = touch(
        state.images.find((i) => i.uuid === effect.imageUuid),
        at,
      );
      if (!image) return ok();
      image.status = 'Ready';
      delete image.deletedAt;
      for (const ref of image.backupStorageRefs) Object.assign(ref, { status: 'Ready', lastOpDate: at });
      return ok({ inventory: renderImage(image) });
    }
    case 'renewSession': {
      const session = state.sessions.find((s) => s.uuid === effect.sessionUuid);
      if (!session) return ok();
      session.expiredDate = at + effect.durationMs;
      return ok({ inventory: renderSession(session) });
    }
  }
}

/** Undoes the visible start of a job that failed halfway. */
export function rollbackEffect(state: ZStackState, effect: JobEffect, at: number): void {
  switch (effect.kind) {
    case 'deleteSnapshots':
    case 'batchDeleteSnapshots':
    {
      // A failed delete puts the snapshots back to Ready (Deleting → Ready is the only way back).
      const uuids = new Set(effect.snapshotUuids.flatMap((uuid) => subtree(state.snapshots, uuid).map((s) => s.uuid)));
      for (const s of state.snapshots) if (uuids.has(s.uuid) && s.status === 'Deleting') Object.assign(s, { status: 'Ready', lastOpDate: at });
      return;
    }
    case 'createSnapshot':
      removeSnapshots(state, [effect.snapshotUuid], at);
      state.trees = state.trees.filter((tree) => tree.status !== 'Creating' || state.snapshots.some((s) => s.treeUuid === tree.uuid));
      return;
    case 'createTemplate':
      state.images = state.images.filter((i) => i.uuid !== effect.imageUuid);
      return;
    case 'createDataVolume':
    case 'createVolumeFromTemplate':
      state.volumes = state.volumes.filter((v) => v.uuid !== effect.volumeUuid);
      return;
    case 'createVm':
      // A failed create leaves nothing behind: ZStack's flow rollback deletes the VM and its root volume.
      state.vms = state.vms.filter((v) => v.uuid !== effect.vmUuid);
      state.volumes = state.volumes.filter((v) => v.vmInstanceUuid !== effect.vmUuid);
      return;
    case 'vmStart':
    case 'vmStop': {
      const vm = touch(
        state.vms.find((v) => v.uuid === effect.vmUuid),
        at,
      );
      if (vm) vm.state = effect.from;
      return;
    }
    case 'vmReboot': {
      const vm = touch(
        state.vms.find((v) => v.uuid === effect.vmUuid),
        at,
      );
      if (vm) vm.state = 'Running';
      return;
    }
    default:
      return;
  }
}

/** The error a long job reports when the injected fault makes it fail halfway (outer code + root cause). */
export function halfwayFailure(state: ZStackState, effect: JobEffect): ZStackErrorCode {
  const host = state.hosts[0]?.managementIp ?? '172.20.0.11';
  switch (effect.kind) {
    case 'revert':
      return operr(
        `failed to revert volume to snapshot[uuid:${effect.snapshotUuid}]`,
        zsError('SYS.1001', `[HTTP timeout] no reply from http://${host}:7070/localstorage/snapshot/revert after 1800 seconds`),
      );
    case 'deleteSnapshots':
    case 'batchDeleteSnapshots':
      return zsError(
        'SYS.1004',
        `unable to delete volume snapshot[uuid:${effect.snapshotUuids[0]}]`,
        operr(`rbd: sorry, can't delete snapshot ${effect.snapshotUuids[0]}: (16) Device or resource busy`),
      );
    case 'createTemplate':
      return operr(
        `failed to create image from volume snapshot[uuid:${effect.snapshotUuid}] on any backup storage`,
        zsError('SYS.1016', `failed to upload the snapshot to the backup storage: No space left on device`),
      );
    case 'createSnapshot':
      return operr(`failed to create volume snapshot[uuid:${effect.snapshotUuid}]`, zsError('SYS.1001', `qemu-img snapshot timed out on host[ip:${host}]`));
    case 'createDataVolume':
      return operr(`failed to create data volume[uuid:${effect.volumeUuid}] from snapshot`, zsError('SYS.1016', 'failed to copy the snapshot to the primary storage: Input/output error'));
    case 'createVolumeFromTemplate':
      return operr(`failed to create data volume[uuid:${effect.volumeUuid}] from image[uuid:${effect.imageUuid}]`, zsError('SYS.1016', 'failed to download the template to the primary storage: Input/output error'));
    case 'createVm':
      return operr(`failed to create vm[uuid:${effect.vmUuid}]`, zsError('SYS.1002', 'no available host to create the vm: insufficient memory on every candidate host'));
    case 'vmStart':
      return zsError('VM.1001', `failed to start vm[uuid:${effect.vmUuid}]`, operr(`libvirt error: internal error: process exited while connecting to monitor: Cannot allocate memory`));
    case 'vmStop':
      return zsError('VM.1002', `failed to stop vm[uuid:${effect.vmUuid}]`, zsError('SYS.1001', 'the vm did not shut down within 60 seconds of the ACPI request'));
    case 'attachVolume':
      return operr(`failed to attach data volume[uuid:${effect.volumeUuid}] to vm[uuid:${effect.vmUuid}]`, zsError('SYS.1001', `libvirt hot-plug of the disk timed out on host[ip:${host}]`));
    case 'vmReboot':
      return zsError('VM.1003', `failed to reboot vm[uuid:${effect.vmUuid}]`, zsError('SYS.1001', 'the vm did not come back within 300 seconds'));
    default:
      return zsError('SYS.1000', 'an internal error happened');
  }
}
