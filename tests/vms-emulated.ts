import { readFileSync } from 'node:fs';
import type { ManualClock } from '../mocks/control/clock';
import { setupMockServer } from '../mocks/node';
import type { ProviderId } from '@/api/provider';
import { parseAppConfig } from '@/domain/connections/config';
import { createConnection } from '@/domain/connections/create';
import type { AnySecrets, Connection } from '@/domain/connections/types';
import type { JobCheck, JobSpec } from '@/domain/jobs/types';
import { forgetRuntime, runtimeFor } from '@/domain/providers/registry';
import type { ProviderRuntime } from '@/domain/providers/types';

const MINUTE_MS = 60_000;

/** 1/2000 speed: DBC's 5-15 min create is 150-450 ms of emulated time. */
export const EMULATED_TIME_SCALE = 0.0005;

/** The clock of this test file's emulators (set by emulatedBackend). */
let fileClock: ManualClock | undefined;

/**
 * The emulators in-process on a manual clock at 1/2000 speed, and the shipped demo connections of
 * public/config.json with their demo credentials. Emulated time moves only when a test moves it
 * (`clock.advance`, or `pollToEnd` between polls): a job's outcome never depends on how fast the machine is.
 */
export function emulatedBackend(timeScale = EMULATED_TIME_SCALE) {
  const mock = setupMockServer({ prefix: 'http://localhost/mock', timeScale });
  fileClock = mock.clock;
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  // Seeds are built at a whole minute (ZStack) or second (51idc, vsd) at or before the clock: a reset a few
  // emulated milliseconds after one would start the seed's in-flight jobs that much earlier (80 ms at 1/2000 is
  // 160 s: 51idc's creating instance already running). Each test starts on a whole minute, before its resets.
  beforeEach(() => mock.clock.set(Math.ceil(mock.clock.now() / MINUTE_MS) * MINUTE_MS));
  afterEach(() => mock.server.resetHandlers());
  afterAll(() => mock.server.close());
  return mock;
}

const parsed = parseAppConfig(JSON.parse(readFileSync(new URL('../public/config.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('shipped config invalid');
const shippedConfig = parsed.config;

/** A fresh runtime (no cached session) for the shipped demo connection of `provider`. */
export function demoRuntime(provider: ProviderId, overrides: { nodeIds?: string[]; secrets?: AnySecrets; options?: object } = {}): { connection: Connection; runtime: ProviderRuntime } {
  const entry = shippedConfig.connections.find((c) => c.connection.provider === provider);
  if (!entry) throw new Error(`no shipped ${provider} connection`);
  const created = createConnection({
    ...entry.connection,
    baseUrl: `http://localhost${entry.connection.baseUrl}`,
    options: { ...entry.connection.options, ...overrides.options },
  });
  if (!created.ok) throw new Error(`demo ${provider} connection invalid: ${JSON.stringify(created.problems)}`);
  const { connection } = created;
  forgetRuntime(connection.id);
  const secrets = overrides.secrets ?? entry.demoCredentials ?? {};
  const nodeIds = overrides.nodeIds ?? entry.nodeIds ?? [];
  return { connection, runtime: runtimeFor(connection, { secrets: () => secrets, nodeIds: () => nodeIds }) };
}

/** Every job of an outcome polled to its end (`pollToEnd`); the last check of each. */
export async function finishAll(runtime: ProviderRuntime, jobs: JobSpec[], everyMs: number): Promise<JobCheck[]> {
  const ends: JobCheck[] = [];
  for (const job of jobs) ends.push((await pollToEnd(runtime, job, { everyMs })).at(-1)!);
  return ends;
}

/**
 * Polls checkJob to its end (as the job tracker does), returning every check seen. Between two polls the
 * emulators' clock moves `everyMs` of emulated time forward; no real time is waited for.
 */
export async function pollToEnd(runtime: ProviderRuntime, spec: JobSpec, { everyMs = 40, maxPolls = 200 } = {}): Promise<JobCheck[]> {
  const clock = fileClock;
  if (!clock) throw new Error('pollToEnd needs emulatedBackend() in the test file');
  const seen: JobCheck[] = [];
  for (let i = 0; i < maxPolls; i++) {
    const check = await runtime.checkJob(spec);
    seen.push(check);
    if (check.status !== 'running') return seen;
    clock.advance(everyMs);
  }
  throw new Error(`job still running after ${maxPolls} polls (${maxPolls * everyMs} ms of emulated time): ${JSON.stringify(seen.at(-1))}`);
}
