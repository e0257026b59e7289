import type { AxiosInstance } from 'axios';
import type { VsdApiKeyList, VsdComputeIdentifier, VsdComputeInspect, VsdComputeList, VsdLoginData, VsdLoginRequest, VsdOutput } from './types';

/** Power operations (docs/providers/vsd.md §5): all synchronous; the VM is in its new state when they return. */
export type VsdPowerOp = 'start' | 'shutoff' | 'reset' | 'restore' | 'resume';

/** Typed vsd client: one function per endpoint. Auth: login -> Token (Bearer) -> ApiKey header. */
export function createVsdClient(http: AxiosInstance) {
  async function get<T>(path: string, params: object, headers?: Record<string, string>): Promise<T> {
    const { data } = await http.get<VsdOutput<T>>(path, { params, headers });
    return data.data;
  }
  async function post<T>(path: string, body: object, headers?: Record<string, string>): Promise<T> {
    const { data } = await http.post<VsdOutput<T>>(path, body, { headers });
    return data.data;
  }
  return {
    login: (body: VsdLoginRequest) => post<VsdLoginData>('/v1/authentication/login', body),
    listApiKeys: (token: string) => get<VsdApiKeyList>('/v1/apikey/list', {}, { Authorization: `Bearer ${token}` }),
    createApiKey: (token: string) => post<{ uuid: string }>('/v1/apikey/create', {}, { Authorization: `Bearer ${token}` }),
    /** VM list of a cluster: the connection test's cheap read. */
    listComputes: (query: { cluster_uuid: string; tenant?: string; page_number?: number; page_size?: number }) =>
      get<VsdComputeList>('/v1/compute/list', query),
    /** One VM in full (ComputeInspectInfo): disks, CPU and memory sizes. */
    inspectCompute: (query: { cluster_uuid: string; tenant?: string; compute_uuid: string }) => get<VsdComputeInspect>('/v1/compute/inspect', query),
    /** POST /v1/compute/{start|shutoff|reset|restore|resume} with the flat ComputeIdentifier body. */
    powerCompute: (op: VsdPowerOp, identifier: VsdComputeIdentifier) => post<unknown>(`/v1/compute/${op}`, identifier),
  };
}

export type VsdClient = ReturnType<typeof createVsdClient>;
