import type { ZStackBackupStorageInventory, ZStackImageInventory } from '@/api/zstack/types';
import { imageKey, type ImageKind, type ImageRecord, type ImageStatus } from '../model';

const STATUS: Record<string, ImageStatus> = {
  Ready: 'ready',
  Creating: 'creating',
  Downloading: 'creating',
  Migrating: 'creating',
  Error: 'failed',
  Deleted: 'deleted',
};

/** A template made from a volume snapshot keeps `volumeSnapshot://<uuid>` as its url: that is its origin. */
const SNAPSHOT_URL = /^volumeSnapshot:\/\/([0-9a-f]{32})$/i;

function kindOf(image: ZStackImageInventory, fromSnapshot: boolean): ImageKind {
  if (image.mediaType === 'DataVolumeTemplate') return 'zstackDataTemplate';
  // A root template made from a snapshot, as opposed to an image added from a URL (or an ISO).
  return image.mediaType === 'RootVolumeTemplate' && fromSnapshot ? 'zstackRootTemplate' : 'zstackImage';
}

/**
 * One `/zstack/v1/images` inventory. Size: the virtual size when known, else what it takes on backup storage.
 * Location: every backup storage holding it, named from `/zstack/v1/backup-storage` when that answered.
 */
export function zstackImageToRecord(connectionId: string, image: ZStackImageInventory, storages: ReadonlyMap<string, ZStackBackupStorageInventory> = new Map()): ImageRecord {
  const snapshotUuid = image.url ? SNAPSHOT_URL.exec(image.url)?.[1] : undefined;
  const ids = (image.backupStorageRefs ?? []).map((ref) => ref.backupStorageUuid);
  const names = ids.map((id) => storages.get(id)?.name ?? id);
  return {
    key: imageKey(connectionId, image.uuid),
    connectionId,
    provider: 'zstack',
    id: image.uuid,
    name: image.name,
    kind: kindOf(image, snapshotUuid !== undefined),
    format: image.format || undefined,
    sizeBytes: image.size || image.actualSize || undefined,
    rawStatus: image.status,
    status: STATUS[image.status] ?? 'unknown',
    location: { kind: 'backupStorage', ids, names },
    createdAt: image.createDate,
    origin: snapshotUuid ? { kind: 'snapshot', id: snapshotUuid } : undefined,
    description: image.description || undefined,
  };
}
