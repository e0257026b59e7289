import type { EmulatorEnv } from '../../types';
import { DBC_DEMO_RENTER } from '../lib/identities';
import { multisigAddress, verifySignature } from '../lib/crypto';
import type { AuthContext } from '../rules/auth';
import { settleState } from '../rules/lifecycle';
import type { DbcState } from '../state';

/** What the handlers share: the live state, time, switches and the "state changed" hook. */
export interface DbcStore {
  state(): DbcState;
  now(): number;
  scale(): number;
  env: EmulatorEnv;
  /** Marks the state changed (persisted by the browser demo). */
  touch(): void;
  /** Applies finished operations up to now. */
  settle(): void;
  authContext(): AuthContext;
}

export function createStore(env: EmulatorEnv, getState: () => DbcState): DbcStore {
  /** sessionExpired: sessions issued before the flag was first seen are refused while it stays on (as vsd's emulator). */
  const sessionCutoff = (): number | undefined => {
    const state = getState();
    const expired = env.faults.flags('dbc').sessionExpired === true;
    if (expired && state.sessionCutoff === undefined) {
      state.sessionCutoff = state.counter;
      env.changed('dbc');
    } else if (!expired && state.sessionCutoff !== undefined) {
      state.sessionCutoff = undefined;
      env.changed('dbc');
    }
    return state.sessionCutoff;
  };
  const store: DbcStore = {
    state: getState,
    now: () => env.clock.now(),
    scale: () => env.timeScale(),
    env,
    touch: () => env.changed('dbc'),
    settle() {
      if (settleState(getState(), env.clock.now())) store.touch();
    },
    authContext: () => ({
      crypto: { verify: verifySignature, multisigAddress },
      sessionCutoff: sessionCutoff(),
      // The seed documents' "租用者分发的session_id" placeholders stand for the demo renter, in non-strict mode only.
      placeholderWallet: env.strictAuth('dbc') ? undefined : DBC_DEMO_RENTER.address,
    }),
  };
  return store;
}
