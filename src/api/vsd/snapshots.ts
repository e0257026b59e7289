import type { AxiosInstance } from 'axios';
import { isRecord } from '../http';
import { badResponse, expectRecord, hasNumbers, hasStrings, isEmptySuccess } from '../validate';
import type {
  VsdBatchOutput,
  VsdComputeIdentifier,
  VsdDiskSnapshotInfo,
  VsdOutput,
  VsdSnapshot,
  VsdSnapshotCreateRequest,
  VsdSnapshotList,
  VsdSnapshotTree,
} from './types';

/** Which VM a read is about: ClusterIdentifier + TenantIdentifier + compute (query parameters). */
export interface VsdComputeQuery {
  cluster_uuid: string;
  tenant?: string;
  compute_uuid: string;
}

const PATH = '/v1/compute/vsd/snapshot';

const isSnapshot = (value: unknown): value is VsdSnapshot =>
  isRecord(value) && hasStrings(value, 'uuid', 'name') && hasNumbers(value, 'ctime') && Array.isArray(value.disk_snapshot_list);

const isTree = (value: Record<string, unknown>) => isRecord(value.Parents) && isRecord(value.Children);

/**
 * vsd VM snapshots (seed 003): addressed by name within a VM. Every call answers Output; create, modify,
 * rollback and delete answer `data {}` (or nothing), the per-volume rollback a BatchOutput.
 */
export function createVsdSnapshotClient(http: AxiosInstance) {
  async function get(path: string, params: object): Promise<unknown> {
    return (await http.get<VsdOutput>(`${PATH}/${path}`, { params })).data.data;
  }
  async function mutate(path: string, body: object): Promise<void> {
    const data = (await http.post<VsdOutput>(path, body)).data.data;
    if (!isEmptySuccess(data) && !isSnapshot(data)) throw badResponse('vsd', 'snapshot reply', data);
  }
  return {
    /** `filter_name` is required by the doc (empty = all); page_size 0 = every snapshot. */
    list: async (query: VsdComputeQuery & { filter_name?: string; page_number?: number; page_size?: number }): Promise<VsdSnapshotList> => {
      const data = await get('list', { filter_name: '', page_number: 0, page_size: 0, ...query });
      if (!isRecord(data) || !Array.isArray(data.list) || !data.list.every(isSnapshot)) throw badResponse('vsd', 'snapshot list', data);
      return data as unknown as VsdSnapshotList;
    },
    get: async (query: VsdComputeQuery & { name: string }) => expectRecord<VsdSnapshot>('vsd', 'snapshot', await get('get', query), (v) => isSnapshot(v)),
    /** `Parents` (child → parent, "" = root) and `Children`; the pseudo-node `head` is the VM's current state. */
    tree: async (query: VsdComputeQuery) => {
      const data = await get('tree', query);
      if (!isRecord(data)) throw badResponse('vsd', 'snapshot tree', data);
      return expectRecord<VsdSnapshotTree>('vsd', 'snapshot tree', data.tree, isTree);
    },
    /** The snapshot `head` sits under; scode 23001 when there is none. */
    head: async (query: VsdComputeQuery) => expectRecord<VsdSnapshot>('vsd', 'snapshot', await get('head', query), (v) => isSnapshot(v)),
    /** `domain_memory` also saves the running guest's memory (usable once saved). Not idempotent. */
    create: (body: VsdSnapshotCreateRequest) => mutate(`${PATH}/create`, body),
    /** Only the description changes: the name is the key. */
    modify: (body: VsdComputeIdentifier & { name: string; description?: string }) => mutate(`${PATH}/modify`, body),
    rollback: (body: VsdComputeIdentifier & { name: string; domain_memory?: boolean }) => mutate(`${PATH}/rollback`, body),
    delete: (body: VsdComputeIdentifier & { name: string }) => mutate(`${PATH}/delete`, body),
    /** Per-disk rollback: one result per item (they succeed or fail on their own). */
    rollbackVolumes: async (body: VsdComputeIdentifier & { disk_snapshot_list: VsdDiskSnapshotInfo[] }) => {
      const data = (await http.post<VsdOutput>('/v1/compute/volume/snapshot/rollback', body)).data.data;
      return expectRecord<VsdBatchOutput<VsdDiskSnapshotInfo | null>>('vsd', 'batch result', data, (v) => hasNumbers(v, 'success', 'fail') && Array.isArray(v.results));
    },
  };
}

export type VsdSnapshotClient = ReturnType<typeof createVsdSnapshotClient>;
