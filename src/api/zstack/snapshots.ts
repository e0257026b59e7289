import type { AxiosInstance } from 'axios';
import { isRecord } from '../http';
import { badResponse, expectRecord, hasStrings } from '../validate';
import { zstackQueryParams } from './client';
import type {
  ZStackAsyncAccepted,
  ZStackBackupStorageInventory,
  ZStackCreateBody,
  ZStackCreateDataVolumeTemplateParams,
  ZStackCreateRootVolumeTemplateParams,
  ZStackCreateVolumeSnapshotParams,
  ZStackDeleteMode,
  ZStackPrimaryStorageInventory,
  ZStackQuery,
  ZStackQueryReply,
  ZStackVolumeInventory,
  ZStackVolumeSnapshotInventory,
  ZStackVolumeSnapshotTreeInventory,
} from './types';

/** CreateDataVolumeFromVolumeSnapshot params (docs/providers/zstack.md §7.2). */
export interface ZStackCreateDataVolumeFromSnapshotParams {
  name: string;
  description?: string;
  primaryStorageUuid?: string;
  resourceUuid?: string;
  tagUuids?: string[];
}

const isSnapshot = (value: unknown): value is ZStackVolumeSnapshotInventory =>
  isRecord(value) && hasStrings(value, 'uuid', 'treeUuid', 'status') && typeof value.latest === 'boolean';
const isTree = (value: unknown): value is ZStackVolumeSnapshotTreeInventory =>
  isRecord(value) && hasStrings(value, 'uuid', 'volumeUuid') && typeof value.current === 'boolean';
const isAccepted = (value: Record<string, unknown>) => hasStrings(value, 'location');

function inventories<T>(what: string, data: unknown, isItem: (item: unknown) => item is T): ZStackQueryReply<T> {
  if (!isRecord(data) || !Array.isArray(data.inventories) || !data.inventories.every(isItem)) throw badResponse('zstack', what, data);
  return data as unknown as ZStackQueryReply<T>;
}

/**
 * ZStack volume snapshots (docs/providers/zstack.md §4, §7, seed 004). Queries are synchronous; every mutation is async:
 * 202 `{location}` at once, then the api-job is polled (its result: `{inventory}`, an empty body for revert
 * and delete, `{size, actualSize}` for the size, `{results}` for a batch delete).
 */
export function createZStackSnapshotClient(http: AxiosInstance) {
  const accepted = (data: unknown) => expectRecord<ZStackAsyncAccepted>('zstack', 'async answer', data, isAccepted);
  const actions = (uuid: string) => `/zstack/v1/volume-snapshots/${encodeURIComponent(uuid)}/actions`;
  return {
    querySnapshots: async (q?: ZStackQuery) =>
      inventories('snapshot query', (await http.get<unknown>('/zstack/v1/volume-snapshots', { params: zstackQueryParams(q) })).data, isSnapshot),
    /** Trees with their nested `tree` (SnapshotLeafInventory); `current` marks the tree the volume runs on. */
    queryTrees: async (q?: ZStackQuery) =>
      inventories('snapshot tree query', (await http.get<unknown>('/zstack/v1/volume-snapshots/trees', { params: zstackQueryParams(q) })).data, isTree),
    /** Volumes (a VM's root and data disks): `q=vmInstanceUuid=<vm>`. */
    queryVolumes: async (q?: ZStackQuery) =>
      inventories('volume query', (await http.get<unknown>('/zstack/v1/volumes', { params: zstackQueryParams(q) })).data, (v): v is ZStackVolumeInventory => isRecord(v) && hasStrings(v, 'uuid', 'type')),
    /** Backup storage (where templates go): usable ones are Enabled + Connected. */
    queryBackupStorage: async (q?: ZStackQuery) =>
      inventories('backup storage query', (await http.get<unknown>('/zstack/v1/backup-storage', { params: zstackQueryParams(q) })).data, (v): v is ZStackBackupStorageInventory => isRecord(v) && hasStrings(v, 'uuid', 'status', 'state')),
    /** Primary storage (where a data volume made from a snapshot goes). */
    queryPrimaryStorage: async (q?: ZStackQuery) =>
      inventories('primary storage query', (await http.get<unknown>('/zstack/v1/primary-storage', { params: zstackQueryParams(q) })).data, (v): v is ZStackPrimaryStorageInventory => isRecord(v) && hasStrings(v, 'uuid', 'status', 'state')),
    /** Chained under the current tree's latest snapshot (a new tree when there is none). Not idempotent. */
    create: async (volumeUuid: string, body: ZStackCreateBody<ZStackCreateVolumeSnapshotParams>) =>
      accepted((await http.post<unknown>(`/zstack/v1/volumes/${encodeURIComponent(volumeUuid)}/volume-snapshots`, body)).data),
    update: async (uuid: string, change: { name?: string; description?: string }) => accepted((await http.put<unknown>(actions(uuid), { updateVolumeSnapshot: change })).data),
    /** The volume goes back to the snapshot; every VM it is attached to must be Stopped. */
    revert: async (uuid: string) => accepted((await http.put<unknown>(actions(uuid), { revertVolumeFromSnapshot: {} })).data),
    size: async (uuid: string) => accepted((await http.put<unknown>(actions(uuid), { getVolumeSnapshotSize: {} })).data),
    /** Deletes the snapshot AND its whole subtree. Permissive refuses while something depends on it. */
    delete: async (uuid: string, deleteMode: ZStackDeleteMode = 'Permissive') =>
      accepted((await http.delete<unknown>(`/zstack/v1/volume-snapshots/${encodeURIComponent(uuid)}`, { params: { deleteMode } })).data),
    /** All uuids must belong to one volume. */
    batchDelete: async (uuids: string[]) => accepted((await http.put<unknown>('/zstack/v1/volume-snapshots/batch-delete', { batchDeleteVolumeSnapshot: { uuids } })).data),
    createDataVolumeTemplate: async (snapshotUuid: string, body: ZStackCreateBody<ZStackCreateDataVolumeTemplateParams>) =>
      accepted((await http.post<unknown>(`/zstack/v1/images/data-volume-templates/from/volume-snapshots/${encodeURIComponent(snapshotUuid)}`, body)).data),
    createRootVolumeTemplate: async (snapshotUuid: string, body: ZStackCreateBody<ZStackCreateRootVolumeTemplateParams>) =>
      accepted((await http.post<unknown>(`/zstack/v1/images/root-volume-templates/from/volume-snapshots/${encodeURIComponent(snapshotUuid)}`, body)).data),
    createDataVolume: async (snapshotUuid: string, body: ZStackCreateBody<ZStackCreateDataVolumeFromSnapshotParams>) =>
      accepted((await http.post<unknown>(`/zstack/v1/volumes/data/from/volume-snapshots/${encodeURIComponent(snapshotUuid)}`, body)).data),
  };
}

export type ZStackSnapshotClient = ReturnType<typeof createZStackSnapshotClient>;

/** GetVolumeSnapshotSize's job result. */
export function zstackSizeResult(result: unknown): { size: number; actualSize?: number } {
  if (isRecord(result) && typeof result.size === 'number') return { size: result.size, actualSize: typeof result.actualSize === 'number' ? result.actualSize : undefined };
  throw badResponse('zstack', 'snapshot size', result);
}
