import type { HttpHandler } from 'msw';
import type { ProviderId } from '../src/api/provider';
import type { Clock } from './control/clock';
import type { FaultRegistry } from './control/faults';

import type { DatasetName } from '../src/api/control/types';

export type { DatasetName };

/** What every emulator is given: time, faults and switches. Never read Date.now() inside rules: use env.clock. */
export interface EmulatorEnv {
  clock: Clock;
  faults: FaultRegistry;
  /** Multiplies every real duration: 1 = as the provider documents it, 0.02 = the demo, ~0 = tests. */
  timeScale(): number;
  /** Strict auth: refuse requests without the provider's auth even where the seed docs show none. */
  strictAuth(provider: ProviderId): boolean;
  /** Called after every state change so the browser demo can persist it (debounced by the caller). */
  changed(provider: ProviderId): void;
}

/** One provider's emulator: state, rules and handlers; created by `create<P>Emulator(env)`. */
export interface Emulator {
  provider: ProviderId;
  /** MSW handlers with every path under `base` (e.g. `*\/mock/dbc` in the browser, `*\/dbc` in the mock server). */
  handlers(base: string): HttpHandler[];
  /** Back to the seeded state of a dataset (deterministic: same seed, same data). */
  reset(dataset: DatasetName): void;
  /** A JSON-serialisable copy of the whole state, and its inverse (false when the data does not fit). */
  snapshot(): unknown;
  restore(data: unknown): boolean;
  /** The provider's own error envelope for an injected fault. */
  faultResponse(fault: { status?: number; code?: string; message?: string }): Response;
}

export type CreateEmulator = (env: EmulatorEnv) => Emulator;
