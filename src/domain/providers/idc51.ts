import type { AxiosInstance } from 'axios';
import { createHttp } from '@/api/http';
import { createIdc51Client, type Idc51Client } from '@/api/idc51/client';
import { countZoneResources } from '@/api/idc51/inventory';
import { idc51Protocol } from '@/api/idc51/protocol';
import type { Idc51Token } from '@/api/idc51/types';
import type { ConnectionFor } from '../connections/types';
import { createIdc51JobChecker } from '../jobs/idc51';
import { createIdc51VmService } from '../vms/idc51';
import { timed, type ProviderDriver } from './types';

export interface Idc51Context {
  connection: ConnectionFor<'idc51'>;
  http: AxiosInstance;
  client: Idc51Client;
  zone: string;
  /** Client-credentials token when an id and secret are set; false when requests go out unsigned. */
  ensureToken(): Promise<boolean>;
}

export const idc51Driver: ProviderDriver<'idc51'> = {
  provider: 'idc51',
  createRuntime(connection, sources) {
    let token: Idc51Token | undefined;
    const http = createHttp(idc51Protocol, {
      baseUrl: connection.baseUrl,
      headers: (): Record<string, string> => (token ? { Authorization: `${token.token_type} ${token.access_token}` } : {}),
    });
    const client = createIdc51Client(http);
    const ctx: Idc51Context = {
      connection,
      http,
      client,
      zone: connection.options.zone,
      async ensureToken() {
        const { clientSecret } = sources.secrets(connection.id);
        if (token) return true;
        if (!connection.options.clientId || !clientSecret) return false;
        token = await client.fetchToken(connection.options.clientId, clientSecret);
        return true;
      },
    };
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => {
          const authenticated = await ctx.ensureToken();
          const list = await client.listVolumeSnapshots(ctx.zone, { limit: 1 });
          return { authenticated, list };
        });
        return { latencyMs, count: value.list.total_count, countOf: 'snapshots', authenticated: value.authenticated };
      },
      reset() {
        token = undefined;
      },
      async summary() {
        await ctx.ensureToken();
        const [snapshots, images] = await Promise.all([countZoneResources(http, ctx.zone, 'volume_snapshots'), countZoneResources(http, ctx.zone, 'images')]);
        return { snapshots, images };
      },
      vms: createIdc51VmService(ctx),
      checkJob: createIdc51JobChecker(ctx),
    };
  },
};
