/** Records → the inventories ZStack sends: Gson date text, null fields omitted, nested lists filled in. */
import type {
  ZStackBackupStorageInventory,
  ZStackImageInventory,
  ZStackSessionInventory,
  ZStackSnapshotLeafInventory,
  ZStackVmInstanceInventory,
  ZStackVolumeInventory,
  ZStackVolumeSnapshotInventory,
  ZStackVolumeSnapshotTreeInventory,
} from '../../src/api/zstack/types';
import { gsonDate, omitNulls } from './lib/format';
import type { BackupStorageRec, ImageRec, SessionRec, SnapshotRec, SnapshotTreeRec, VmRec, VolumeRec } from './state';
import type { StateView } from './lib/state-view';

/** Generic rendering: every epoch-ms date field becomes Gson text, nulls go. */
export function renderDated<T extends object>(record: T, dateFields: readonly string[] = ['createDate', 'lastOpDate']): Record<string, unknown> {
  const out = { ...record } as Record<string, unknown>;
  for (const field of dateFields) {
    const value = out[field];
    if (typeof value === 'number') out[field] = gsonDate(value);
  }
  return omitNulls(out);
}

/** SessionInventory has no lastOpDate. */
export function renderSession(session: SessionRec): ZStackSessionInventory {
  const { lastOpDate: _lastOpDate, ...visible } = session;
  return renderDated(visible, ['createDate', 'expiredDate']) as unknown as ZStackSessionInventory;
}

export function renderVolume(volume: VolumeRec): ZStackVolumeInventory {
  return renderDated(volume) as unknown as ZStackVolumeInventory;
}

export function renderVm(vm: VmRec, view: StateView): ZStackVmInstanceInventory {
  const out = renderDated(vm);
  out.vmNics = vm.vmNics.map((nic) => renderDated(nic));
  out.allVolumes = view.volumesOfVm(vm.uuid).map(renderVolume);
  out.vmCdRoms = [];
  return out as ZStackVmInstanceInventory;
}

export function renderSnapshot(snapshot: SnapshotRec): ZStackVolumeSnapshotInventory {
  return renderDated(snapshot) as unknown as ZStackVolumeSnapshotInventory;
}

/** The nested SnapshotLeafInventory of a tree, children by creation time. */
export function buildLeaf(snapshot: SnapshotRec, children: Map<string, SnapshotRec[]>): ZStackSnapshotLeafInventory {
  const leaf: ZStackSnapshotLeafInventory = {
    inventory: renderSnapshot(snapshot),
    children: (children.get(snapshot.uuid) ?? []).map((child) => buildLeaf(child, children)),
  };
  if (snapshot.parentUuid) leaf.parentUuid = snapshot.parentUuid;
  return leaf;
}

export function renderTree(tree: SnapshotTreeRec, view: StateView, withTree = true): ZStackVolumeSnapshotTreeInventory {
  const out = renderDated(tree) as unknown as ZStackVolumeSnapshotTreeInventory;
  if (!withTree) return out;
  const members = [...view.snapshotsOfTree(tree.uuid)].sort((a, b) => a.createDate - b.createDate);
  const children = new Map<string, SnapshotRec[]>();
  for (const snapshot of members) if (snapshot.parentUuid) children.set(snapshot.parentUuid, [...(children.get(snapshot.parentUuid) ?? []), snapshot]);
  const root = members.find((snapshot) => !snapshot.parentUuid || !members.some((m) => m.uuid === snapshot.parentUuid));
  if (root) out.tree = buildLeaf(root, children);
  return out;
}

export function renderImage(image: ImageRec): ZStackImageInventory {
  const { deletedAt: _deletedAt, ...rest } = image;
  const out = renderDated(rest);
  out.backupStorageRefs = image.backupStorageRefs.map((ref) => renderDated(ref));
  return out as unknown as ZStackImageInventory;
}

export function renderBackupStorage(bs: BackupStorageRec): ZStackBackupStorageInventory {
  return renderDated(bs) as unknown as ZStackBackupStorageInventory;
}
