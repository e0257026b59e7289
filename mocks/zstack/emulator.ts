/**
 * ZStack Cloud emulator: the REST layer (docs/providers/zstack.md §2–§5), sessions, async jobs polled at /api-jobs, and the
 * snapshot / image / VM rules. State is plain JSON; time comes from env.clock and durations scale with env.timeScale().
 */
import type { HttpHandler } from 'msw';
import type { CreateEmulator, DatasetName, Emulator, EmulatorEnv } from '../types';
import { DEFAULT_SESSION_TIMEOUT_S } from './lib/constants';
import { ERROR_DESCRIPTIONS } from './errors';
import { zstackHandlers, type Runtime } from './http';
import { jsonResponse, textResponse } from './http/context';
import { seedState } from './seed';
import { cloneState, isZStackState, type ZStackState } from './state';

export interface ZStackEmulatorOptions {
  /** identity / session.timeout in seconds (default 7200); tests make it short with a manual clock. */
  sessionTimeoutS?: number;
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
    handlers: (base: string): HttpHandler[] => zstackHandlers(base, runtime),
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
