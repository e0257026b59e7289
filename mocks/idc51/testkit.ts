import { getResponse } from 'msw';
import { manualClock, type ManualClock } from '../control/clock';
import { createFaultRegistry, type FaultRegistry } from '../control/faults';
import type { Emulator } from '../types';
import { createIdc51Emulator } from './emulator';

/** Unit-test harness: the emulator's handlers called without global interception, on a manual clock. */
export interface TestRig {
  emulator: Emulator;
  clock: ManualClock;
  faults: FaultRegistry;
  settings: { scale: number; strict: boolean };
  changes: { count: number };
  call<T = unknown>(method: string, path: string, init?: { body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<{ status: number; json: T; text: string }>;
}

export const BASE = 'http://emu.test/idc51';

export function createRig(): TestRig {
  const clock = manualClock();
  const faults = createFaultRegistry();
  const settings = { scale: 1, strict: false };
  const changes = { count: 0 };
  const emulator = createIdc51Emulator({
    clock,
    faults,
    timeScale: () => settings.scale,
    strictAuth: () => settings.strict,
    changed: () => void (changes.count += 1),
  });
  const handlers = emulator.handlers(BASE);
  return {
    emulator,
    clock,
    faults,
    settings,
    changes,
    async call<T>(method: string, path: string, init: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}) {
      const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
      const response = await getResponse(handlers, new Request(BASE + path, { method, body, headers: init.headers }));
      if (!response) throw new Error(`no handler for ${method} ${path}`);
      const text = await response.text();
      return { status: response.status, text, json: (text ? JSON.parse(text) : undefined) as T };
    },
  };
}

export const DEMO_BASIC = `Basic ${btoa('demo-access-id:demo-secret-key')}`;
