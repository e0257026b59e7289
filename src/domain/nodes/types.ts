import type { ReadOptions } from '../read';
import type { DbcAuth } from '@/api/dbc/types';

/** A DBC GPU node as the renter sees it (from `/api/v1/mining_nodes` with one node id). */
export interface GpuNode {
  connectionId: string;
  nodeId: string;
  version?: string;
  online: boolean;
  /** Masked by the client, e.g. `*.168.*.10`. */
  ip?: string;
  os?: string;
  cpu: { model?: string; cores?: number; usagePercent?: number };
  gpu: { model?: string; count: number; used: number };
  memory: { totalBytes?: number; freeBytes?: number; usagePercent?: number };
  disks: Array<{ path?: string; type?: string; totalBytes?: number; freeBytes?: number; usagePercent?: number }>;
  images: Array<{ name: string; sizeBytes?: number }>;
}

/** A DBC node id: 64 lowercase hex characters. */
export const NODE_ID_PATTERN = /^[0-9a-f]{64}$/;

/** Node ids a renter pastes: split on whitespace, commas or semicolons; each must be 64 lowercase hex. */
export function parseNodeIds(text: string): { valid: string[]; invalid: string[] } {
  const tokens = text.split(/[\s,;]+/).map((t) => t.trim()).filter(Boolean);
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (NODE_ID_PATTERN.test(lower)) {
      if (!valid.includes(lower)) valid.push(lower);
    } else invalid.push(token);
  }
  return { valid, invalid };
}

/** DBC renter services: node info and the session id to share. */
export interface NodeService {
  get(nodeId: string, options?: ReadOptions): Promise<GpuNode>;
  /** Needs a wallet or multisig signature (never a session). */
  sessionId(nodeId: string, auth: DbcAuth): Promise<string>;
}
