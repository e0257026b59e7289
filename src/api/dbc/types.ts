/**
 * DeepBrainChain client HTTP API: request and response shapes.
 * Sources: shared/seeds/001_*, 000_*; shared/research/dbc.md (era C = current paths, era B = the seeds' early-2022 paths).
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

/** One of three ways to authenticate (dbc.md §2). */
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

/** Which URL layout the client speaks (dbc.md §0). */
export type DbcApiEra = 'current' | '2022';

export const DBC_NODE_ID_PATTERN = /^[0-9a-f]{64}$/;
