import type { AxiosInstance } from 'axios';
import { createHttp, type HttpOptions } from '@/api/http';
import { createIdc51Client, type Idc51Client } from '@/api/idc51/client';
import { countZoneResources } from '@/api/idc51/inventory';
import { idc51Protocol } from '@/api/idc51/protocol';
import { createIdc51SnapshotClient, type Idc51SnapshotClient } from '@/api/idc51/snapshots';
import type { Idc51Token } from '@/api/idc51/types';
import type { ConnectionFor } from '../connections/types';
import { createIdc51ImageService } from '../images/list/idc51';
import { createIdc51JobChecker } from '../jobs/idc51';
import { createIdc51SnapshotService } from '../snapshots/idc51';
import { createIdc51VmService } from '../vms/idc51';
import { createProviderSession, type SignedCalls } from './session';
import { probeList, timed, type ProviderDriver } from './types';

/** 1200: the token is unknown (revoked, or the zone restarted); 2000: it expired (`expires_in`). */
const TOKEN_LOST = new Set(['1200', '2000']);

export interface Idc51Context extends SignedCalls {
  connection: ConnectionFor<'idc51'>;
  http: AxiosInstance;
  client: Idc51Client;
  /** The client for a read its page may abandon: aborted with `signal` (the plain client without one). */
  readClient(signal?: AbortSignal): Idc51Client;
  snapshots: Idc51SnapshotClient;
  zone: string;
  /** Client-credentials token when an id and secret are set; false when requests go out unsigned. */
  ensureToken(): Promise<boolean>;
}

export const idc51Driver: ProviderDriver<'idc51'> = {
  provider: 'idc51',
  createRuntime(connection, sources) {
    const token = createProviderSession<Idc51Token>({
      async signIn() {
        const { clientSecret } = sources.secrets(connection.id);
        if (!connection.options.clientId || !clientSecret) return undefined;
        return client.fetchToken(connection.options.clientId, clientSecret);
      },
      isLost: (error) => TOKEN_LOST.has(error.code),
      connectionId: connection.id,
    });
    const httpOptions: HttpOptions = {
      baseUrl: connection.baseUrl,
      headers: (): Record<string, string> => {
        const held = token.current();
        return held ? { Authorization: `${held.token_type} ${held.access_token}` } : {};
      },
    };
    const http = createHttp(idc51Protocol, httpOptions);
    const client = createIdc51Client(http);
    const readClient = (signal?: AbortSignal) => (signal ? createIdc51Client(createHttp(idc51Protocol, { ...httpOptions, signal })) : client);
    const ctx: Idc51Context = { connection, http, client, readClient, snapshots: createIdc51SnapshotClient(http), zone: connection.options.zone, ensureToken: token.ensure, read: token.read, mutate: token.mutate };
    const vms = createIdc51VmService(ctx);
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => {
          const authenticated = await ctx.ensureToken();
          const list = probeList('idc51', await ctx.read(() => client.listVolumeSnapshots(ctx.zone, { limit: 1 })), (body) => typeof body.total_count === 'number');
          return { authenticated, list };
        });
        return { latencyMs, count: value.list.total_count, countOf: 'snapshots', authenticated: value.authenticated };
      },
      reset: token.drop,
      // 51idc documents no call that revokes a token (docs/providers/idc51.md §2): forgetting it is all there is.
      close: token.close,
      async summary() {
        const [snapshots, images] = await Promise.all([
          ctx.read(() => countZoneResources(http, ctx.zone, 'volume_snapshots')),
          ctx.read(() => countZoneResources(http, ctx.zone, 'images')),
        ]);
        return { snapshots, images };
      },
      vms,
      snapshots: createIdc51SnapshotService(ctx),
      images: createIdc51ImageService(ctx),
      checkJob: createIdc51JobChecker(ctx),
    };
  },
};
