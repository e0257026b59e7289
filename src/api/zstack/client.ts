import type { AxiosInstance } from 'axios';
import { isRecord, notAnApi } from '../http';
import type { ZStackAsyncAccepted, ZStackBackupStorageInventory, ZStackCreateBody, ZStackCreateVmInstanceParams, ZStackImageInventory, ZStackInstanceOfferingInventory, ZStackL3NetworkInventory, ZStackLogInByAccount, ZStackQuery, ZStackQueryReply, ZStackSessionInventory, ZStackVmAction, ZStackVmInstanceInventory } from './types';

/** One poll of an async job: 202 = still running (body may be empty), 200 = done with the API's reply. */
export interface ZStackJobPoll {
  done: boolean;
  result: unknown;
}

/**
 * The job uuid from a 202's `location`. Only its `/zstack/v1/api-jobs/<uuid>` path counts: the host in it is the
 * management node's own address, often unreachable from the browser (docs/providers/zstack.md §4), so polls go to our base URL.
 */
export function zstackJobUuid(location: string): string {
  const match = /\/zstack\/v1\/api-jobs\/([^/?#]+)/.exec(location);
  if (!match?.[1]) throw new Error(`ZStack returned a job location without an api-jobs path: ${location}`);
  return decodeURIComponent(match[1]);
}

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
    login: async (body: ZStackLogInByAccount): Promise<ZStackSessionInventory> => {
      const { data } = await http.put<unknown>('/zstack/v1/accounts/login', body);
      // Without a session inventory this is not ZStack answering (a wrong base URL): say so here, before the
      // session code reads `inventory.uuid` of nothing.
      if (!isRecord(data) || !isRecord(data.inventory) || typeof data.inventory.uuid !== 'string') throw notAnApi('zstack', 200, data);
      return data.inventory as unknown as ZStackSessionInventory;
    },
    logout: async (sessionUuid: string) => {
      await http.delete(`/zstack/v1/accounts/sessions/${sessionUuid}`);
    },
    queryVmInstances: (q?: ZStackQuery) => query<ZStackVmInstanceInventory>('vm-instances', q),
    /** QueryImage: images, root / data-volume templates and ISOs, with their backup-storage refs. */
    queryImages: (q?: ZStackQuery) => query<ZStackImageInventory>('images', q),
    /** QueryBackupStorage: names (and capacity) of the storages images sit on. */
    queryBackupStorage: (q?: ZStackQuery) => query<ZStackBackupStorageInventory>('backup-storage', q),
    getVmInstance: async (uuid: string) => (await query<ZStackVmInstanceInventory>(`vm-instances/${encodeURIComponent(uuid)}`)).inventories[0],
    /** Start / stop (grace | cold) / reboot: async, 202 `{location}`; a refusal arrives through the job (503). */
    vmAction: async (uuid: string, body: ZStackVmAction) =>
      (await http.put<ZStackAsyncAccepted>(`/zstack/v1/vm-instances/${encodeURIComponent(uuid)}/actions`, body)).data,
    /** QueryInstanceOffering / QueryL3Network: the choices of a new VM. */
    queryInstanceOfferings: (q?: ZStackQuery) => query<ZStackInstanceOfferingInventory>('instance-offerings', q),
    queryL3Networks: (q?: ZStackQuery) => query<ZStackL3NetworkInventory>('l3-networks', q),
    /** CreateVmInstance: async, 202 `{location}`; every refusal (SYS.1007, SYS.1003...) arrives through the job (503). */
    createVmInstance: async (body: ZStackCreateBody<ZStackCreateVmInstanceParams>) => (await http.post<ZStackAsyncAccepted>('/zstack/v1/vm-instances', body)).data,
    /** GET /zstack/v1/api-jobs/{uuid}: 202 running, 200 done; 503 (failed) and 404 (expired) reject as ProviderErrors. */
    pollApiJob: async (jobUuid: string): Promise<ZStackJobPoll> => {
      const response = await http.get<unknown>(`/zstack/v1/api-jobs/${encodeURIComponent(jobUuid)}`);
      return { done: response.status !== 202, result: response.data };
    },
  };
}

export type ZStackClient = ReturnType<typeof createZStackClient>;
