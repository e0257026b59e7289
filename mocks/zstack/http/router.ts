/**
 * The emulated RestServer: path → API group, PUT actions chosen by the body key, plain-text 400/404/405/500
 * for the REST layer's own refusals, the credential check, and job polling.
 */
import { pollJob, settle } from '../lib/jobs';
import { QueryFailure, RestError } from '../lib/query';
import { emptyResponse, errorResponse, jsonResponse, textResponse, type RequestCtx, type Runtime } from './context';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiRoute {
  api: string;
  method: HttpMethod;
  /** Below /zstack/v1, with `{var}` segments. */
  path: string;
  /** PUT actions: the body key that selects this API. */
  action?: string;
  /** @SuppressCredentialCheck APIs (login, logout, validate session). */
  noAuth?: boolean;
  handle(ctx: RequestCtx): Response;
}

interface Match {
  pattern: string;
  vars: Record<string, string>;
  literals: number;
}

function matchPath(pattern: string, path: string): Match | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const vars: Record<string, string> = {};
  let literals = 0;
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith('{')) vars[w.slice(1, -1)] = g;
    else if (w === g) literals++;
    else return undefined;
  }
  return { pattern: pattern.replace(/\{[^}]+\}/g, '{}'), vars, literals };
}

/** Gson's reading of the body: malformed JSON or a non-object is an exception (500). */
function parseBody(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RestError(500, `com.google.gson.JsonSyntaxException: com.google.gson.stream.MalformedJsonException: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RestError(500, `com.google.gson.JsonSyntaxException: java.lang.IllegalStateException: Expected BEGIN_OBJECT but was ${Array.isArray(value) ? 'BEGIN_ARRAY' : 'STRING'} at path $`);
  }
  return value as Record<string, unknown>;
}

/** `Authorization: OAuth <session uuid>`; the uuid itself is checked later by the API pipeline. */
function sessionFromHeader(headers: Headers): string {
  const auth = headers.get('Authorization');
  if (auth === null) throw new RestError(400, "missing header 'Authorization'");
  const trimmed = auth.trim();
  if (!trimmed.startsWith('OAuth')) throw new RestError(400, "Authorization type must be 'OAuth'");
  return trimmed.replace('OAuth', '').trim();
}

function handleJobPoll(rt: Runtime, request: Request, uuid: string, now: number): Response {
  if (request.method !== 'GET') return textResponse(405, 'only GET method is allowed for querying job status');
  // The real job endpoint checks no credential; strict auth (an emulator switch) asks for the header anyway.
  if (rt.env.strictAuth('zstack')) sessionFromHeader(request.headers);
  const result = pollJob(rt.state(), uuid, now);
  if (result.kind === 'expired') return textResponse(404, 'the job has been expired');
  if (result.kind === 'running') return emptyResponse(202);
  const { status, body } = result.outcome;
  return body ? jsonResponse(status, body) : emptyResponse(status);
}

/** Where `/zstack/...` starts in the request path, given the handlers' base (`*\/mock/zstack`, `http://x/zstack`). */
export function mountPath(base: string): string {
  if (/^https?:\/\//.test(base)) return new URL(base).pathname.replace(/\/+$/, '');
  return base.replace(/^\*/, '').replace(/\/+$/, '');
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export async function dispatch(routes: ApiRoute[], rt: Runtime, request: Request, mount: string): Promise<Response> {
  const url = new URL(request.url);
  const at = url.pathname.indexOf(mount);
  const prefix = url.pathname.slice(0, at + mount.length);
  const rel = decodePath(url.pathname.slice(at + mount.length));
  if (!rel.startsWith('/zstack/')) return textResponse(404, `no api mapping to ${rel}`);
  const v1Path = rel.slice('/zstack'.length);
  const now = rt.env.clock.now();
  const state = rt.state();
  if (settle(state, now)) rt.changed();
  try {
    const job = /^\/v1\/api-jobs\/([^/]+)$/.exec(v1Path);
    if (job) return handleJobPoll(rt, request, job[1] as string, now);
    if (!v1Path.startsWith('/v1/')) return textResponse(404, `no api mapping to ${v1Path}`);
    const below = v1Path.slice('/v1'.length);
    const matches = routes.map((route) => ({ route, match: matchPath(route.path, below) })).filter((m) => m.match);
    if (!matches.length) return textResponse(404, `no api mapping to ${v1Path}`);
    const best = Math.max(...matches.map((m) => m.match?.literals ?? 0));
    const group = matches.filter((m) => m.match?.literals === best);
    const method = request.method.toUpperCase();
    const hasBody = method === 'POST' || method === 'PUT';
    const body = hasBody ? parseBody(await request.text()) : {};
    const actions = group.filter((m) => m.route.method === 'PUT' && m.route.action);
    const chosen = method === 'PUT' && actions.length ? actions.find((m) => m.route.action && m.route.action in body) : group.find((m) => m.route.method === method);
    if (!chosen) {
      if (method === 'PUT' && actions.length) throw new RestError(400, `the body doesn't contain action mapping to the URL[${v1Path}]`);
      return textResponse(405, `The method[${method}] is not allowed for the path[${rel}]`);
    }
    const sessionUuid = chosen.route.noAuth ? undefined : sessionFromHeader(request.headers);
    const ctx: RequestCtx = {
      rt,
      state,
      now,
      method,
      url,
      path: rel,
      vars: chosen.match?.vars ?? {},
      headers: request.headers,
      body,
      sessionUuid,
      jobUrlBase: `${url.origin}${prefix}/zstack/v1/api-jobs/`,
    };
    return chosen.route.handle(ctx);
  } catch (error) {
    if (error instanceof RestError) return textResponse(error.status, error.message);
    if (error instanceof QueryFailure) return errorResponse(error.error);
    throw error;
  }
}
