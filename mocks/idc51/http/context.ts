import type { HttpResponseResolver, PathParams } from 'msw';
import type { EmulatorEnv } from '../../types';
import { checkAuth } from './auth';
import { CODE, errorResponse, isRefusal, refuse, type Refusal } from '../errors';
import { settle } from '../lib/jobs';
import type { BackupResource } from '../rules/operations';
import { ZONES, type Idc51State } from '../state';

/** What the emulator hands to its routes. */
export interface HandlerContext {
  env: EmulatorEnv;
  state(): Idc51State;
  changed(): void;
}

export interface ZoneCall {
  request: Request;
  url: URL;
  params: Record<string, string>;
  action: ActionContext;
}

export type ZoneRoute = (call: ZoneCall) => Response | Promise<Response>;

/** Bare JSON on success (51idc has no envelope), the error envelope on a refusal. */
export function reply(result: unknown, status = 200): Response {
  return isRefusal(result) ? errorResponse(result) : Response.json(result, { status });
}

function stringParams(params: PathParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) out[key] = Array.isArray(value) ? value.join('/') : String(value ?? '');
  return out;
}

/**
 * Every `/v2/zone/{zone}/...` route: settle jobs up to now, check the bearer token, check the zone, run the route.
 * Never throws: an unexpected error becomes the provider's 5000.
 */
export function zoned(ctx: HandlerContext, route: ZoneRoute): HttpResponseResolver {
  return async ({ request, params }) => {
    const now = ctx.env.clock.now();
    const state = ctx.state();
    let dirty = settle(state, now);
    try {
      const auth = checkAuth(state, request, now, {
        strict: ctx.env.strictAuth('idc51'),
        consumeSessionExpired: () => ctx.env.faults.consumeFlag('idc51', 'sessionExpired'),
      });
      if (auth) {
        dirty ||= auth.code === CODE.sessionExpired;
        return errorResponse(auth);
      }
      const named = stringParams(params);
      const zone = named.zone ?? '';
      if (!ZONES[zone]) return errorResponse(refuse.notFound(`zone ${zone}`));
      dirty ||= request.method !== 'GET';
      const action: ActionContext = {
        state,
        zone,
        now,
        scale: ctx.env.timeScale(),
        failHalfway: () => ctx.env.faults.consumeFlag('idc51', 'jobFailsHalfway'),
      };
      return await route({ request, url: new URL(request.url), params: named, action });
    } catch (error) {
      return errorResponse(refuse.internal(error instanceof Error ? error.message : String(error)));
    } finally {
      if (dirty) ctx.changed();
    }
  };
}

export function failOr(result: Refusal | undefined, success: () => Response): Response {
  return result ? errorResponse(result) : success();
}

/** What an action needs besides its parsed input. */
export interface ActionContext {
  state: Idc51State;
  zone: string;
  now: number;
  /** env.timeScale() at the time of the call. */
  scale: number;
  /** Consumes the jobFailsHalfway flag; called only once a job really starts. */
  failHalfway: () => boolean;
}

/** Backups can be taken of instances and volumes of the request's zone. */
export function resolveResource(state: Idc51State, zone: string, id: string): BackupResource | undefined {
  const instance = state.instances.find((i) => i.id === id && i.zone === zone);
  if (instance) return { type: 'instance', record: instance };
  const volume = state.volumes.find((v) => v.id === id && v.zone === zone);
  return volume ? { type: 'volume', record: volume } : undefined;
}

/** A point of the zone that the user can still see (ceased points are gone). */
export function zonePoint(state: Idc51State, zone: string, id: string) {
  return state.snapshots.find((p) => p.id === id && p.zone === zone && p.status !== 'ceased');
}
