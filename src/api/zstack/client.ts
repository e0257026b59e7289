import type { AxiosInstance } from 'axios';
import type { ZStackLogInByAccount, ZStackQuery, ZStackQueryReply, ZStackSessionInventory, ZStackVmInstanceInventory } from './types';

/** Query-string form of ZStack's query conventions: repeated `q`, `fields` comma-joined. */
export function zstackQueryParams(query: ZStackQuery = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const condition of query.q ?? []) params.append('q', condition);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.start !== undefined) params.set('start', String(query.start));
  if (query.count) params.set('count', 'true');
  if (query.replyWithCount) params.set('replyWithCount', 'true');
  if (query.sort) params.set('sort', query.sort);
  if (query.fields?.length) params.set('fields', query.fields.join(','));
  return params;
}

/** Typed ZStack client: one function per endpoint. The session header is added by the connection's http. */
export function createZStackClient(http: AxiosInstance) {
  async function query<T>(resource: string, q?: ZStackQuery): Promise<ZStackQueryReply<T>> {
    const { data } = await http.get<ZStackQueryReply<T>>(`/zstack/v1/${resource}`, { params: zstackQueryParams(q) });
    return data;
  }
  return {
    /** LogInByAccount: synchronous, no Authorization header. */
    login: async (body: ZStackLogInByAccount) =>
      (await http.put<{ inventory: ZStackSessionInventory }>('/zstack/v1/accounts/login', body)).data.inventory,
    logout: async (sessionUuid: string) => {
      await http.delete(`/zstack/v1/accounts/sessions/${sessionUuid}`);
    },
    queryVmInstances: (q?: ZStackQuery) => query<ZStackVmInstanceInventory>('vm-instances', q),
  };
}

export type ZStackClient = ReturnType<typeof createZStackClient>;
