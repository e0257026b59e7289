/**
 * Contract suite harness. One target for all checks of a provider:
 * - in-process emulator (default): MSW in this process, control through the backend object;
 * - `mock-server`: `npm run mock-server`'s code on a free port (started by globalSetup), control over HTTP;
 * - a URL (may hold `{provider}`): a real endpoint; read-only unless CONTRACT_ALLOW_MUTATIONS=1.
 */
import { afterAll, afterEach, beforeAll, inject, vi } from 'vitest';
import type { ProviderId } from '../src/api/provider';
import type { FaultRule, ProviderFlags } from '../mocks/control/faults';
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
  /**
   * Lets `ms` of time pass: on an emulated target its manual clock moves forward at once (emulated durations are
   * scaled by CONTRACT_TIME_SCALE); on a real target it waits that long.
   */
  elapse(ms: number): Promise<void>;
  /**
   * Reads until `done(value)`, letting `stepMs` pass (elapse) between two reads; returns every value read, in order.
   * Emulated targets: at most `maxReads` reads, so the outcome depends on the clock steps only, never on how fast
   * the machine is. Real targets: vi.waitFor for up to `timeoutMs` of real time.
   */
  until<T>(read: () => Promise<T>, done: (value: T) => boolean, options?: UntilOptions): Promise<T[]>;
}

export interface UntilOptions {
  /** Time between two reads; 20 ms by default (40 s of provider time at CONTRACT_TIME_SCALE). */
  stepMs?: number;
  /** Emulated targets: reads before giving up (1000 by default). */
  maxReads?: number;
  /** Real targets: real time before giving up (15 s by default). */
  timeoutMs?: number;
}

const MINUTE_MS = 60_000;

/** Scale for emulated runs: a 10-minute operation is 300 ms of emulated time, a few clock steps. */
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
  // Emulated time on a manual clock (the mock server's is moved over the channel global-setup opens): checks poll
  // async flows to their end as against a real provider, stepping the clock between polls instead of waiting.
  const mock = inProcess ? setupMockServer({ timeScale: CONTRACT_TIME_SCALE }) : undefined;
  const clockChannel = emulatedServer ? (inject('contractClock') as string | undefined) || '' : '';
  if (emulatedServer && !clockChannel) throw new Error('the mock-server target needs the clock channel of contract/global-setup.ts');

  if (mock) {
    beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
    afterEach(() => mock.backend.env.faults.clear());
    afterAll(() => mock.server.close());
  }

  async function controlCall(path: string, method: string, body?: unknown) {
    const res = await fetch(controlBase + path, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`control ${path}: ${res.status} ${await res.text()}`);
  }

  /**
   * Seeds are built at a whole minute (ZStack) or second (51idc, vsd) at or before the clock: a reset a few emulated
   * ms past one would start the seed's in-flight jobs that much earlier (20 ms at CONTRACT_TIME_SCALE is 40 s), so
   * every reset happens on a whole minute.
   */
  async function alignClock(): Promise<void> {
    if (mock) return mock.clock.set(Math.ceil(mock.clock.now() / MINUTE_MS) * MINUTE_MS);
    if (!clockChannel) return;
    const res = await fetch(`${clockChannel}/align?ms=${MINUTE_MS}`, { method: 'POST' });
    if (!res.ok) throw new Error(`clock align: ${res.status} ${await res.text()}`);
  }

  const control: EmulatorControl = mock
    ? {
        addFault: async (rule) => void mock.backend.env.faults.add({ ...rule, provider }),
        setFlags: async (flags) => mock.backend.env.faults.setFlags(provider, flags),
        reset: async (dataset) => {
          await alignClock();
          mock.backend.reset(dataset, provider);
        },
        setTimeScale: async (scale) => void (mock.backend.settings.timeScale = scale),
        setStrictAuth: async (strict) => void (mock.backend.settings.strictAuth = strict),
        clearFaults: async () => mock.backend.env.faults.clear(provider),
      }
    : {
        addFault: (rule) => controlCall('/faults', 'POST', { ...rule, provider }),
        setFlags: (flags) => controlCall('/flags', 'POST', { ...flags, provider }),
        reset: async (dataset) => {
          await alignClock();
          await controlCall('/reset', 'POST', { dataset, provider });
        },
        setTimeScale: (timeScale) => controlCall('/settings', 'POST', { timeScale }),
        setStrictAuth: (strictAuth) => controlCall('/settings', 'POST', { strictAuth }),
        clearFaults: () => controlCall(`/faults?provider=${provider}`, 'DELETE'),
      };

  async function elapse(ms: number): Promise<void> {
    if (mock) return mock.clock.advance(ms);
    if (clockChannel) {
      const res = await fetch(`${clockChannel}/advance?ms=${ms}`, { method: 'POST' });
      if (!res.ok) throw new Error(`clock advance: ${res.status} ${await res.text()}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, options: UntilOptions = {}): Promise<T[]> {
    const { stepMs = 20, maxReads = 1000, timeoutMs = 15_000 } = options;
    const seen: T[] = [];
    if (mock || clockChannel) {
      for (let i = 0; i < maxReads; i++) {
        const value = await read();
        seen.push(value);
        if (done(value)) return seen;
        await elapse(stepMs);
      }
      throw new Error(`not done after ${maxReads} reads ${stepMs} ms apart (emulated time); last: ${JSON.stringify(seen.at(-1))}`);
    }
    await vi.waitFor(
      async () => {
        const value = await read();
        seen.push(value);
        if (!done(value)) throw new Error(`not done after ${seen.length} reads; last: ${JSON.stringify(value)}`);
      },
      { timeout: timeoutMs, interval: stepMs },
    );
    return seen;
  }

  return {
    provider,
    base,
    emulated: inProcess || emulatedServer,
    allowMutations,
    control,
    elapse,
    until,
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
