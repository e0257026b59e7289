import type { AxiosInstance } from 'axios';
import { bytesToHex } from '@noble/hashes/utils';
import { md5 } from '@noble/hashes/legacy';
import { createHttp, type HttpOptions } from '@/api/http';
import { createVsdClient, type VsdClient } from '@/api/vsd/client';
import { countVmSnapshots } from '@/api/vsd/inventory';
import { vsdProtocol } from '@/api/vsd/protocol';
import { createVsdSnapshotClient, type VsdSnapshotClient } from '@/api/vsd/snapshots';
import { VSD_SCODE } from '@/api/vsd/types';
import { fanOut } from '../fanout';
import type { ConnectionFor } from '../connections/types';
import { createVsdJobChecker } from '../jobs/vsd';
import { createVsdSnapshotService } from '../snapshots/vsd';
import { createVsdVmService } from '../vms/vsd';
import { createProviderSession, type SignedCalls } from './session';
import { probeList, timed, type ProviderDriver } from './types';

/** The ApiKey (or the login Token behind it) expired or was revoked. */
const KEY_LOST = new Set([String(VSD_SCODE.APIKEY_INVALID), String(VSD_SCODE.TOKEN_INVALID)]);

/** vsd login sends the lowercase hex MD5 of the password (docs/providers/vsd.md §2). */
export function vsdPasswordDigest(password: string): string {
  return bytesToHex(md5(new TextEncoder().encode(password)));
}

export interface VsdContext extends SignedCalls {
  connection: ConnectionFor<'vsd'>;
  http: AxiosInstance;
  client: VsdClient;
  /** The client for a read its page may abandon: aborted with `signal` (the plain client without one). */
  readClient(signal?: AbortSignal): VsdClient;
  snapshots: VsdSnapshotClient;
  /** The ComputeIdentifier scope every call carries. */
  scope: { cluster_uuid: string; tenant?: string };
  /** The given ApiKey, or login -> Token -> ApiKey when credentials are set; false when requests go out without one. */
  ensureApiKey(): Promise<boolean>;
}

export const vsdDriver: ProviderDriver<'vsd'> = {
  provider: 'vsd',
  createRuntime(connection, sources) {
    const given = () => sources.secrets(connection.id).apiKey;
    const apiKey = createProviderSession<string>({
      async signIn(lost) {
        const pasted = given();
        if (pasted) return pasted;
        const { password } = sources.secrets(connection.id);
        const { user, tenantName, tenant } = connection.options;
        if (!user || !password) return undefined;
        const login = await client.login({ User: user, Tenant: tenantName ?? tenant ?? '', Password: vsdPasswordDigest(password) });
        // The key list says nothing of expiry: reuse the account's key at first, make a new one once a key is refused.
        const reusable = lost === undefined ? (await client.listApiKeys(login.Token)).list[0]?.uuid : undefined;
        return reusable ?? (await client.createApiKey(login.Token)).uuid;
      },
      // A pasted key is the user's to replace: asking again would only send the same key.
      isLost: (error) => !given() && KEY_LOST.has(error.code),
      connectionId: connection.id,
      // No signOut: vsd documents no call that deletes an ApiKey or ends a Token (docs/providers/vsd.md §2), so a
      // key made to replace a lost one cannot be removed by the console.
    });
    const httpOptions: HttpOptions = {
      baseUrl: connection.baseUrl,
      headers: (): Record<string, string> => {
        const key = apiKey.current();
        return key ? { ApiKey: key } : {};
      },
    };
    const http = createHttp(vsdProtocol, httpOptions);
    const client = createVsdClient(http);
    const ctx: VsdContext = {
      connection,
      http,
      client,
      readClient: (signal) => (signal ? createVsdClient(createHttp(vsdProtocol, { ...httpOptions, signal })) : client),
      snapshots: createVsdSnapshotClient(http),
      scope: { cluster_uuid: connection.options.clusterUuid, tenant: connection.options.tenant },
      ensureApiKey: apiKey.ensure,
      read: apiKey.read,
      mutate: apiKey.mutate,
    };
    const vms = createVsdVmService(ctx);
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => {
          const authenticated = await ctx.ensureApiKey();
          const list = probeList('vsd', await ctx.read(() => client.listComputes({ ...ctx.scope, page_number: 1, page_size: 1 })), (body) => Array.isArray(body.domains));
          return { authenticated, list };
        });
        const count = value.list.total_count ?? value.list.domains.length;
        return { latencyMs, count, countOf: 'vms', authenticated: value.authenticated };
      },
      reset: apiKey.drop,
      close: apiKey.close,
      /** Snapshots are per VM: one count per VM through the provider's limiter. vsd has no image API. */
      async summary() {
        const { vms: list } = await vms.list();
        const counts = await fanOut('vsd', list, (vm) => ctx.read(() => countVmSnapshots(http, { ...ctx.scope, compute_uuid: vm.id })));
        return { snapshots: counts.reduce((sum, r) => sum + (r.status === 'fulfilled' ? r.value : 0), 0) };
      },
      vms,
      snapshots: createVsdSnapshotService(ctx, vms),
      checkJob: createVsdJobChecker(ctx),
    };
  },
};
