// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import { DEFAULT_OPTIONS } from './connections/defaults';
import type { Connection } from './connections/types';
import { forgetRuntime, runtimeFor } from './providers/registry';

const NODE = 'a'.repeat(64);

function connectionAt(provider: ProviderId): Connection {
  const options = provider === 'vsd' ? { clusterUuid: 'c1' } : DEFAULT_OPTIONS[provider];
  return { id: `read-${provider}`, provider, name: provider, baseUrl: `http://${provider}.test`, options, origin: 'user' } as Connection;
}

/**
 * The reader's signal reaches every layer (issue 13, defect 8): a read whose page was already left sends nothing.
 * Every request is counted; none should arrive.
 */
describe('reads given an aborted signal never reach the provider', () => {
  let requests = 0;
  const server = setupServer(
    http.all('*', () => {
      requests++;
      return HttpResponse.json({});
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  beforeEach(() => {
    requests = 0;
  });

  for (const provider of PROVIDER_IDS) {
    it(`${provider}: VM list and detail, images, nodes`, async () => {
      const connection = connectionAt(provider);
      // Credentials left empty: requests go out unsigned, so no sign-in request is made first.
      const runtime = runtimeFor(connection, { secrets: () => ({}), nodeIds: () => [NODE] });
      const left = new AbortController();
      left.abort();
      const { signal } = left;
      await expect(runtime.vms.list({ signal })).rejects.toBeDefined();
      await expect(runtime.vms.get('vm-1', { signal })).rejects.toBeDefined();
      if (runtime.images) await expect(runtime.images.list({ signal })).rejects.toBeDefined();
      if (runtime.nodes) await expect(runtime.nodes.get(NODE, { signal })).rejects.toBeDefined();
      expect(requests).toBe(0);
      forgetRuntime(connection.id);
    });
  }
});
