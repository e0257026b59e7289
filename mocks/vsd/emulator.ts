import { HttpResponse } from 'msw';
import type { CreateEmulator, DatasetName } from '../types';
import { outputFail } from './http/envelope';
import { codeNameOf } from './errors';
import { vsdHandlers } from './http';
import type { VsdContext } from './http/context';
import { settleShutdowns } from './rules/power';
import { seedState } from './seed';
import { cloneState, isVsdState, type VsdState } from './state';

/**
 * The hyper-converged platform ("vsd"): login/api keys, VM inventory and power, and the VM snapshot
 * tree API of seed 003. Stateful; long work (memory images) is derived from timestamps on every read.
 */
export const createVsdEmulator: CreateEmulator = (env) => {
  let state: VsdState = seedState('demo', env.clock.now(), env.timeScale());
  const ctx: VsdContext = {
    env,
    // Time-driven changes are applied lazily, on every read of the state.
    state: () => {
      if (settleShutdowns(state.computes, env.clock.now())) env.changed('vsd');
      return state;
    },
    changed: () => env.changed('vsd'),
    now: () => env.clock.now(),
  };
  return {
    provider: 'vsd',
    handlers: (base) => vsdHandlers(base, ctx),
    reset(dataset: DatasetName) {
      state = seedState(dataset, env.clock.now(), env.timeScale());
    },
    snapshot: () => cloneState(state),
    restore(data: unknown) {
      if (!isVsdState(data)) return false;
      state = cloneState(data);
      return true;
    },
    faultResponse(fault) {
      // A known scode gets its own messages; anything else is reported as the platform's internal error.
      const scode = Number(fault.code ?? NaN);
      const name = (Number.isInteger(scode) ? codeNameOf(scode) : undefined) ?? 'INTERNAL';
      const output = outputFail({ code: name, desc: fault.message ?? 'injected fault' });
      if (Number.isInteger(scode) && scode !== 0) output.scode = scode;
      if (fault.message) output.message = fault.message;
      return HttpResponse.json(output, { status: fault.status ?? 200 });
    },
  };
};
