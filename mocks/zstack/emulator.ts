/**
 * ZStack Cloud emulator: the REST layer (docs/providers/zstack.md §2–§5), sessions, async jobs polled at /api-jobs, and the
 * snapshot / image / VM rules. State is plain JSON; time comes from env.clock and durations scale with env.timeScale().
 */
import { http, type HttpHandler } from 'msw';
import type { CreateEmulator, DatasetName, Emulator, EmulatorEnv } from '../types';
import { DEFAULT_SESSION_TIMEOUT_S } from './constants';
import { ERROR_DESCRIPTIONS } from './errors';
import { authRoutes } from './handlers/auth';
import { jsonResponse, textResponse, type Runtime } from './handlers/context';
import { imageRoutes } from './handlers/images';
import { queryRoutes } from './handlers/queries';
import { dispatch, mountPath, type ApiRoute } from './handlers/router';
import { snapshotRoutes } from './handlers/snapshots';
import { templateRoutes } from './handlers/templates';
import { vmRoutes } from './handlers/vms';
import { seedState } from './seed';
import { cloneState, isZStackState, type ZStackState } from './state';

export interface ZStackEmulatorOptions {
  /** identity / session.timeout in seconds (default 7200); tests make it short with a manual clock. */
  sessionTimeoutS?: number;
}

export function allRoutes(): ApiRoute[] {
  return [...authRoutes(), ...queryRoutes(), ...snapshotRoutes(), ...templateRoutes(), ...imageRoutes(), ...vmRoutes()];
}

/** The REST layer's own refusals are plain text; everything else is an ErrorCode in `{error}`. */
function faultResponse(fault: { status?: number; code?: string; message?: string }): Response {
  const status = fault.status ?? 503;
  if (status !== 503 && !fault.code) return textResponse(status, fault.message ?? `HTTP ${status}`);
  const code = fault.code ?? 'SYS.1000';
  return jsonResponse(status, { error: { code, description: ERROR_DESCRIPTIONS[code] ?? 'An operation failed', details: fault.message ?? 'injected fault' } });
}

export function createZStackEmulatorWith(env: EmulatorEnv, options: ZStackEmulatorOptions = {}): Emulator {
  let state: ZStackState = seedState('demo', env.clock.now(), env.timeScale());
  let sessionFlagSeen = false;
  const routes = allRoutes();
  const runtime: Runtime = {
    env,
    state: () => state,
    sessionTimeoutMs: (options.sessionTimeoutS ?? DEFAULT_SESSION_TIMEOUT_S) * 1000,
    changed: () => env.changed('zstack'),
    applySessionFlag(now) {
      const on = env.faults.flags('zstack').sessionExpired === true;
      // Only the sessions alive when the flag is first seen expire, so a fresh login works while it stays on.
      if (on && !sessionFlagSeen) {
        for (const session of state.sessions) session.expiredDate = Math.min(session.expiredDate, now);
        env.changed('zstack');
      }
      sessionFlagSeen = on;
    },
  };
  return {
    provider: 'zstack',
    handlers(base: string): HttpHandler[] {
      const mount = mountPath(base);
      return [http.all(`${base}/*`, ({ request }) => dispatch(routes, runtime, request, mount))];
    },
    reset(dataset: DatasetName) {
      state = seedState(dataset, env.clock.now(), env.timeScale());
      sessionFlagSeen = false;
    },
    snapshot: () => cloneState(state),
    restore(data: unknown) {
      if (!isZStackState(data)) return false;
      state = cloneState(data);
      return true;
    },
    faultResponse,
  };
}

export const createZStackEmulator: CreateEmulator = (env) => createZStackEmulatorWith(env);
