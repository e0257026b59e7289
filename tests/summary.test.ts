// @vitest-environment node
import { readFileSync } from 'node:fs';
import { parseAppConfig } from '@/domain/connections/config';
import type { Connection } from '@/domain/connections/types';
import { runtimeFor } from '@/domain/providers/registry';
import { setupMockServer } from '../mocks/node';

const { server } = setupMockServer({ prefix: 'http://localhost/mock' });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const config = parseAppConfig(JSON.parse(readFileSync(new URL('../public/config.json', import.meta.url), 'utf8')));
if (!config.ok) throw new Error('shipped config invalid');
const demo = (provider: Connection['provider']) => {
  const entry = config.config.connections.find((c) => c.connection.provider === provider)!;
  const connection = { ...entry.connection, id: `summary-${provider}`, baseUrl: `http://localhost${entry.connection.baseUrl}` } as Connection;
  return runtimeFor(connection, { secrets: () => entry.demoCredentials ?? {}, nodeIds: () => entry.nodeIds ?? [] });
};

describe('overview counts (runtime.summary) against the demo emulators', () => {
  it('ZStack counts snapshots and images with count=true', async () => {
    const summary = await demo('zstack').summary();
    expect(summary.snapshots).toBeGreaterThan(5);
    expect(summary.images).toBeGreaterThan(0);
  });

  it('51idc counts backups and images of the zone', async () => {
    const summary = await demo('idc51').summary();
    expect(summary.snapshots).toBeGreaterThan(10);
    // The demo seed's ac1 images: 4 system images (one deprecated, still listed) and the 2 captured in ac1.
    expect(summary.images).toBe(6);
  });

  it('vsd sums the snapshots of every VM and has no image count', async () => {
    const summary = await demo('vsd').summary();
    expect(summary.snapshots).toBeGreaterThan(40);
    expect(summary.images).toBeUndefined();
  });

  it('DBC counts the image center and does not count snapshots (they live per VM)', async () => {
    const summary = await demo('dbc').summary();
    expect(summary.images).toBeGreaterThan(0);
    expect(summary.snapshots).toBeUndefined();
  });
});
