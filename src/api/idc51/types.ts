/**
 * 51idc (Anchnet) v2 REST API, volume backups: request and response shapes.
 * Sources: shared/seeds/002_*; shared/research/idc51_vsd.md part 1. Shared with mocks/idc51 (types only).
 * Success bodies are bare (no envelope); errors are HTTP status + `{code, message, detail}`.
 */

export interface Idc51ErrorBody {
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

/** Seeds send 0/1, the final docs IS_INCREMENTAL/IS_FULL: both are real. */
export type Idc51SnapshotType = 0 | 1 | 'IS_INCREMENTAL' | 'IS_FULL';

export interface Idc51Snapshot {
  snapshot_id: string;
  snapshot_name: string | null;
  description: string | null;
  snapshot_type: Idc51SnapshotType;
  status: 'pending' | 'available' | 'suspended' | 'deleted' | 'ceased';
  transition_status: '' | 'creating' | 'suspending' | 'resuming' | 'deleting' | 'recovering';
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
  resource?: { resource_id: string; resource_name: string; resource_type: 'instance' | 'volume' };
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
