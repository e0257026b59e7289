/**
 * DeepBrainChain client HTTP API: request and response shapes.
 * Sources: docs/providers/dbc.md §1 (seeds 001, 000; era C = current paths, era B = the seeds' early-2022 paths).
 * Shared with mocks/dbc (types only).
 */

/** Every reply: `{errcode, message}`; message is "ok", an object or an array on success, a string on failure. */
export interface DbcEnvelope<T = unknown> {
  errcode: number;
  message: T;
}

export interface DbcMultisigSign {
  wallet: string;
  nonce: string;
  sign: string;
}

export interface DbcMultisigAccounts {
  wallets: string[];
  /** A string, e.g. "2": the client rejects a number. */
  threshold: string;
  signs: DbcMultisigSign[];
}

/** One of three ways to authenticate (docs/providers/dbc.md §2). */
export interface DbcAuth {
  wallet?: string;
  nonce?: string;
  sign?: string;
  multisig_accounts?: DbcMultisigAccounts;
  session_id?: string;
  session_id_sign?: string;
  rent_order?: string;
}

export interface DbcRequest<A extends object = Record<string, unknown>> extends DbcAuth {
  /** Only element [0] is used: the 64-hex node id. Empty only for node-independent calls. */
  peer_nodes_list: string[];
  additional: A;
}

/** `/mining_nodes` with an empty peer list. */
export interface DbcMiningNodeList {
  mining_nodes: Array<{ node_id: string; name: string; version: string }>;
}

/** Which URL layout the client speaks (docs/providers/dbc.md §1). */
export type DbcApiEra = 'current' | '2022';

/** `/api/v1/` (exact): the client's own version. */
export interface DbcClientVersion {
  client_version: string;
}

/** `/mining_nodes/session_id`. */
export interface DbcSessionIdReply {
  session_id: string;
}

/** Task status strings (docs/providers/dbc.md §4.1): era C, plus era B's own snapshot word; several contain spaces. */
export type DbcTaskStatus =
  | 'closed'
  | 'running'
  | 'pmsuspend'
  | 'creating'
  | 'starting'
  | 'being shutdown'
  | 'being poweroff'
  | 'restarting'
  | 'resetting'
  | 'deleting'
  | 'snapshot creating'
  /** Era B (task_def.cpp) while a snapshot is made; era C says `snapshot creating`. */
  | 'creating snapshot'
  | 'error'
  | 'create error'
  | 'start error'
  | 'shutdown error'
  | 'poweroff error'
  | 'restart error'
  | 'reset error'
  | 'delete error'
  | 'create snapshot error'
  | 'none';

/** One `/tasks` list entry (era C; era B had no desc). */
export interface DbcTaskSummary {
  task_id: string;
  create_time: string;
  desc: string;
  status: DbcTaskStatus;
}

/** `/tasks/start` (create) reply: same shape as a list entry, status "creating". */
export type DbcCreateTaskReply = DbcTaskSummary;

export interface DbcTaskDisk {
  name: string;
  size: string;
  source_file: string;
}

export interface DbcTaskInterface {
  name: string;
  type: string;
  mac_address: string;
}

/** `/tasks/<task_id>` detail (era C). ssh_port only for Linux, rdp_port only for Windows. */
export interface DbcTaskDetail {
  task_id: string;
  os: string;
  ssh_ip: string;
  ssh_port?: string;
  rdp_port?: string;
  user_name: string;
  login_password: string;
  cpu_cores: number;
  gpu_count: number;
  mem_size: string;
  disk_system: string;
  vnc_port: string;
  vnc_password: string;
  network_name?: string;
  create_time: string;
  desc: string;
  status: DbcTaskStatus;
  rent_order?: string;
  local_address?: string[];
  disks: DbcTaskDisk[];
  network_filters?: string[];
  interface: DbcTaskInterface[];
}

