import type { AxiosInstance } from 'axios';
import type { VsdOutput } from './types';

/** A VM's snapshot count: the list with one item per page still reports `total_count` (seed 003). */
export async function countVmSnapshots(http: AxiosInstance, query: { cluster_uuid: string; tenant?: string; compute_uuid: string }): Promise<number> {
  const { data } = await http.get<VsdOutput<{ total_count: number }>>('/v1/compute/vsd/snapshot/list', {
    params: { ...query, filter_name: '', page_number: 1, page_size: 1 },
  });
  return data.data.total_count;
}
