/**
 * Hyper-converged platform ("vsd") HTTP API: request and response shapes.
 * Sources: shared/seeds/003_*; shared/research/idc51_vsd.md part 2. Shared with mocks/vsd (types only).
 */

/** Most endpoints: HTTP 200 with this envelope; `scode` 0 means success. */
export interface VsdOutput<T = unknown> {
  scode: number;
  desc: string;
  message: string;
  message_cn: string;
  stack: string[] | null;
  data: T;
}

/** Batch endpoints (per-volume rollback) wrap this inside Output.data. */
export interface VsdBatchOutput<T = unknown> {
  success: number;
  fail: number;
  results: Array<VsdOutput<T>>;
}

export interface VsdLoginRequest {
  User: string;
  Tenant: string;
  /** Lowercase hex MD5 of the password. */
  Password: string;
}

export interface VsdLoginData {
  Role: string;
  Token: string;
  user_uuid: string;
  user_name: string;
  enable_ldap: boolean;
  Tenant: string;
  system_member_list: { Leader: string; candidates: string[] };
  default_cluster_uuid: string;
}

export interface VsdApiKeyList {
  list: Array<{ uuid: string }>;
  total_count: number;
}

/** The VM list item, a subset of ComputeInspectInfo (idc51_vsd.md §2.6). */
export interface VsdComputeSummary {
  uuid: string;
  name: string;
  state: string;
  cluster_uuid?: string;
  tenant?: string;
  [field: string]: unknown;
}

export interface VsdComputeList {
  domains: VsdComputeSummary[];
  total_count?: number;
}

/** scode 11057: "this management node is not the master, try the next one" (idc51_vsd.md §2.2). */
export const VSD_SCODE_NOT_MASTER = 11057;
