/** Request context, response shapes and the parameter readers of the emulated REST layer. */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import type { EmulatorEnv } from '../../types';
import { invalidValue } from '../errors';
import { RestError } from '../lib/query';
import type { ZStackState } from '../state';

export interface Runtime {
  env: EmulatorEnv;
  state(): ZStackState;
  sessionTimeoutMs: number;
  changed(): void;
  /** The sessionExpired flag: expires every session that exists when the flag is first seen on. */
  applySessionFlag(now: number): void;
}

export interface RequestCtx {
  rt: Runtime;
  state: ZStackState;
  now: number;
  method: string;
  url: URL;
  /** Decoded path below the mount, e.g. `/zstack/v1/images`. */
  path: string;
  vars: Record<string, string>;
  headers: Headers;
  /** The parsed JSON body of POST/PUT (empty object when there is none). */
  body: Record<string, unknown>;
  /** `OAuth <uuid>` → the uuid (undefined for APIs that skip the credential check). */
  sessionUuid?: string;
  /** Absolute URL prefix of the job poll endpoint (`…/zstack/v1/api-jobs/`). */
  jobUrlBase: string;
}

const TEXT = { 'Content-Type': 'text/plain;charset=UTF-8' };
const JSON_TYPE = { 'Content-Type': 'application/json;charset=UTF-8' };

/** The REST layer's own refusals are plain text. */
export const textResponse = (status: number, text: string) => new Response(text, { status, headers: TEXT });
export const jsonResponse = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: JSON_TYPE });
/** An empty ApiResponse is written as an empty body (RestServer.sendResponse). */
export const emptyResponse = (status: number) => new Response('', { status, headers: JSON_TYPE });
export const errorResponse = (error: ZStackErrorCode) => jsonResponse(503, { error });

/** Gson failing to bind the JSON to the message class ends as a 500 with the exception text. */
function gsonMismatch(expected: string, actual: unknown, path: string): RestError {
  const found = Array.isArray(actual) ? 'BEGIN_ARRAY' : typeof actual === 'object' ? 'BEGIN_OBJECT' : typeof actual === 'number' ? 'NUMBER' : typeof actual === 'boolean' ? 'BOOLEAN' : 'STRING';
  return new RestError(500, `com.google.gson.JsonSyntaxException: java.lang.IllegalStateException: Expected ${expected} but was ${found} at path ${path}`);
}

export type Params = Record<string, unknown>;

/** The API's parameter object (`params` of POST, `<action>` of PUT); absent means every field is null. */
export function paramObject(body: Record<string, unknown>, key: string): Params {
  const value = body[key];
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw gsonMismatch('BEGIN_OBJECT', value, '$');
  return value as Params;
}

/** Gson reads numbers and booleans into String fields as their text. */
export function optString(params: Params, field: string): string | undefined {
  const value = params[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw gsonMismatch('a string', value, `$.${field}`);
}

export function optStringList(params: Params, field: string): string[] | undefined {
  const value = params[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw gsonMismatch('BEGIN_ARRAY', value, `$.${field}`);
  return value.map((item, i) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'number' || typeof item === 'boolean') return String(item);
    throw gsonMismatch('a string', item, `$.${field}[${i}]`);
  });
}

/** TypeVerifier's boolean check (400 plain text). */
export function optBoolean(params: Params, field: string): boolean | undefined {
  const value = params[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw new RestError(400, `Invalid value for boolean field [${field}], [${String(value)}] is not a valid boolean string[true, false].`);
}

/** TypeVerifier's int/long check (400 plain text). */
export function optLong(params: Params, field: string): number | undefined {
  const value = params[field];
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(n) || Math.floor(n) !== n) throw new RestError(400, `[${field}] field is excepted an int or long, but was [${String(value)}].`);
  return n;
}

/** Top-level tags of POST/PUT bodies. */
export function bodyTags(body: Record<string, unknown>, key: 'systemTags' | 'userTags'): string[] | undefined {
  return optStringList(body, key);
}

/** DELETE parameters come from the query string; repeated or indexed (`name.0=`) values make a list. */
export function queryList(url: URL, name: string): string[] | undefined {
  const direct = url.searchParams.getAll(name);
  const indexed = [...url.searchParams.entries()].filter(([key]) => new RegExp(`^${name}\\.\\d+$`).test(key)).map(([, value]) => value);
  const all = [...direct.flatMap((value) => value.split(',')), ...indexed].filter((value) => value !== '');
  return all.length ? all : undefined;
}

export const DELETE_MODES = ['Permissive', 'Enforcing'] as const;
export type DeleteMode = (typeof DELETE_MODES)[number];

/** The `deleteMode` query parameter of a delete API (Permissive when absent), or the argument error naming it. */
export function deleteModeOf(url: URL, api: string): DeleteMode | { error: ZStackErrorCode } {
  const mode = url.searchParams.get('deleteMode') ?? 'Permissive';
  return (DELETE_MODES as readonly string[]).includes(mode) ? (mode as DeleteMode) : { error: invalidValue(api, 'deleteMode', mode, DELETE_MODES) };
}
