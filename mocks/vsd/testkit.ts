import { getResponse } from 'msw';
import type { VsdOutput } from '../../src/api/vsd/types';
import { manualClock } from '../control/clock';
import { createFaultRegistry } from '../control/faults';
import type { EmulatorEnv } from '../types';
import { createVsdEmulator } from './emulator';

/** Unit-test harness: the emulator's handlers called without global interception, on a manual clock. */
export const BASE = 'http://emu.test/vsd';

export interface CallOptions {
  query?: Record<string, string | number>;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export function setup(options: { timeScale?: number; strictAuth?: boolean } = {}) {
  const clock = manualClock();
  const faults = createFaultRegistry();
  const settings = { timeScale: options.timeScale ?? 1, strictAuth: options.strictAuth ?? false };
  let changes = 0;
  const env: EmulatorEnv = { clock, faults, timeScale: () => settings.timeScale, strictAuth: () => settings.strictAuth, changed: () => void changes++ };
  const emulator = createVsdEmulator(env);
  const handlers = emulator.handlers(BASE);

  async function call<T = unknown>(method: string, path: string, opts: CallOptions = {}) {
    const url = new URL(BASE + path);
    for (const [key, value] of Object.entries(opts.query ?? {})) url.searchParams.set(key, String(value));
    const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    const request = new Request(url, { method, body, headers: { 'Content-Type': 'application/json', ...opts.headers } });
    const response = await getResponse(handlers, request);
    if (!response) throw new Error(`unhandled ${method} ${path}`);
    return { status: response.status, json: (await response.json()) as VsdOutput<T> };
  }

  return { emulator, clock, faults, settings, call, changes: () => changes };
}

export type Harness = ReturnType<typeof setup>;
