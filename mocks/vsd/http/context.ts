import type { EmulatorEnv } from '../../types';
import { fail } from './envelope';
import { fault, isFault, type VsdFault } from '../errors';
import { computeDesc } from '../rules/power';
import { findCluster, findCompute, findTenant, type ComputeRecord, type UserRecord, type VsdState } from '../state';
import { bodyString, queryString, type JsonObject } from './parse';

/** What every handler gets: the live state, the clock, and how to report a change. */
export interface VsdContext {
  env: EmulatorEnv;
  state(): VsdState;
  /** Records a mutation (persistence in the browser demo). */
  changed(): void;
  now(): number;
}

/** Who is calling: a user (ApiKey or token) or nobody (accepted when strict auth is off). */
export interface Caller {
  user?: UserRecord;
}

/** `apikey`: ApiKey header (or Bearer token) unless strict auth is off; `token`: always needs credentials. */
export type AuthMode = 'none' | 'apikey' | 'token';

/** sessionExpired: credentials issued before the flag was first seen are refused while it stays on. */
function sessionCutoff(ctx: VsdContext): number | undefined {
  const state = ctx.state();
  const expired = ctx.env.faults.flags('vsd').sessionExpired === true;
  if (expired && state.sessionCutoff === undefined) {
    state.sessionCutoff = state.seq;
    ctx.changed();
  } else if (!expired && state.sessionCutoff !== undefined) {
    state.sessionCutoff = undefined;
    ctx.changed();
  }
  return state.sessionCutoff;
}

const bearerOf = (request: Request) => /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1]?.trim();

export function authenticate(ctx: VsdContext, request: Request, mode: AuthMode): Caller | VsdFault {
  if (mode === 'none') return {};
  const state = ctx.state();
  const cutoff = sessionCutoff(ctx);
  const apiKey = request.headers.get('ApiKey')?.trim();
  const token = bearerOf(request);
  const userOf = (uuid: string) => state.users.find((user) => user.uuid === uuid);
  if (apiKey) {
    const key = state.apiKeys.find((k) => k.uuid === apiKey);
    if (!key) return fault('APIKEY_INVALID', `apikey ${apiKey}`);
    if (cutoff !== undefined && key.serial < cutoff) return fault('APIKEY_INVALID', `apikey ${apiKey}: session expired`);
    return { user: userOf(key.userUuid) };
  }
  if (token) {
    const record = state.tokens.find((t) => t.token === token);
    if (!record) return fault('TOKEN_INVALID', 'token not recognised');
    if (cutoff !== undefined && record.serial < cutoff) return fault('TOKEN_INVALID', 'token expired');
    return { user: userOf(record.userUuid) };
  }
  if (mode === 'token' || ctx.env.strictAuth('vsd')) return fault('AUTH_REQUIRED', mode === 'token' ? 'Authorization: Bearer <Token> header missing' : 'ApiKey header missing');
  return {};
}

type Resolver = (info: { request: Request }) => Promise<Response>;
export type RouteHandler = (args: { request: Request; url: URL; caller: Caller }) => Promise<Response> | Response;

/** Authenticates, runs the handler, and turns any unexpected exception into the platform's 10500 (never a crash). */
export function route(ctx: VsdContext, mode: AuthMode, handler: RouteHandler): Resolver {
  return async ({ request }) => {
    const caller = authenticate(ctx, request, mode);
    if (isFault(caller)) return fail(caller);
    try {
      return await handler({ request, url: new URL(request.url), caller });
    } catch (error) {
      return fail(fault('INTERNAL', error instanceof Error ? error.message : String(error)));
    }
  };
}

/** The scope fields that pick one VM (ComputeIdentifier). */
export interface ComputeScope {
  cluster_uuid: string;
  tenant: string;
  compute_uuid: string;
}

export function scopeFromQuery(url: URL): ComputeScope | VsdFault {
  const cluster_uuid = queryString(url, 'cluster_uuid', true);
  if (isFault(cluster_uuid)) return cluster_uuid;
  const compute_uuid = queryString(url, 'compute_uuid', true);
  if (isFault(compute_uuid)) return compute_uuid;
  return { cluster_uuid, compute_uuid, tenant: url.searchParams.get('tenant') ?? '' };
}

export function scopeFromBody(body: JsonObject): ComputeScope | VsdFault {
  const cluster_uuid = bodyString(body, 'cluster_uuid', true);
  if (isFault(cluster_uuid)) return cluster_uuid;
  const tenant = bodyString(body, 'tenant');
  if (isFault(tenant)) return tenant;
  const compute_uuid = bodyString(body, 'compute_uuid', true);
  if (isFault(compute_uuid)) return compute_uuid;
  return { cluster_uuid, tenant, compute_uuid };
}

/** Tenant check: an empty tenant is not checked (seed: 为空时，不做检查); callers see only their own tenant unless admin. */
export function checkTenant(state: VsdState, caller: Caller, tenant: string): VsdFault | undefined {
  if (tenant !== '' && !findTenant(state, tenant)) return fault('TENANT_NOT_FOUND', `tenant ${tenant}`);
  if (tenant !== '' && caller.user && !caller.user.allTenants && findTenant(state, tenant)?.uuid !== caller.user.tenant) return fault('PERMISSION_DENIED', `user ${caller.user.name} may not access tenant ${tenant}`);
  return undefined;
}

export function resolveCompute(state: VsdState, caller: Caller, scope: ComputeScope): ComputeRecord | VsdFault {
  if (!findCluster(state, scope.cluster_uuid)) return fault('CLUSTER_NOT_FOUND', `cluster ${scope.cluster_uuid}`);
  const tenantFault = checkTenant(state, caller, scope.tenant);
  if (tenantFault) return tenantFault;
  const compute = findCompute(state, scope.compute_uuid);
  const tenant = scope.tenant === '' ? undefined : findTenant(state, scope.tenant);
  if (!compute || compute.clusterUuid !== scope.cluster_uuid || (tenant && compute.tenant !== tenant.uuid)) return fault('COMPUTE_NOT_FOUND', `compute ${scope.compute_uuid} in cluster ${scope.cluster_uuid}`);
  if (caller.user && !caller.user.allTenants && compute.tenant !== caller.user.tenant) return fault('PERMISSION_DENIED', `user ${caller.user.name} may not access ${computeDesc(compute)}`);
  return compute;
}

/** Replaces a VM record in place (records are treated as immutable values by the rules). */
export function saveCompute(state: VsdState, next: ComputeRecord): void {
  const index = state.computes.findIndex((compute) => compute.uuid === next.uuid);
  if (index >= 0) state.computes[index] = next;
}
