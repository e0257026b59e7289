import type { Idc51ImageList, Idc51InstanceList, Idc51JobList, Idc51SnapshotList, Idc51VolumeList } from '../../../src/api/idc51/types';
import { isRefusal, refuse, type Refusal } from '../errors';
import { jobStatus, jobView } from '../lib/jobs';
import { pageOf, parseSnapshotType, queryInt, queryList, queryString } from './parse';
import type { Idc51State } from '../state';
import { imageView, instanceView, snapshotView, volumeView } from '../views';

/** The GET list endpoints: filters of the docs, newest first, offset/limit, `{<items>, total_count}`. */

const SNAPSHOT_STATUSES = ['pending', 'available', 'suspended', 'deleted', 'ceased'];
const VOLUME_STATUSES = ['pending', 'available', 'in-use', 'suspended', 'deleted', 'ceased'];
const INSTANCE_STATUSES = ['pending', 'running', 'stopped', 'suspended', 'terminated', 'ceased'];
const IMAGE_STATUSES = ['pending', 'available', 'deprecated', 'suspended', 'deleted', 'ceased'];
const JOB_STATUSES = ['pending', 'working', 'successful', 'failed'];

/** Status filter: every value must be known (the volume doc: an invalid status is an error). Default hides ceased. */
function statusFilter(params: URLSearchParams, allowed: readonly string[]): ((status: string) => boolean) | Refusal {
  const wanted = queryList(params, 'status');
  if (!wanted) return (status) => status !== 'ceased';
  const unknown = wanted.find((s) => !allowed.includes(s));
  if (unknown) return refuse.badParameter(`parameter [status] has an invalid value [${unknown}]`);
  return (status) => wanted.includes(status);
}

function matches(word: string | undefined, ...fields: Array<string | null>): boolean {
  if (!word) return true;
  const needle = word.toLowerCase();
  return fields.some((field) => field?.toLowerCase().includes(needle));
}

function paged<T>(items: T[], params: URLSearchParams, defaultLimit: number): { items: T[]; total: number } | Refusal {
  const page = pageOf(params, defaultLimit);
  if (isRefusal(page)) return page;
  return { items: items.slice(page.offset, page.offset + page.limit), total: items.length };
}

/** Default limit 20 (final docs; the seed said 10). */
export function listSnapshots(state: Idc51State, zone: string, params: URLSearchParams, now: number): Idc51SnapshotList | Refusal {
  const status = statusFilter(params, SNAPSHOT_STATUSES);
  if (isRefusal(status)) return status;
  const typeRaw = queryString(params, 'snapshot_type');
  const full = typeRaw === undefined ? undefined : parseSnapshotType(typeRaw);
  if (isRefusal(full)) return full;
  const verbose = queryInt(params, 'verbose', 0);
  if (isRefusal(verbose)) return verbose;
  const ids = queryList(params, 'snapshots');
  const resourceId = queryString(params, 'resource_id');
  const rootId = queryString(params, 'root_id');
  const word = queryString(params, 'search_word');
  const found = state.snapshots
    .filter((p) => p.zone === zone && status(p.status))
    .filter((p) => (!ids || ids.includes(p.id)) && (!resourceId || p.resourceId === resourceId) && (!rootId || p.rootId === rootId))
    .filter((p) => full === undefined || p.full === full)
    .filter((p) => matches(word, p.id, p.name, p.description, p.resourceId, p.resourceName))
    .sort((a, b) => b.snapshotAt - a.snapshotAt || b.seq - a.seq);
  const page = paged(found, params, 20);
  if (isRefusal(page)) return page;
  return { snapshots: page.items.map((p) => snapshotView(state, p, now)), total_count: page.total };
}

export function listVolumes(state: Idc51State, zone: string, params: URLSearchParams): Idc51VolumeList | Refusal {
  const status = statusFilter(params, VOLUME_STATUSES);
  if (isRefusal(status)) return status;
  const type = queryInt(params, 'volume_type', 0);
  if (isRefusal(type)) return type;
  const ids = queryList(params, 'volumes');
  const word = queryString(params, 'search_word');
  const found = state.volumes
    .filter((v) => v.zone === zone && status(v.status) && (!ids || ids.includes(v.id)) && (type === undefined || v.volumeType === type))
    .filter((v) => matches(word, v.id, v.name))
    .sort((a, b) => b.createdAt - a.createdAt);
  const page = paged(found, params, 10);
  if (isRefusal(page)) return page;
  return { volumes: page.items.map((v) => volumeView(state, v)), total_count: page.total };
}

export function listInstances(state: Idc51State, zone: string, params: URLSearchParams): Idc51InstanceList | Refusal {
  const status = statusFilter(params, INSTANCE_STATUSES);
  if (isRefusal(status)) return status;
  const ids = queryList(params, 'instances');
  const images = queryList(params, 'image_id');
  const types = queryList(params, 'instance_type');
  const word = queryString(params, 'search_word');
  const found = state.instances
    .filter((i) => i.zone === zone && status(i.status) && (!ids || ids.includes(i.id)) && (!images || images.includes(i.imageId)))
    .filter((i) => (!types || types.includes(String(i.instanceType))) && matches(word, i.id, i.name))
    .sort((a, b) => b.createdAt - a.createdAt);
  const page = paged(found, params, 10);
  if (isRefusal(page)) return page;
  return { instances: page.items.map((i) => instanceView(state, i)), total_count: page.total };
}

/** System images are visible in every zone; captured (self) images in their own. */
export function listImages(state: Idc51State, zone: string, params: URLSearchParams): Idc51ImageList | Refusal {
  const status = statusFilter(params, IMAGE_STATUSES);
  if (isRefusal(status)) return status;
  const ids = queryList(params, 'images');
  const provider = queryString(params, 'provider');
  const family = queryString(params, 'os_family');
  const visibility = queryString(params, 'visibility');
  const word = queryString(params, 'search_word');
  const found = state.images
    .filter((i) => (i.provider === 'system' || i.zone === zone) && status(i.status) && (!ids || ids.includes(i.id)))
    .filter((i) => (!provider || i.provider === provider) && (!family || i.osFamily === family))
    .filter((i) => !visibility || (i.provider === 'system' ? 'public' : 'private') === visibility)
    .filter((i) => matches(word, i.id, i.name))
    .sort((a, b) => b.createdAt - a.createdAt);
  const page = paged(found, params, 10);
  if (isRefusal(page)) return page;
  return { images: page.items.map(imageView), total_count: page.total };
}

/** ASSUMED endpoint: the zone's jobs, newest first, optional `status` and `action` filters. */
export function listJobs(state: Idc51State, zone: string, params: URLSearchParams, now: number): Idc51JobList | Refusal {
  const wanted = queryList(params, 'status');
  const unknown = wanted?.find((s) => !JOB_STATUSES.includes(s));
  if (unknown) return refuse.badParameter(`parameter [status] has an invalid value [${unknown}]`);
  const actions = queryList(params, 'action');
  const found = state.jobs
    .filter((j) => j.zone === zone && (!wanted || wanted.includes(jobStatus(j, now))) && (!actions || actions.includes(j.action)))
    .sort((a, b) => b.createdAt - a.createdAt);
  const page = paged(found, params, 20);
  if (isRefusal(page)) return page;
  return { jobs: page.items.map((j) => jobView(j, now)), total_count: page.total };
}
