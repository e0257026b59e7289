import type { AxiosInstance } from 'axios';
import { isRecord } from '../http';
import { listParams, pathSegment, zonePath } from './client';
import { badResponse, expectRecord, hasNumbers, hasStrings, isEmptySuccess } from '../validate';
import type {
  Idc51CreateSnapshotsRequest,
  Idc51Job,
  Idc51ModifySnapshotRequest,
  Idc51Snapshot,
  Idc51SnapshotList,
  Idc51SnapshotQuery,
} from './types';

/**
 * 51idc volume backups (seed 002, api-docs-v2 snapshot.md): list with filters and paging, and the five
 * mutations, each answering the Job to poll (modify answers 204). Export uses the final per-id path form.
 */
const isSnapshot = (value: unknown): value is Idc51Snapshot =>
  isRecord(value) && hasStrings(value, 'snapshot_id', 'root_id', 'parent_id', 'status') && hasNumbers(value, 'is_head', 'size');

const isJob = (value: Record<string, unknown>) => hasStrings(value, 'job_id', 'status');

/** Export endpoints in the final docs' form (`…/:snapshot_id`) or the seed's (`snapshot` in the body); both are served. */
export type ExportForm = 'path' | 'seed';

function exportRequest(path: string, form: ExportForm, snapshotId: string, body: object): [string, object] {
  return form === 'path' ? [`${path}/${encodeURIComponent(snapshotId)}`, body] : [path, { snapshot: snapshotId, ...body }];
}

export function createIdc51SnapshotClient(http: AxiosInstance) {
  const base = (zone: string) => `${zonePath(zone)}/volume_snapshots`;
  const job = (body: unknown) => expectRecord<Idc51Job>('idc51', 'job', body, isJob);
  return {
    /** Filters `snapshots`, `resource_id`, `root_id`, `snapshot_type`, `status`, `search_word`; `offset` + `limit` (≤ 100) page it. */
    list: async (zone: string, query: Idc51SnapshotQuery = {}): Promise<Idc51SnapshotList> => {
      const { data } = await http.get<unknown>(base(zone), { params: listParams(query) });
      if (!isRecord(data) || !Array.isArray(data.snapshots) || typeof data.total_count !== 'number' || !data.snapshots.every(isSnapshot)) {
        throw badResponse('idc51', 'backup list', data);
      }
      return data as unknown as Idc51SnapshotList;
    },
    /** CreateSnapshots: `is_full` 1 forces a new full chain, 0 lets the provider decide. Not idempotent. */
    create: async (zone: string, body: Idc51CreateSnapshotsRequest) => job((await http.post<unknown>(base(zone), body)).data),
    /** DeleteSnapshots: deleting a point also deletes every later point of its chain (a full point: the chain). */
    delete: async (zone: string, snapshotIds: string[]) => job((await http.delete<unknown>(`${base(zone)}/${snapshotIds.map(encodeURIComponent).join(',')}`)).data),
    /** PUT name/description: 204 without a body. */
    modify: async (zone: string, snapshotId: string, body: Idc51ModifySnapshotRequest) => {
      const { data } = await http.put<unknown>(`${base(zone)}/${encodeURIComponent(snapshotId)}`, body);
      if (!isEmptySuccess(data)) throw badResponse('idc51', 'modify reply', data);
    },
    /** ApplySnapshots: roll each resource back to the given point; a running instance is restarted. */
    apply: async (zone: string, snapshotIds: string[]) => job((await http.post<unknown>(`${base(zone)}/apply`, { snapshots: snapshotIds })).data),
    /** CaptureInstanceFromSnapshot (instance backups only): a new private image. */
    captureInstance: async (zone: string, snapshotId: string, imageName: string, form: ExportForm = 'path') =>
      job((await http.post<unknown>(...exportRequest(`${base(zone)}/capture_instance`, form, snapshotId, { image_name: imageName }))).data),
    /** CreateVolumeFromSnapshot (volume backups only): a new disk of the source's type and size. */
    createVolume: async (zone: string, snapshotId: string, volumeName: string, form: ExportForm = 'path') =>
      job((await http.post<unknown>(...exportRequest(`${base(zone)}/create_volume`, form, snapshotId, { volume_name: volumeName }))).data),
    job: async (zone: string, jobId: string) => job((await http.get<unknown>(`${zonePath(zone)}/job/${pathSegment(jobId, 'job id')}`)).data),
  };
}

export type Idc51SnapshotClient = ReturnType<typeof createIdc51SnapshotClient>;
