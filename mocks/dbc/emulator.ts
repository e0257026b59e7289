import type { CreateEmulator } from '../types';
import { cryptoReady } from './lib/crypto';
import { dbcHandlers } from './http';
import { jsonReply } from './http/envelope';
import { createStore } from './http/context';
import { ERR } from './errors';
import { buildDemo, buildLarge } from './seed';
import { cloneState, isDbcState, STATE_VERSION, type DbcState } from './state';

/**
 * DBC client emulator (DeepBrainChain HTTP API, docs/providers/dbc.md): mining nodes, sessions, tasks (VMs), snapshots and
 * images, with real sr25519 auth and time-driven task states. Fidelity: docs/providers/dbc.md §4.5–§9.
 */
export const createDbcEmulator: CreateEmulator = (env) => {
  let state: DbcState = buildDemo(env.clock.now(), env.timeScale());
  const store = createStore(env, () => state);
  void cryptoReady();
  return {
    provider: 'dbc',
    handlers: (base) => dbcHandlers(base, store),
    reset(dataset) {
      state = dataset === 'large' ? buildLarge(env.clock.now(), env.timeScale()) : buildDemo(env.clock.now(), env.timeScale());
    },
    snapshot: () => ({ version: STATE_VERSION, state: cloneState(state) }),
    restore(data) {
      if (typeof data !== 'object' || data === null) return false;
      const saved = data as { version?: unknown; state?: unknown };
      if (saved.version !== STATE_VERSION || !isDbcState(saved.state)) return false;
      state = cloneState(saved.state);
      return true;
    },
    faultResponse(fault) {
      const errcode = fault.code !== undefined && /^-?\d+$/.test(fault.code) ? Number(fault.code) : ERR.timeout;
      const status = fault.status ?? defaultStatus(errcode);
      const message = fault.message ?? (errcode === ERR.timeout ? 'task timeout' : 'injected fault');
      return jsonReply(status, { errcode, message }, status !== 200);
    },
  };
};

/** Where each errcode comes from: client timeouts are 500, client checks 400/404, node errors 200. */
function defaultStatus(errcode: number): number {
  if (errcode === ERR.timeout) return 500;
  if (errcode === ERR.notFound) return 404;
  if (errcode === ERR.invalidParams || errcode === ERR.invalidRequest || errcode === ERR.responseError) return 400;
  return 200;
}
