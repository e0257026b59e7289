import { getResponse } from 'msw';
import { manualClock } from '../control/clock';
import { createFaultRegistry } from '../control/faults';
import type { EmulatorEnv } from '../types';
import { createDbcEmulator } from './emulator';

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
