/**
 * 51idc (Anchnet) v2 REST API, volume backups: request and response shapes.
 * Sources: shared/seeds/002_*; shared/research/idc51_vsd.md part 1; anchnet/api-docs-v2 (instance.md, volume.md,
 * image.md, job.md). Shared with mocks/idc51 (types only).
 * Success bodies are bare (no envelope); errors are HTTP status + `{code, message, detail}`.
 */

export interface Idc51ErrorBody {
  /** QingCloud-style numeric code as a string: 1100 bad parameter, 1200 auth, 1400 wrong state, 2000 session expired, 2100 not found, 5000 internal. */
  code: string;
  message: string;
  detail?: string;
}

export interface Idc51Token {
  token_type: string;
  access_token: string;
  expires_in?: number;
}

export type Idc51JobStatus = 'pending' | 'working' | 'failed' | 'successful' | 'done with failure';

export type Idc51JobAction =
  | 'CreateSnapshots'
  | 'DeleteSnapshots'
  | 'ApplySnapshots'
  | 'CaptureInstanceFromSnapshot'
  | 'CreateVolumeFromSnapshot'
  | 'StartInstances'
  | 'StopInstances'
  | 'RestartInstances'
  | 'RunInstances'
  | 'CreateVolume';

export interface Idc51Job {
  job_id: string;
  id_prefix?: string;
  action: string;
  request_id?: string;
  status: Idc51JobStatus;
  create_time: string;
  begin_time: string;
  finished_time: string;
  /** Error message; empty on success. */
  info: string;
  extra?: string;
  zone?: string;
  resource_ids?: string[];
  error?: { code: string; message: string };
}

/** Job list (the emulator's GET /jobs, ASSUMED: 51idc documents only GET /job/:id). */
export interface Idc51JobList {
  jobs: Idc51Job[];
  total_count: number;
}

/** Seeds send 0/1, the final docs IS_INCREMENTAL/IS_FULL: both are real. */
export type Idc51SnapshotType = 0 | 1 | 'IS_INCREMENTAL' | 'IS_FULL';

export type Idc51SnapshotStatus = 'pending' | 'available' | 'suspended' | 'deleted' | 'ceased';
export type Idc51SnapshotTransition = '' | 'creating' | 'suspending' | 'resuming' | 'deleting' | 'recovering';
export type Idc51ResourceType = 'instance' | 'volume';

export interface Idc51SnapshotResource {
  resource_id: string;
  resource_name: string;
  resource_type: Idc51ResourceType;
}

export interface Idc51Snapshot {
  snapshot_id: string;
  snapshot_name: string | null;
  description: string | null;
  snapshot_type: Idc51SnapshotType;
  status: Idc51SnapshotStatus;
  transition_status: Idc51SnapshotTransition;
  create_time: string;
  status_time: string;
  snapshot_time: string;
  is_taken: 0 | 1;
  is_head: 0 | 1;
  head_chain: number;
  root_id: string;
  /** "self" on a full (root) point. */
  parent_id: string;
  /** MB. */
  size: number;
  total_size: number;
  total_count: number;
  lastest_snapshot_time: string;
  resource?: Idc51SnapshotResource;
}

export interface Idc51SnapshotList {
  snapshots: Idc51Snapshot[];
  total_count: number;
}

export interface Idc51SnapshotQuery {
  snapshots?: string[];
  resource_id?: string;
  snapshot_type?: Idc51SnapshotType;
  status?: string[];
  search_word?: string;
  offset?: number;
  limit?: number;
  root_id?: string;
}

export type Idc51InstanceStatus = 'pending' | 'running' | 'stopped' | 'suspended' | 'terminated' | 'ceased';
export type Idc51InstanceTransition =
  | ''
  | 'creating'
  | 'starting'
  | 'stopping'
  | 'restarting'
  | 'suspending'
  | 'resuming'
  | 'terminating'
  | 'recovering'
  | 'resetting';

export interface Idc51InstanceVolume {
  volume_id: string;
  volume_name: string;
  volume_type: number;
  size: number;
}

/** Item of GET /instances (anchnet/api-docs-v2 instance.md field list). */
export interface Idc51Instance {
  instance_id: string;
  instance_name: string;
  description: string;
  instance_type: number;
  vcpus_current: number;
  /** MB. */
  memory_current: number;
  status: Idc51InstanceStatus;
  transition_status: Idc51InstanceTransition;
  create_time: string;
  status_time: string;
  /** Image id. */
  image: string;
  vxnets: Array<{ vxnet_name: string; vxnet_type: number; vxnet_id: string; nic_id: string; private_ip: string }>;
  eip: { eip_name: string; eip_addr: string; eip_id: string };
  security_group: { security_group_id: string; security_group_name: string; is_default: number };
  volumes: Idc51InstanceVolume[];
  keypair_ids: Array<{ keypair_id: string; keypair_name: string }>;
}

export interface Idc51InstanceList {
  instances: Idc51Instance[];
  total_count: number;
}

export type Idc51VolumeStatus = 'pending' | 'available' | 'in-use' | 'suspended' | 'deleted' | 'ceased';

/** Item of GET /volumes (anchnet/api-docs-v2 volume.md example). */
export interface Idc51Volume {
  volume_id: string;
  volume_name: string;
  description: string;
  /** GB. */
  size: number;
  /** 0 performance, 1/2 capacity, 3 ultra-performance. */
  volume_type: number;
  status: Idc51VolumeStatus;
  transition_status: '' | 'creating' | 'attaching' | 'detaching' | 'suspending' | 'resuming' | 'deleting' | 'recovering';
  create_time: string;
  status_time: string;
  instance: { device: string; instance_id: string; instance_name: string };
}

export interface Idc51VolumeList {
  volumes: Idc51Volume[];
  total_count: number;
}

export type Idc51ImageStatus = 'pending' | 'available' | 'deprecated' | 'suspended' | 'deleted' | 'ceased';

/** Item of GET /images (anchnet/api-docs-v2 image.md field list). */
export interface Idc51Image {
  image_id: string;
  image_name: string;
  description: string;
  status: Idc51ImageStatus;
  transition_status: '' | 'creating' | 'deleting';
  create_time: string;
  status_time: string;
  /** GB. */
  size: number;
  platform: 'linux' | 'windows';
  os_family: string;
  processor_type: '64bit' | '32bit';
  provider: 'system' | 'self';
  visibility: 'public' | 'private';
  default_user: string;
  default_passwd: string;
  recommended_type: string;
}

export interface Idc51ImageList {
  images: Idc51Image[];
  total_count: number;
}
