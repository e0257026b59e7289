import type { AxiosInstance } from 'axios';
import { badResponse } from '../validate';
import type { Idc51ImageList, Idc51InstanceList, Idc51Job, Idc51JobList, Idc51SnapshotList, Idc51SnapshotQuery, Idc51Token, Idc51VolumeList } from './types';

/** Instance power verbs: `POST /v2/zone/{zone}/instances/{verb}` with `{instances: [id]}` (api-docs-v2 instance.md). */
export type Idc51PowerVerb = 'start' | 'stop' | 'restart';

/** List filters go out comma-joined, as the final 51idc docs describe (the emulator also takes repeats). */
export function listParams(query: Idc51SnapshotQuery): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params[key] = Array.isArray(value) ? value.join(',') : value;
  }
  return params;
}

/**
 * One path segment, encoded so a `/`, `?` or `#` in a zone or job id cannot reach another path. `.` and `..`
 * (even encoded, URLs resolve `%2e%2e`) would climb out of the zone: they are refused, never sent.
 */
export function pathSegment(value: string, what: string): string {
  if (value === '' || value === '.' || value === '..') throw badResponse('idc51', what, value);
  return encodeURIComponent(value);
}

/** `/v2/zone/{zone}`: the zone comes from config.json or the connection form. */
export const zonePath = (zone: string) => `/v2/zone/${pathSegment(zone, 'zone')}`;

/** Typed 51idc client: one function per endpoint. Paths are relative to the connection's base URL. */
export function createIdc51Client(http: AxiosInstance) {
  return {
    /** OAuth2 client credentials: Basic base64(id:secret), form body. */
    fetchToken: async (clientId: string, clientSecret: string) =>
      (
        await http.post<Idc51Token>('/v2/oauth2/token', 'grant_type=client_credentials', {
          headers: {
            Authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}`,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
        })
      ).data,
    listVolumeSnapshots: async (zone: string, query: Idc51SnapshotQuery = {}) =>
      (await http.get<Idc51SnapshotList>(`${zonePath(zone)}/volume_snapshots`, { params: listParams(query) })).data,
    /** Instances of a zone, newest first; `offset`/`limit` page it (limit at most 100). */
    listInstances: async (zone: string, query: { offset?: number; limit?: number; instances?: string[] } = {}) =>
      (await http.get<Idc51InstanceList>(`${zonePath(zone)}/instances`, { params: listParams(query) })).data,
    /** Volumes of a zone, newest first (api-docs-v2 volume.md); `status` names ceased ones too when asked. */
    listVolumes: async (zone: string, query: { volumes?: string[]; status?: string[]; offset?: number; limit?: number } = {}) =>
      (await http.get<Idc51VolumeList>(`${zonePath(zone)}/volumes`, { params: listParams(query) })).data,
    /** Images of a zone (system ones in every zone); `provider: 'self'` keeps the captured ones. */
    listImages: async (zone: string, query: { provider?: 'system' | 'self'; offset?: number; limit?: number } = {}) =>
      (await http.get<Idc51ImageList>(`${zonePath(zone)}/images`, { params: listParams(query) })).data,
    /** Start / stop / restart: answers with the async Job to poll. */
    powerInstances: async (zone: string, verb: Idc51PowerVerb, instances: string[]) =>
      (await http.post<Idc51Job>(`${zonePath(zone)}/instances/${verb}`, { instances })).data,
    getJob: async (zone: string, jobId: string) => (await http.get<Idc51Job>(`${zonePath(zone)}/job/${pathSegment(jobId, 'job id')}`)).data,
    /** The zone's jobs, newest first (GET /jobs is ASSUMED: docs/providers/idc51.md §6). */
    listJobs: async (zone: string, query: { action?: string | string[]; status?: string[]; offset?: number; limit?: number } = {}) =>
      (await http.get<Idc51JobList>(`${zonePath(zone)}/jobs`, { params: listParams(query) })).data,
  };
}

export type Idc51Client = ReturnType<typeof createIdc51Client>;
