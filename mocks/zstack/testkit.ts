/** Test helpers: an emulator on a manual clock, called without global interception (msw getResponse). */
import { getResponse } from 'msw';
import { manualClock, type ManualClock } from '../control/clock';
import { createFaultRegistry, type FaultRegistry } from '../control/faults';
import type { EmulatorEnv } from '../types';
import { DEMO_PASSWORD_SHA512 } from './lib/constants';
import { createZStackEmulatorWith, type ZStackEmulatorOptions } from './emulator';

export const BASE = 'http://emu.test/zstack';

export interface Called {
  status: number;
  text: string;
  json: Record<string, unknown> & { error?: { code: string; details?: string; cause?: { code: string } } };
}

export function createHarness(options: ZStackEmulatorOptions & { timeScale?: number; strictAuth?: boolean } = {}) {
  const clock: ManualClock = manualClock();
  const faults: FaultRegistry = createFaultRegistry();
  let changes = 0;
  const settings = { timeScale: options.timeScale ?? 1, strictAuth: options.strictAuth ?? false };
  const env: EmulatorEnv = { clock, faults, timeScale: () => settings.timeScale, strictAuth: () => settings.strictAuth, changed: () => void changes++ };
  const emulator = createZStackEmulatorWith(env, options);
  const handlers = emulator.handlers(BASE);

  async function call(method: string, path: string, init: { body?: unknown; raw?: string; session?: string; headers?: Record<string, string> } = {}): Promise<Called> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.session) headers.Authorization = `OAuth ${init.session}`;
    const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    if (body !== undefined) headers['Content-Type'] ??= 'application/json;charset=UTF-8';
    const response = await getResponse(handlers, new Request(BASE + path, { method, headers, body }));
    if (!response) throw new Error(`no handler for ${method} ${path}`);
    const text = await response.text();
    let json: Called['json'] = {};
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      json = {};
    }
    return { status: response.status, text, json };
  }

  async function login(): Promise<string> {
    const res = await call('PUT', '/zstack/v1/accounts/login', { body: { logInByAccount: { accountName: 'admin', password: DEMO_PASSWORD_SHA512 } } });
    return (res.json.inventory as { uuid: string }).uuid;
  }

  /** Path of the 202's location below the base. */
  const jobPath = (res: Called) => new URL(res.json.location as string).pathname.replace(/^\/zstack/, '');

  return { clock, faults, env, settings, emulator, call, login, jobPath, changes: () => changes };
}