/** `/tasks/start` additional: every value a STRING (numbers are ignored by the node). */
export interface DbcCreateTaskAdditional {
  ssh_port?: string;
  rdp_port?: string;
  vnc_port: string;
  image_name: string;
  operation_system?: string;
  bios_mode?: string;
  gpu_count?: string;
  cpu_cores: string;
  mem_size: string;
  disk_size: string;
  desc?: string;
  task_id?: string;
  custom_port?: string[];
  public_ip?: string;
  network_filters?: string[];
}

/** `/tasks/modify/<task_id>` additional. */
export interface DbcModifyTaskAdditional {
  new_ssh_port?: string;
  new_rdp_port?: string;
  new_vnc_port?: string;
  new_custom_port?: string[];
  new_gpu_count?: string;
  new_cpu_cores?: string;
  new_mem_size?: string;
}

/** `/tasks/passwd/<task_id>` additional. */
export interface DbcPasswdAdditional {
  username: string;
  password: string;
}

/** `/tasks/logs/<task_id>?flag=head|tail&line_num=N`. */
export interface DbcTaskLogs {
  task_id: string;
  log_content: string[];
}

/** `/mining_nodes` with one node id (era C): almost every value is a string; ip is masked. */
export interface DbcNodeInfo {
  version: string;
  node_type: string;
  ip: string;
  os: string;
  cpu: { type: string; hz: string; cores: string; used_usage: string; physical_cpus: string };
  gpu: { gpu_count: string; gpu_used: string };
  mem: { size: string; free: string; used_usage: string };
  disk_system: { type: string; size: string };
  disk_data: Array<{ path: string; type: string; size: string; free: string; used_usage: string }>;
  images: DbcImageEntry[];
}

/** Image-center listing entry (era C). */
export interface DbcImageEntry {
  image_name: string;
  image_size: string;
}

/** Node-side image listing entry: the real node emits the key with a stray colon (docs/providers/dbc.md §7). */
export interface DbcNodeImageEntry {
  'image_name:': string;
  image_size: string;
}

/** `/images/servers`. */
export interface DbcImageServers {
  image_server: string[];
}

/** `/images/download` (era C): all three required; `local_dir` is where the node keeps images (`/data`). */
export interface DbcImageDownloadAdditional {
  image_server: string;
  image_filename: string;
  local_dir: string;
}

/** `/images/upload` (era C): from the node's `/data` to one image server. */
export interface DbcImageUploadAdditional {
  image_filename: string;
  image_server: string;
}

/** `/images/downloadprogress` and `/images/uploadprogress`. */
export interface DbcTransferProgress {
  status: 'downloading' | 'uploading' | 'done';
  progress: string;
}

/** Era-C snapshot (`/snapshot/list/<task_id>[/<name>]`); status only once the task has a tracking record. */
export interface DbcSnapshotC {
  snapshot_name: string;
  description: string;
  snapshot_file: string;
  create_time: string;
  status?: 'none' | 'creating' | 'uploading';
}

export interface DbcSnapshotDiskB {
  disk_name: string;
  snapshot_type: string;
  driver_type: string;
  snapshot_file: string;
}

/** Era-B snapshot (`/snapshot/<task_id>` list; detail adds disks). */
export interface DbcSnapshotB {
  snapshot_name: string;
  description: string;
  create_time: string;
  state: string;
  disks?: DbcSnapshotDiskB[];
}

/** Era-B create additional (`/snapshot/<task_id>/create`). */
export interface DbcCreateSnapshotAdditionalB {
  snapshot_name: string;
  description?: string;
  disks?: Array<{ disk_name: string; snapshot_type?: 'external' | 'no' | 'internal'; driver?: string; snapshot_file_name?: string }>;
}

/** Era-B create reply. */
export interface DbcCreateSnapshotReplyB {
  snapshot_name: string;
  description: string;
  status: 'creating';
}

/** Era-C create additional (`/snapshot/create/<task_id>`). */
export interface DbcCreateSnapshotAdditionalC {
  snapshot_name: string;
  desc?: string;
  image_server: string;
}
