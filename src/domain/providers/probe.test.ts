// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import { DEFAULT_OPTIONS } from '@/domain/connections/defaults';
import type { Connection } from '@/domain/connections/types';
import { probeUnsaved } from './registry';

/** A connection of the provider at `baseUrl`, with the secrets each one signs in with. */
function connectionAt(provider: ProviderId, baseUrl: string): Connection {
  const options = provider === 'vsd' ? { clusterUuid: 'c1' } : DEFAULT_OPTIONS[provider];
  return { id: `lab-${provider}`, provider, name: provider, baseUrl, options, origin: 'user' } as Connection;
}
const SECRETS = { password: 'p', clientSecret: 's', apiKey: 'k' };

/**
 * A wrong base URL answers with something other than the provider's API: a web page, or another service's JSON.
 * The connection test must say so ("not a <provider> API at this path"), never fail on a missing field.
 */
describe('the connection test at a base URL that is not the provider’s API', () => {
  const server = setupServer(
    http.all('http://page.test/*', () => HttpResponse.html('<!doctype html><html><body>Welcome</body></html>')),
    http.all('http://missing.test/*', () => HttpResponse.html('<html><body>404 Not Found</body></html>', { status: 404 })),
    http.all('http://other.test/*', () => HttpResponse.json({ status: 'ok', items: [] })),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  for (const provider of PROVIDER_IDS) {
    it(`${provider}: a web page (200 or 404) and foreign JSON are "not a ${provider} API"`, async () => {
      await expect(probeUnsaved(connectionAt(provider, 'http://page.test'), SECRETS)).rejects.toMatchObject({ code: 'NOT_API', httpStatus: 200, provider });
      await expect(probeUnsaved(connectionAt(provider, 'http://missing.test'), SECRETS)).rejects.toMatchObject({ code: 'NOT_API', httpStatus: 404, provider });
      await expect(probeUnsaved(connectionAt(provider, 'http://other.test'), SECRETS)).rejects.toMatchObject({ code: 'NOT_API', provider });
    });
  }
});
