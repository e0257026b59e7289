import { createHttp } from '@/api/http';
import { createIdc51Client } from '@/api/idc51/client';
import { idc51Protocol } from '@/api/idc51/protocol';
import type { Idc51Token } from '@/api/idc51/types';
import { timed, type ProviderDriver } from './types';

export const idc51Driver: ProviderDriver<'idc51'> = {
  provider: 'idc51',
  createRuntime(connection, secrets) {
    let token: Idc51Token | undefined;
    const http = createHttp(idc51Protocol, {
      baseUrl: connection.baseUrl,
      headers: (): Record<string, string> => (token ? { Authorization: `${token.token_type} ${token.access_token}` } : {}),
    });
    const client = createIdc51Client(http);
    /** Client-credentials token when an id and secret are set; without them the request goes out unsigned. */
    async function ensureToken(): Promise<boolean> {
      const { clientSecret } = secrets();
      if (token) return true;
      if (!connection.options.clientId || !clientSecret) return false;
      token = await client.fetchToken(connection.options.clientId, clientSecret);
      return true;
    }
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => {
          const authenticated = await ensureToken();
          const list = await client.listVolumeSnapshots(connection.options.zone, { limit: 1 });
          return { authenticated, list };
        });
        return { latencyMs, count: value.list.total_count, countOf: 'snapshots', authenticated: value.authenticated };
      },
      reset() {
        token = undefined;
      },
    };
  },
};
