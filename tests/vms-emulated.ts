import { readFileSync } from 'node:fs';
import { systemClock } from '../mocks/control/clock';
import { setupMockServer } from '../mocks/node';
import type { ProviderId } from '@/api/provider';
import { parseAppConfig } from '@/domain/connections/config';
import { createConnection } from '@/domain/connections/create';
import type { AnySecrets, Connection } from '@/domain/connections/types';
import type { JobCheck, JobSpec } from '@/domain/jobs/types';
import { forgetRuntime, runtimeFor } from '@/domain/providers/registry';
import type { ProviderRuntime } from '@/domain/providers/types';

/**
 * The emulators in-process on real time at 1/2000 speed (DBC's 5-15 min create takes under half a second),
 * and the shipped demo connections of public/config.json with their demo credentials.
 */
export function emulatedBackend() {
  const mock = setupMockServer({ prefix: 'http://localhost/mock', timeScale: 0.0005, clock: systemClock });
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
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

/** Polls checkJob to its end (as the job tracker does), returning every check seen. */
export async function pollToEnd(runtime: ProviderRuntime, spec: JobSpec, { everyMs = 40, maxPolls = 200 } = {}): Promise<JobCheck[]> {
  const seen: JobCheck[] = [];
  for (let i = 0; i < maxPolls; i++) {
    const check = await runtime.checkJob(spec);
    seen.push(check);
    if (check.status !== 'running') return seen;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`job still running after ${maxPolls} polls: ${JSON.stringify(seen.at(-1))}`);
}
