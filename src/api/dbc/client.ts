import type { AxiosInstance } from 'axios';
import type {
  DbcApiEra,
  DbcAuth,
  DbcCreateTaskAdditional,
  DbcCreateTaskReply,
  DbcEnvelope,
  DbcImageDownloadAdditional,
  DbcImageEntry,
  DbcImageServers,
  DbcImageUploadAdditional,
  DbcNodeImageEntry,
  DbcMiningNodeList,
  DbcModifyTaskAdditional,
  DbcPasswdAdditional,
  DbcRequest,
  DbcTaskDetail,
  DbcTaskLogs,
  DbcTaskSummary,
  DbcTransferProgress,
} from './types';

/** Power actions routed as `/tasks/<action>/<task_id>` (docs/providers/dbc.md §4.5); `stop` is the legacy alias of poweroff. */
export type DbcTaskAction = 'start' | 'shutdown' | 'poweroff' | 'stop' | 'restart' | 'reset' | 'delete';

/**
 * Every era-dependent URL in one place (docs/providers/dbc.md §1). Task paths are `/tasks/<action>/<task_id>` in both era B
 * (the seeds, early 2022) and era C (current); snapshot and image paths differ and are added here when used.
 */
export function dbcPaths(era: DbcApiEra) {
  const id = encodeURIComponent;
  return {
    era,
    tasks: '/api/v1/tasks',
    task: (taskId: string) => `/api/v1/tasks/${id(taskId)}`,
    createTask: '/api/v1/tasks/start',
    taskAction: (action: DbcTaskAction | 'logs' | 'modify' | 'passwd', taskId: string) => `/api/v1/tasks/${action}/${id(taskId)}`,
    images: '/api/v1/images',
    imageServers: '/api/v1/images/servers',
    /** Era B names the file in the path (Dec 2021–Feb 2022); era C in `additional.image_filename`. */
    imageDownload: (file: string) => (era === '2022' ? `/api/v1/images/download/${id(file)}` : '/api/v1/images/download'),
    imageDownloadProgress: '/api/v1/images/downloadprogress',
    /** Era B names the file in the path; era C in `additional {image_filename, image_server}`. */
    imageUpload: (file: string) => (era === '2022' ? `/api/v1/images/upload/${id(file)}` : '/api/v1/images/upload'),
    imageUploadProgress: '/api/v1/images/uploadprogress',
    imageStop: (direction: 'upload' | 'download') => `/api/v1/images/${direction}_stop`,
    imageDelete: '/api/v1/images/delete',
  };
}

/**
 * Typed DBC client: one function per endpoint, nothing else. All DBC calls are POST with a JSON body.
 * `era` picks the URL layout: 'current' (0.4.x) or '2022' (the seed documents' paths), docs/providers/dbc.md §1.
 */
