import type { AxiosInstance } from 'axios';
import type { DbcApiEra, DbcAuth, DbcEnvelope, DbcMiningNodeList, DbcRequest } from './types';

/**
 * Typed DBC client: one function per endpoint, nothing else. All DBC calls are POST with a JSON body.
 * `era` picks the URL layout: 'current' (0.4.x) or '2022' (the seed documents' paths), dbc.md §0.
 */
export function createDbcClient(http: AxiosInstance, era: DbcApiEra = 'current') {
  void era;
  async function post<T>(path: string, body: DbcRequest<object>): Promise<T> {
    const { data } = await http.post<DbcEnvelope<T>>(path, body);
    return data.message;
  }
  return {
    /** Nodes the client knows (no auth needed): the cheapest read, used by the connection test. */
    listMiningNodes: () => post<DbcMiningNodeList>('/api/v1/mining_nodes', { peer_nodes_list: [], additional: {} }),
    /** Machine info of one node (no auth needed). */
    getMiningNode: <T>(nodeId: string) => post<T>('/api/v1/mining_nodes', { peer_nodes_list: [nodeId], additional: {} }),
    /** A session id for sharing; needs a wallet or multisig signature, never a session. */
    getSessionId: (nodeId: string, auth: DbcAuth) =>
      post<{ session_id: string }>('/api/v1/mining_nodes/session_id', { peer_nodes_list: [nodeId], additional: {}, ...auth }),
  };
}

export type DbcClient = ReturnType<typeof createDbcClient>;
