/**
 * Contract suite harness. One target for all checks of a provider:
 * - in-process emulator (default): MSW in this process, control through the backend object;
 * - `mock-server`: `npm run mock-server`'s code on a free port (started by globalSetup), control over HTTP;
 * - a URL (may hold `{provider}`): a real endpoint; read-only unless CONTRACT_ALLOW_MUTATIONS=1.
 */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { ProviderId } from '../src/api/provider';
import type { FaultRule, ProviderFlags } from '../mocks/control/faults';
import { systemClock } from '../mocks/control/clock';
import { setupMockServer } from '../mocks/node';
import type { DatasetName } from '../mocks/types';

export interface ContractResponse<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is not JSON. */
  json: T;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | Array<string | number>>;
  body?: unknown;
  /** Sent as-is (for malformed-body checks). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface EmulatorControl {
  addFault(rule: Omit<FaultRule, 'id' | 'provider'>): Promise<void>;
  setFlags(flags: ProviderFlags): Promise<void>;
  reset(dataset?: DatasetName): Promise<void>;
  setTimeScale(scale: number): Promise<void>;
  setStrictAuth(strict: boolean): Promise<void>;
  clearFaults(): Promise<void>;
}

export interface ContractTarget {
  provider: ProviderId;
  base: string;
  /** True for the emulators (in-process or mock server): fault and state checks can run. */
  emulated: boolean;
  allowMutations: boolean;
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<ContractResponse<T>>;
  /** Only on emulated targets. */
  control: EmulatorControl;
  /** Waits for real (or scaled) time; the emulators in contract runs use a tiny time scale. */
  sleep(ms: number): Promise<void>;
}

/** Scale for emulated runs: long operations finish in milliseconds but still pass through their states. */
export const CONTRACT_TIME_SCALE = 0.0005;

function buildUrl(base: string, path: string, query?: RequestOptions['query']): string {
  const url = new URL(base + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, String(item));
    else url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** Call at the top of a provider's contract file; returns the target once beforeAll has run. */
export function contractTarget(provider: ProviderId): ContractTarget {
  const configured = (inject('contractTarget') as string | undefined) || process.env.CONTRACT_TARGET || '';
  const inProcess = configured === '';
  const emulatedServer = !inProcess && (inject('contractEmulated') as boolean | undefined) === true;
  const allowMutations = inProcess || emulatedServer || process.env.CONTRACT_ALLOW_MUTATIONS === '1';
  const base = inProcess ? `http://emulator.test/mock/${provider}` : configured.replace('{provider}', provider).replace(/\/+$/, '');
  const controlBase = inProcess ? '' : new URL(base).origin + '/__control';
  // Real time (scaled down): contract checks poll async flows to their end, as against a real provider.
  const mock = inProcess ? setupMockServer({ timeScale: CONTRACT_TIME_SCALE, clock: systemClock }) : undefined;

  if (mock) {
    beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
    afterEach(() => mock.backend.env.faults.clear());
    afterAll(() => mock.server.close());
  }

  async function controlCall(path: string, method: string, body?: unknown) {
    const res = await fetch(controlBase + path, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`control ${path}: ${res.status} ${await res.text()}`);
  }

  const control: EmulatorControl = mock
    ? {
        addFault: async (rule) => void mock.backend.env.faults.add({ ...rule, provider }),
        setFlags: async (flags) => mock.backend.env.faults.setFlags(provider, flags),
        reset: async (dataset) => mock.backend.reset(dataset, provider),
        setTimeScale: async (scale) => void (mock.backend.settings.timeScale = scale),
        setStrictAuth: async (strict) => void (mock.backend.settings.strictAuth = strict),
        clearFaults: async () => mock.backend.env.faults.clear(provider),
      }
    : {
        addFault: (rule) => controlCall('/faults', 'POST', { ...rule, provider }),
        setFlags: (flags) => controlCall('/flags', 'POST', { ...flags, provider }),
        reset: (dataset) => controlCall('/reset', 'POST', { dataset, provider }),
        setTimeScale: (timeScale) => controlCall('/settings', 'POST', { timeScale }),
        setStrictAuth: (strictAuth) => controlCall('/settings', 'POST', { strictAuth }),
        clearFaults: () => controlCall(`/faults?provider=${provider}`, 'DELETE'),
      };

  return {
    provider,
    base,
    emulated: inProcess || emulatedServer,
    allowMutations,
    control,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    async request<T>(method: string, path: string, options: RequestOptions = {}) {
      const headers: Record<string, string> = { ...options.headers };
      let body: string | undefined = options.rawBody;
      if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['Content-Type'] ??= 'application/json';
      }
      const res = await fetch(buildUrl(base, path, options.query), { method, headers, body });
      const text = await res.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return { status: res.status, headers: res.headers, text, json: json as T };
    },
  };
}
