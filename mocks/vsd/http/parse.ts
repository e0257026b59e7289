import { fault, type VsdFault } from '../errors';

/** Request parsing as the platform's Go binding does it: every bad input gets its own scode. */

export type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON body: empty = {} (then required fields report missing), invalid JSON = 10001, not an object = 10003. */
export async function readBody(request: Request): Promise<JsonObject | VsdFault> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fault('INVALID_JSON', error instanceof Error ? error.message : 'invalid character in request body');
  }
  return isObject(parsed) ? parsed : fault('PARAM_INVALID', 'request body must be a JSON object');
}

/** A string field: absent/null is "" (or 10002 when required and empty), another type is 10003. */
export function bodyString(body: JsonObject, key: string, required = false): string | VsdFault {
  const value = body[key];
  if (value === undefined || value === null) return required ? fault('PARAM_MISSING', key) : '';
  if (typeof value !== 'string') return fault('PARAM_INVALID', `${key}: cannot unmarshal ${typeOf(value)} into string`);
  if (required && value === '') return fault('PARAM_MISSING', key);
  return value;
}

export function bodyBool(body: JsonObject, key: string): boolean | VsdFault {
  const value = body[key];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') return fault('PARAM_INVALID', `${key}: cannot unmarshal ${typeOf(value)} into bool`);
  return value;
}

export function bodyArray(body: JsonObject, key: string): unknown[] | VsdFault {
  const value = body[key];
  if (value === undefined || value === null) return fault('PARAM_MISSING', key);
  if (!Array.isArray(value)) return fault('PARAM_INVALID', `${key}: cannot unmarshal ${typeOf(value)} into array`);
  if (value.length === 0) return fault('PARAM_MISSING', `${key}: empty list`);
  return value;
}

export const asObject = (value: unknown, key: string): JsonObject | VsdFault => (isObject(value) ? value : fault('PARAM_INVALID', `${key}: cannot unmarshal ${typeOf(value)} into object`));

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

export function queryString(url: URL, key: string, required = false): string | VsdFault {
  const value = url.searchParams.get(key) ?? '';
  return required && value === '' ? fault('PARAM_MISSING', key) : value;
}

/** An integer query parameter under any of its names (page_number and page_num both occur). */
export function queryInt(url: URL, keys: string[]): number | undefined | VsdFault {
  for (const key of keys) {
    const raw = url.searchParams.get(key);
    if (raw === null || raw === '') continue;
    if (!/^-?\d+$/.test(raw)) return fault('PARAM_INVALID', `${key}: ${raw} is not an integer`);
    return Number(raw);
  }
  return undefined;
}

/** PagingParam: 0-based page number; page_size <= 0 means no paging (seed example sends 0). */
export function paging(url: URL): { page: number; size: number } | VsdFault {
  const page = queryInt(url, ['page_number', 'page_num']);
  if (typeof page === 'object') return page;
  const size = queryInt(url, ['page_size']);
  if (typeof size === 'object') return size;
  if (page !== undefined && page < 0) return fault('PARAM_INVALID', `page_number: ${page} is negative`);
  return { page: page ?? 0, size: size ?? 0 };
}

export function pageOf<T>(items: T[], { page, size }: { page: number; size: number }): T[] {
  return size <= 0 ? items : items.slice(page * size, page * size + size);
}
