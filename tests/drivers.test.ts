// @vitest-environment node
import { setupMockServer } from '../mocks/node';
import { parseAppConfig } from '@/domain/connections/config';
import { readFileSync } from 'node:fs';
import type { Connection } from '@/domain/connections/types';
import { probeUnsaved } from '@/domain/providers/registry';
import { vsdPasswordDigest } from '@/domain/providers/vsd';
import { zstackPasswordDigest } from '@/domain/providers/zstack';

const { server, backend } = setupMockServer({ prefix: 'http://localhost/mock' });
// The wrong-URL case goes out for real (to a closed port) and must fail as a network ProviderError.
beforeAll(() => server.listen({ onUnhandledRequest: (request, print) => (request.url.includes('/nope/') ? undefined : print.error()) }));
afterEach(() => backend.env.faults.clear());
afterAll(() => server.close());

const config = parseAppConfig(JSON.parse(readFileSync(new URL('../public/config.json', import.meta.url), 'utf8')));
if (!config.ok) throw new Error('shipped config invalid');
const shipped = config.config.connections.map((entry) => ({
  connection: { ...entry.connection, baseUrl: `http://localhost${entry.connection.baseUrl}` } as Connection,
  secrets: entry.demoCredentials ?? {},
}));

describe('provider drivers: the connection test against each demo emulator', () => {
  it.each(shipped.map((s) => [s.connection.provider, s] as const))('%s answers the probe, with the latency it measured', async (provider, { connection, secrets }) => {
    // Every answer of this provider comes 120 ms late: the probe's latency includes at least that.
    backend.env.faults.add({ provider, latencyMs: 120 });
    const result = await probeUnsaved(connection, secrets);
    // Timers have millisecond granularity: a 120 ms delay may measure 119.x ms.
    expect(result.latencyMs).toBeGreaterThanOrEqual(119);
    expect(Number.isInteger(result.count) && result.count >= 0).toBe(true);
    expect(result.authenticated).toBe(connection.provider !== 'dbc' || Boolean(secrets.sessionId));
  });

  it('a wrong base URL fails with a normalised error, not a crash', async () => {
    const bad = { ...shipped[0]!.connection, baseUrl: 'http://localhost/mock/nope' } as Connection;
    await expect(probeUnsaved(bad, {})).rejects.toMatchObject({ name: 'ProviderError' });
  });
});

describe('password digests', () => {
  it('ZStack sends the SHA-512 hex of the password (the REST manual example for "password")', () => {
    expect(zstackPasswordDigest('password')).toMatch(/^b109f3bb.*cbc86$/);
    expect(zstackPasswordDigest('password')).toHaveLength(128);
  });
  it('vsd sends the lowercase MD5 hex', () => {
    expect(vsdPasswordDigest('password')).toBe('5f4dcc3b5aa765d61d8327deb882cf99');
  });
});
