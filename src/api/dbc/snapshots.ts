import type { AxiosInstance } from 'axios';
import { isRecord } from '../http';
import { expectArrayOf, expectRecord, hasStrings, isEmptySuccess, badResponse } from '../validate';
import type {
  DbcAuth,
  DbcCreateSnapshotAdditionalB,
  DbcCreateSnapshotAdditionalC,
  DbcCreateSnapshotReplyB,
  DbcEnvelope,
  DbcRequest,
  DbcSnapshotB,
  DbcSnapshotC,
} from './types';

/**
 * DBC snapshot endpoints of both URL layouts (docs/providers/dbc.md §6): era B (the seeds, `2022`) `/snapshot/<task>`,
 * `/snapshot/<task>/<name>`, `/snapshot/<task>/create`, `/snapshot/<task>/delete/<name>`; era C (`current`)
 * `/snapshot/list/<task>[/<name>]`, `/snapshot/create/<task>` (with `image_server`), `/snapshot/delete/<task>/<name>`.
 */
export function dbcSnapshotPaths() {
  const id = encodeURIComponent;
  return {
    listB: (task: string) => `/api/v1/snapshot/${id(task)}`,
    detailB: (task: string, name: string) => `/api/v1/snapshot/${id(task)}/${id(name)}`,
    createB: (task: string) => `/api/v1/snapshot/${id(task)}/create`,
    deleteB: (task: string, name: string) => `/api/v1/snapshot/${id(task)}/delete/${id(name)}`,
    listC: (task: string) => `/api/v1/snapshot/list/${id(task)}`,
    detailC: (task: string, name: string) => `/api/v1/snapshot/list/${id(task)}/${id(name)}`,
    createC: (task: string) => `/api/v1/snapshot/create/${id(task)}`,
    deleteC: (task: string, name: string) => `/api/v1/snapshot/delete/${id(task)}/${id(name)}`,
  };
}

const isSnapshotB = (value: unknown): value is DbcSnapshotB =>
  isRecord(value) && hasStrings(value, 'snapshot_name', 'create_time', 'state') && (value.disks === undefined || Array.isArray(value.disks));
const isSnapshotC = (value: unknown): value is DbcSnapshotC => isRecord(value) && hasStrings(value, 'snapshot_name', 'create_time');

export function createDbcSnapshotClient(http: AxiosInstance) {
  const paths = dbcSnapshotPaths();
  async function post(path: string, nodeId: string, auth: DbcAuth, additional: object): Promise<unknown> {
    const body: DbcRequest<object> = { peer_nodes_list: [nodeId], additional, ...auth };
    const { data } = await http.post<DbcEnvelope>(path, body);
    return data.message;
  }
  const done = (what: string) => (reply: unknown) => {
    if (!isEmptySuccess(reply)) throw badResponse('dbc', what, reply);
  };
  return {
    /** Era B list: `[{snapshot_name, description, create_time, state}]`. */
    listB: async (nodeId: string, auth: DbcAuth, taskId: string) => expectArrayOf('dbc', 'snapshot list', await post(paths.listB(taskId), nodeId, auth, {}), isSnapshotB),
    /** Era B detail: the list entry plus `disks` (per-disk type, driver and file). */
    detailB: async (nodeId: string, auth: DbcAuth, taskId: string, name: string) =>
      expectRecord<DbcSnapshotB>('dbc', 'snapshot', await post(paths.detailB(taskId, name), nodeId, auth, {}), (v) => isSnapshotB(v)),
    /** Era B create on a shut-off VM; `disks` picks the disks and their snapshot type. Not idempotent. */
    createB: async (nodeId: string, auth: DbcAuth, taskId: string, additional: DbcCreateSnapshotAdditionalB) =>
      expectRecord<DbcCreateSnapshotReplyB>('dbc', 'snapshot create reply', await post(paths.createB(taskId), nodeId, auth, additional), (v) => hasStrings(v, 'snapshot_name')),
    deleteB: async (nodeId: string, auth: DbcAuth, taskId: string, name: string) => done('snapshot delete reply')(await post(paths.deleteB(taskId, name), nodeId, auth, {})),
    /** Era C list: `[{snapshot_name, description, snapshot_file, create_time, status?}]`. */
    listC: async (nodeId: string, auth: DbcAuth, taskId: string) => expectArrayOf('dbc', 'snapshot list', await post(paths.listC(taskId), nodeId, auth, {}), isSnapshotC),
    detailC: async (nodeId: string, auth: DbcAuth, taskId: string, name: string) =>
      expectRecord<DbcSnapshotC>('dbc', 'snapshot', await post(paths.detailC(taskId, name), nodeId, auth, {}), (v) => isSnapshotC(v)),
    /** Era C create: the snapshot is made, then uploaded to `image_server` (an image-center id). Reply "ok". */
    createC: async (nodeId: string, auth: DbcAuth, taskId: string, additional: DbcCreateSnapshotAdditionalC) =>
      done('snapshot create reply')(await post(paths.createC(taskId), nodeId, auth, additional)),
    deleteC: async (nodeId: string, auth: DbcAuth, taskId: string, name: string) => done('snapshot delete reply')(await post(paths.deleteC(taskId, name), nodeId, auth, {})),
  };
}

export type DbcSnapshotClient = ReturnType<typeof createDbcSnapshotClient>;
