import type { AxiosInstance } from 'axios';

/** ZStack counts for the overview: the query API with `count=true` answers `{total}` (docs/providers/zstack.md §5). */
export async function countResources(http: AxiosInstance, resource: 'volume-snapshots' | 'images'): Promise<number> {
  const { data } = await http.get<{ total: number }>(`/zstack/v1/${resource}`, { params: { count: true } });
  return data.total;
}
