import type { AxiosInstance } from 'axios';
import { zonePath } from './client';

/** 51idc list endpoints answer `{<items>, total_count}`: one item is enough to learn the total. */
export async function countZoneResources(http: AxiosInstance, zone: string, resource: 'volume_snapshots' | 'images'): Promise<number> {
  const { data } = await http.get<{ total_count: number }>(`${zonePath(zone)}/${resource}`, { params: { limit: 1 } });
  return data.total_count;
}
