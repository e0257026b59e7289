import { getResponse } from 'msw';
import { manualClock } from '../control/clock';
import { createFaultRegistry } from '../control/faults';
import type { EmulatorEnv } from '../types';
import { createDbcEmulator } from './emulator';
import { buildDemo, DBC_DEMO_RENTER } from './seed';
import type { DbcState, DbcTask } from './state';

/** A DBC emulator on a manual clock, called through MSW's getResponse (no global interception). */
export function setupDbc(options: { timeScale?: number; strict?: boolean } = {}) {
  const clock = manualClock();
  const faults = createFaultRegistry();
  const settings = { timeScale: options.timeScale ?? 1, strict: options.strict ?? false };
  let changes = 0;
  const env: EmulatorEnv = {
    clock,
    faults,
    timeScale: () => settings.timeScale,
    strictAuth: () => settings.strict,
    changed: () => void changes++,
  };
  const emulator = createDbcEmulator(env);
  const base = 'http://emu.test/dbc';
  const handlers = emulator.handlers(base);

  async function call(method: string, path: string, body?: unknown, raw?: string) {
    const init: RequestInit = { method, headers: { 'Content-Type': 'application/json' } };
    if (raw !== undefined) init.body = raw;
    else if (body !== undefined) init.body = JSON.stringify(body);
    const response = await getResponse(handlers, new Request(base + path, init));
    if (!response) throw new Error(`no handler for ${method} ${path}`);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as { errcode: number; message: unknown } };
  }

  return {
    emulator,
    env,
    clock,
    faults,
    settings,
    changes: () => changes,
    call,
    post: (path: string, body?: unknown) => call('POST', path, body),
  };
}

/** A JSON message as tests read it. */
export type Msg = Record<string, unknown>;

/** The demo renter's session pair, as a request body carries it. */
export const DEMO_SESSION = { session_id: DBC_DEMO_RENTER.sessionId, session_id_sign: DBC_DEMO_RENTER.sessionIdSign };

/** A node request: one peer, its `additional`, and auth (the demo session unless told). */
export const nodeBody = (node: string, additional: Record<string, unknown> = {}, auth: Record<string, unknown> = DEMO_SESSION) => ({ peer_nodes_list: [node], additional, ...auth });

/** When rule tests build the demo dataset (the manual clock's default start). */
export const SEED_NOW = Date.UTC(2026, 10, 23, 8, 0, 0);

/** The demo dataset at SEED_NOW, real durations: the state rule tests work on. */
export const demoState = (): DbcState => buildDemo(SEED_NOW, 1);

/** A task of the state by id (the test knows it is there). */
export const taskOf = (state: DbcState, taskId: string): DbcTask => state.tasks.find((t) => t.taskId === taskId)!;