export function createDbcClient(http: AxiosInstance, era: DbcApiEra = 'current') {
  const paths = dbcPaths(era);
  async function post<T>(path: string, body: DbcRequest<object>, params?: Record<string, string>): Promise<T> {
    const { data } = await http.post<DbcEnvelope<T>>(path, body, params ? { params } : undefined);
    return data.message;
  }
  /** The body every node call takes: `{peer_nodes_list:[nodeId], additional, ...auth}`. */
  const onNode = <A extends object>(nodeId: string, auth: DbcAuth, additional: A): DbcRequest<A> => ({ peer_nodes_list: [nodeId], additional, ...auth });
  return {
    era,
    /** Nodes the client knows (no auth needed): the cheapest read, used by the connection test. */
    listMiningNodes: () => post<DbcMiningNodeList>('/api/v1/mining_nodes', { peer_nodes_list: [], additional: {} }),
    /** Machine info of one node (no auth needed). */
    getMiningNode: <T>(nodeId: string) => post<T>('/api/v1/mining_nodes', { peer_nodes_list: [nodeId], additional: {} }),
    /** A session id for sharing; needs a wallet or multisig signature, never a session. */
    getSessionId: (nodeId: string, auth: DbcAuth) =>
      post<{ session_id: string }>('/api/v1/mining_nodes/session_id', { peer_nodes_list: [nodeId], additional: {}, ...auth }),

    /** The renter's VMs on one node (`/tasks`). */
    listTasks: (nodeId: string, auth: DbcAuth) => post<DbcTaskSummary[]>(paths.tasks, onNode(nodeId, auth, {})),
    /** One VM with its login and resources (`/tasks/<task_id>`). */
    getTask: (nodeId: string, auth: DbcAuth, taskId: string) => post<DbcTaskDetail>(paths.task(taskId), onNode(nodeId, auth, {})),
    /** Create a VM (`/tasks/start`): every `additional` value is a string; the reply's status is `creating`. */
    createTask: (nodeId: string, auth: DbcAuth, additional: DbcCreateTaskAdditional) => post<DbcCreateTaskReply>(paths.createTask, onNode(nodeId, auth, additional)),
    /** start/wake, shutdown, poweroff, stop, restart (`force` adds `?force_reboot=true`), reset, delete: reply "ok". */
    taskAction: (nodeId: string, auth: DbcAuth, action: DbcTaskAction, taskId: string, options: { force?: boolean } = {}) =>
      post<'ok'>(paths.taskAction(action, taskId), onNode(nodeId, auth, {}), action === 'restart' && options.force ? { force_reboot: 'true' } : undefined),
    /** `/tasks/logs/<task_id>?flag=head|tail&line_num=N`. */
    taskLogs: (nodeId: string, auth: DbcAuth, taskId: string, flag: 'head' | 'tail', lineNum: number) =>
      post<DbcTaskLogs>(paths.taskAction('logs', taskId), onNode(nodeId, auth, {}), { flag, line_num: String(lineNum) }),
    /** `/tasks/modify/<task_id>`: only the fields given change. */
    modifyTask: (nodeId: string, auth: DbcAuth, taskId: string, additional: DbcModifyTaskAdditional) => post<'ok'>(paths.taskAction('modify', taskId), onNode(nodeId, auth, additional)),
    /** `/images/servers` (era C): the image-center servers, e.g. ["ID_1","ID_2"]. */
    imageServers: () => post<DbcImageServers>(paths.imageServers, { peer_nodes_list: [], additional: {} }),
    /** The image center's list: per server in era C (`{image_name, image_size}`), filename strings in era B. */
    listCenterImages: (server?: string) =>
      post<Array<DbcImageEntry | string>>(paths.images, { peer_nodes_list: [], additional: server ? { image_server: server } : {} }),
    /** Copy an image-center file to the node (rsync in the background; the reply is "ok" at once). */
    downloadImage: (nodeId: string, auth: DbcAuth, additional: DbcImageDownloadAdditional) =>
      post<'ok'>(paths.imageDownload(additional.image_filename), onNode(nodeId, auth, era === '2022' ? {} : additional)),
    /** `/images/downloadprogress` (era C): `{status: "downloading"|"done", progress: "42%"}`. */
    imageDownloadProgress: (nodeId: string, auth: DbcAuth, imageFilename: string) =>
      post<DbcTransferProgress>(paths.imageDownloadProgress, onNode(nodeId, auth, { image_filename: imageFilename })),
    /** Copy a node's file to an image server (rsync in the background; "ok" at once). */
    uploadImage: (nodeId: string, auth: DbcAuth, additional: DbcImageUploadAdditional) =>
      post<'ok'>(paths.imageUpload(additional.image_filename), onNode(nodeId, auth, era === '2022' ? {} : additional)),
    /** `/images/uploadprogress` (era C): `{status: "uploading"|"done", progress: "42%"}`. */
    imageUploadProgress: (nodeId: string, auth: DbcAuth, imageFilename: string) =>
      post<DbcTransferProgress>(paths.imageUploadProgress, onNode(nodeId, auth, { image_filename: imageFilename })),
    /** `/images/download_stop` or `/images/upload_stop` (era C): reply "ok". */
    stopImageTransfer: (nodeId: string, auth: DbcAuth, direction: 'upload' | 'download', imageFilename: string) =>
      post<'ok'>(paths.imageStop(direction), onNode(nodeId, auth, { image_filename: imageFilename })),
    /** `/images/delete` `{image_filename}`: removes a file from the node's `/data`. */
    deleteNodeImage: (nodeId: string, auth: DbcAuth, imageFilename: string) => post<'ok'>(paths.imageDelete, onNode(nodeId, auth, { image_filename: imageFilename })),
    /** The node's own image files (`/images` with a node id). */
    listNodeImages: (nodeId: string, auth: DbcAuth) => post<Array<DbcNodeImageEntry | DbcImageEntry | string>>(paths.images, onNode(nodeId, auth, {})),
    /** `/tasks/passwd/<task_id>`: running VMs only. */
    changePassword: (nodeId: string, auth: DbcAuth, taskId: string, additional: DbcPasswdAdditional) => post<'ok'>(paths.taskAction('passwd', taskId), onNode(nodeId, auth, additional)),
  };
}

export type DbcClient = ReturnType<typeof createDbcClient>;
