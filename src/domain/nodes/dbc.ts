import type { DbcAuth } from '@/api/dbc/types';
import { adaptDbcImages } from '../images/dbc';
import type { DbcContext } from '../providers/dbc';
import { parseSizeString, toNumber } from '../vms/units';
import type { GpuNode, NodeService } from './types';

/**
 * `/api/v1/mining_nodes` with one node id, as it arrives (docs/providers/dbc.md §5): almost every value a string. Era C sends
 * `disk_data` as an array and images as `{image_name, image_size}`; era B one disk object and filename strings.
 * Everything is read defensively: a node running an older client leaves fields out.
 */
type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/** "12.50%" (or 12.5) → 12.5. */
export function parsePercent(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  return match ? Number(match[1]) : undefined;
}

const size = (value: unknown) => parseSizeString(text(value));

function adaptDisk(raw: Loose): GpuNode['disks'][number] {
  const totalBytes = size(raw.size);
  const freeBytes = size(raw.free);
  const usagePercent = parsePercent(raw.used_usage) ?? (totalBytes && freeBytes !== undefined ? ((totalBytes - freeBytes) / totalBytes) * 100 : undefined);
  return { path: text(raw.path), type: text(raw.type), totalBytes, freeBytes, usagePercent };
}

/** The machine info of one node in the provider-neutral shape; `online` because the node itself answered. */
export function dbcNodeInfoToGpuNode(connectionId: string, nodeId: string, message: unknown): GpuNode {
  const info: Loose = isObject(message) ? message : {};
  const cpu: Loose = isObject(info.cpu) ? info.cpu : {};
  const gpu: Loose = isObject(info.gpu) ? info.gpu : {};
  const mem: Loose = isObject(info.mem) ? info.mem : {};
  const dataDisks = Array.isArray(info.disk_data) ? info.disk_data.filter(isObject) : isObject(info.disk_data) ? [info.disk_data] : [];
  const images = adaptDbcImages(info.images);
  return {
    connectionId,
    nodeId,
    version: text(info.version),
    online: true,
    ip: text(info.ip),
    os: text(info.os),
    cpu: { model: text(cpu.type), cores: toNumber(cpu.cores), usagePercent: parsePercent(cpu.used_usage) },
    // VM nodes report no GPU model (only bare-metal nodes send gpu_type, from chain data).
    gpu: { model: text(gpu.gpu_type), count: toNumber(gpu.gpu_count) ?? 0, used: toNumber(gpu.gpu_used) ?? 0 },
    memory: { totalBytes: size(mem.size), freeBytes: size(mem.free), usagePercent: parsePercent(mem.used_usage) },
    disks: dataDisks.map(adaptDisk),
    images,
  };
}

/** DBC renter services over the typed client. Limiting is the caller's (one query per node through the limiter). */
export function createDbcNodeService(ctx: DbcContext): NodeService {
  return {
    async get(nodeId, { signal } = {}) {
      const message = await ctx.readClient(signal).getMiningNode<unknown>(nodeId);
      return dbcNodeInfoToGpuNode(ctx.connection.id, nodeId, message);
    },
    async sessionId(nodeId: string, auth: DbcAuth) {
      // A session cannot fetch a session (docs/providers/dbc.md §2): send the signature block only.
      const { session_id: _s, session_id_sign: _ss, ...signature } = auth;
      const reply = await ctx.client.getSessionId(nodeId, signature);
      if (!reply.session_id) throw new Error('DBC answered without a session_id');
      return reply.session_id;
    },
  };
}
