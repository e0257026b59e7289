/** Read helpers over the state: lookups by uuid and the indexes queries need (built lazily, per request). */
import type { BackupStorageRec, ImageRec, SnapshotRec, SnapshotTreeRec, VmRec, VolumeRec, ZStackState } from '../state';

function byUuid<T extends { uuid: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.uuid, item]));
}

function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A read view of one state; create a new one after mutations (the indexes are not updated). */
export class StateView {
  private cache = new Map<string, unknown>();

  constructor(readonly state: ZStackState) {}

  private memo<T>(key: string, build: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, build());
    return this.cache.get(key) as T;
  }

  vm = (uuid: string | undefined): VmRec | undefined => (uuid ? this.memo('vms', () => byUuid(this.state.vms)).get(uuid) : undefined);
  volume = (uuid: string | undefined): VolumeRec | undefined => (uuid ? this.memo('volumes', () => byUuid(this.state.volumes)).get(uuid) : undefined);
  snapshot = (uuid: string | undefined): SnapshotRec | undefined => (uuid ? this.memo('snapshots', () => byUuid(this.state.snapshots)).get(uuid) : undefined);
  tree = (uuid: string | undefined): SnapshotTreeRec | undefined => (uuid ? this.memo('trees', () => byUuid(this.state.trees)).get(uuid) : undefined);
  image = (uuid: string | undefined): ImageRec | undefined => (uuid ? this.memo('images', () => byUuid(this.state.images)).get(uuid) : undefined);
  backupStorage = (uuid: string | undefined): BackupStorageRec | undefined => (uuid ? this.memo('bs', () => byUuid(this.state.backupStorages)).get(uuid) : undefined);

  /** Volumes attached to a VM: root first, then by device id. */
  volumesOfVm = (vmUuid: string): VolumeRec[] =>
    this.memo('volumesByVm', () => {
      const groups = groupBy(this.state.volumes, (v) => v.vmInstanceUuid);
      for (const list of groups.values()) list.sort((a, b) => (a.type === 'Root' ? -1 : b.type === 'Root' ? 1 : (a.deviceId ?? 0) - (b.deviceId ?? 0)));
      return groups;
    }).get(vmUuid) ?? [];

  snapshotsOfVolume = (volumeUuid: string): SnapshotRec[] => this.memo('snapshotsByVolume', () => groupBy(this.state.snapshots, (s) => s.volumeUuid)).get(volumeUuid) ?? [];
  snapshotsOfTree = (treeUuid: string): SnapshotRec[] => this.memo('snapshotsByTree', () => groupBy(this.state.snapshots, (s) => s.treeUuid)).get(treeUuid) ?? [];
  imagesOnBackupStorage = (bsUuid: string): ImageRec[] =>
    this.memo('imagesByBs', () => {
      const out = new Map<string, ImageRec[]>();
      for (const image of this.state.images) for (const ref of image.backupStorageRefs) out.set(ref.backupStorageUuid, [...(out.get(ref.backupStorageUuid) ?? []), image]);
      return out;
    }).get(bsUuid) ?? [];
}
