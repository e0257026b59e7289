import type { AxiosInstance } from 'axios';
import type { DbcEnvelope } from './types';

/**
 * The image center's list (no node, no auth): era-B clients answer filename strings, current ones answer
 * objects per image server (dbc.md §6). Either way, one entry per image.
 */
export async function listImageCenter(http: AxiosInstance): Promise<unknown[]> {
  const { data } = await http.post<DbcEnvelope<unknown>>('/api/v1/images', { peer_nodes_list: [], additional: {} });
  return Array.isArray(data.message) ? data.message : [];
}
