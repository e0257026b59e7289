import { isRefusal, refuse, type Refusal } from '../errors';

/**
 * The request boundary: everything arrives as `unknown` and leaves as typed values or the provider's 1100
 * refusal. Tolerates both doc eras (docs/providers/idc51.md §8): Int or String enums, comma lists or repeated params.
 */

export type Body = Record<string, unknown>;

function parseForm(text: string): Body {
  const body: Body = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const key = rawKey.endsWith('[]') ? rawKey.slice(0, -2) : rawKey;
    const previous = body[key];
    if (rawKey.endsWith('[]') || previous !== undefined) body[key] = [...(Array.isArray(previous) ? previous : previous === undefined ? [] : [previous]), value];
    else body[key] = value;
  }
  return body;
}

/**
 * The docs' curl examples use `--data '<json>'`, which curl sends as x-www-form-urlencoded: the body is read as
 * JSON whatever the Content-Type says, and only falls back to a form when it is not JSON.
 */
export async function readBody(request: Request): Promise<Body | Refusal> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Body;
    return refuse.badParameter('request body must be a JSON object');
  } catch {
    const formLike = (request.headers.get('content-type') ?? '').includes('x-www-form-urlencoded') && !text.trimStart().startsWith('{');
    return formLike ? parseForm(text) : refuse.badParameter('request body is not valid JSON');
  }
}

/** `x=a,b`, `x=a&x=b` and `x[]=a&x[]=b` all give ['a', 'b']; undefined when the parameter is absent. */
export function queryList(params: URLSearchParams, name: string): string[] | undefined {
  const raw = [...params.getAll(name), ...params.getAll(`${name}[]`)];
  if (!raw.length) return undefined;
  return raw.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

export function queryString(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value ? value : undefined;
}

export function queryInt(params: URLSearchParams, name: string, min: number): number | undefined | Refusal {
  const raw = queryString(params, name);
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) return refuse.badParameter(`parameter [${name}] should be an integer, got [${raw}]`);
  const value = Number(raw);
  if (value < min) return refuse.badParameter(`parameter [${name}] should be >= ${min}`);
  return value;
}

/** Pagination shared by the list endpoints; limit is clamped to 100 like QingCloud. */
export function pageOf(params: URLSearchParams, defaultLimit: number): { offset: number; limit: number } | Refusal {
  const offset = queryInt(params, 'offset', 0);
  if (isRefusal(offset)) return offset;
  const limit = queryInt(params, 'limit', 1);
  if (isRefusal(limit)) return limit;
  return { offset: offset ?? 0, limit: Math.min(limit ?? defaultLimit, 100) };
}

export function bodyStringList(body: Body, name: string): string[] | Refusal {
  const value = body[name];
  if (value === undefined || value === null || value === '') return refuse.missing(name);
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
  if (!items || !items.every((item): item is string => typeof item === 'string')) return refuse.badParameter(`parameter [${name}] should be a string array`);
  const ids = [...new Set(items.map((item) => item.trim()).filter(Boolean))];
  return ids.length ? ids : refuse.missing(name);
}

export function bodyString(body: Body, name: string, required: boolean): string | undefined | Refusal {
  const value = body[name];
  if (value === undefined || value === null) return required ? refuse.missing(name) : undefined;
  if (typeof value !== 'string') return refuse.badParameter(`parameter [${name}] should be a string`);
  if (required && !value.trim()) return refuse.missing(name);
  return value;
}

/** snapshot_type: 0 / IS_INCREMENTAL → incremental, 1 / IS_FULL → full. */
export function parseSnapshotType(raw: string): boolean | Refusal {
  if (raw === '1' || raw === 'IS_FULL') return true;
  if (raw === '0' || raw === 'IS_INCREMENTAL') return false;
  return refuse.badParameter(`parameter [snapshot_type] should be IS_INCREMENTAL, IS_FULL, 0 or 1, got [${raw}]`);
}

/** is_full: 1 / IS_FULL forces a full backup; 0 / IS_AUTH (or absent) lets the system decide. IS_AUTO taken as the likely intent of IS_AUTH. */
export function parseIsFull(value: unknown): boolean | Refusal {
  if (value === undefined || value === null || value === '') return false;
  if (value === 1 || value === '1' || value === 'IS_FULL') return true;
  if (value === 0 || value === '0' || value === 'IS_AUTH' || value === 'IS_AUTO') return false;
  return refuse.badParameter(`parameter [is_full] should be IS_FULL, IS_AUTH, 1 or 0, got [${String(value)}]`);
}
