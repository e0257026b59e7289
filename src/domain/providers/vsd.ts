import type { AxiosInstance } from 'axios';
import { bytesToHex } from '@noble/hashes/utils';
import { md5 } from '@noble/hashes/legacy';
import { createHttp } from '@/api/http';
import { createVsdClient, type VsdClient } from '@/api/vsd/client';
import { countVmSnapshots } from '@/api/vsd/inventory';
import { vsdProtocol } from '@/api/vsd/protocol';
import { fanOut } from '../fanout';
import type { ConnectionFor } from '../connections/types';
import { createVsdJobChecker } from '../jobs/vsd';
import { createVsdVmService } from '../vms/vsd';
import { timed, type ProviderDriver } from './types';

/** vsd login sends the lowercase hex MD5 of the password (idc51_vsd.md §2.2). */
export function vsdPasswordDigest(password: string): string {
  return bytesToHex(md5(new TextEncoder().encode(password)));
}

export interface VsdContext {
  connection: ConnectionFor<'vsd'>;
  http: AxiosInstance;
  client: VsdClient;
  /** The ComputeIdentifier scope every call carries. */
  scope: { cluster_uuid: string; tenant?: string };
  /** login -> Token -> ApiKey when credentials are set; false when requests go out without an ApiKey. */
  ensureApiKey(): Promise<boolean>;
}

export const vsdDriver: ProviderDriver<'vsd'> = {
  provider: 'vsd',
  createRuntime(connection, sources) {
    let apiKey: string | undefined;
    const http = createHttp(vsdProtocol, {
      baseUrl: connection.baseUrl,
      headers: (): Record<string, string> => {
        const key = apiKey ?? sources.secrets(connection.id).apiKey;
        return key ? { ApiKey: key } : {};
      },
    });
    const client = createVsdClient(http);
    const ctx: VsdContext = {
      connection,
      http,
      client,
      scope: { cluster_uuid: connection.options.clusterUuid, tenant: connection.options.tenant },
      async ensureApiKey() {
        const { password, apiKey: given } = sources.secrets(connection.id);
        if (apiKey || given) return true;
        const { user, tenantName, tenant } = connection.options;
        if (!user || !password) return false;
        const login = await client.login({ User: user, Tenant: tenantName ?? tenant ?? '', Password: vsdPasswordDigest(password) });
        const keys = await client.listApiKeys(login.Token);
        apiKey = keys.list[0]?.uuid ?? (await client.createApiKey(login.Token)).uuid;
        return true;
      },
    };
    const vms = createVsdVmService(ctx);
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => {
          const authenticated = await ctx.ensureApiKey();
          const list = await client.listComputes({ ...ctx.scope, page_number: 1, page_size: 1 });
          return { authenticated, list };
        });
        const count = value.list.total_count ?? value.list.domains.length;
        return { latencyMs, count, countOf: 'vms', authenticated: value.authenticated };
      },
      reset() {
        apiKey = undefined;
      },
      /** Snapshots are per VM: one count per VM through the provider's limiter. vsd has no image API. */
      async summary() {
        await ctx.ensureApiKey();
        const { vms: list } = await vms.list();
        const counts = await fanOut('vsd', list, (vm) => countVmSnapshots(http, { ...ctx.scope, compute_uuid: vm.id }));
        return { snapshots: counts.reduce((sum, r) => sum + (r.status === 'fulfilled' ? r.value : 0), 0) };
      },
      vms,
      checkJob: createVsdJobChecker(ctx),
    };
  },
};
