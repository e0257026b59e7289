import type { CreateEmulator } from '../types';
import { errorResponse, refuse, CODE } from './errors';
import { idc51Handlers } from './http';
import { buildDataset } from './seed';
import { cloneState, isIdc51State, type Idc51State } from './state';

/**
 * 51idc (Anchnet) v2 volume-backup emulator: OAuth2 token, backups with full/incremental chains, jobs, and the
 * instance/volume/image inventories around them. State is plain data; jobs advance lazily from timestamps.
 */
export const createIdc51Emulator: CreateEmulator = (env) => {
  let state: Idc51State = buildDataset('demo', env.clock.now(), env.timeScale());
  const changed = () => env.changed('idc51');
  return {
    provider: 'idc51',
    handlers: (base) => idc51Handlers(base, { env, state: () => state, changed }),
    reset(dataset) {
      state = buildDataset(dataset, env.clock.now(), env.timeScale());
    },
    snapshot: () => cloneState(state),
    restore(data) {
      if (!isIdc51State(data)) return false;
      state = cloneState(data);
      return true;
    },
    faultResponse: (fault) =>
      errorResponse({
        ...refuse.internal(fault.message ?? 'injected fault'),
        status: fault.status ?? 500,
        code: fault.code ?? CODE.internal,
        ...(fault.message ? { message: fault.message } : {}),
      }),
  };
};
