import { bytesToHex } from '@noble/hashes/utils';
import { md5 } from '@noble/hashes/legacy';
import { createHttp } from '@/api/http';
import { createVsdClient } from '@/api/vsd/client';
import { vsdProtocol } from '@/api/vsd/protocol';
import { timed, type ProviderDriver } from './types';

/** vsd login sends the lowercase hex MD5 of the password (idc51_vsd.md §2.2). */
export function vsdPasswordDigest(password: string): string {
  return bytesToHex(md5(new TextEncoder().encode(password)));
}

export const vsdDriver: ProviderDriver<'vsd'> = {
  provider: 'vsd',
  createRuntime(connection, secrets) {
    let apiKey: string | undefined;
    const http = createHttp(vsdProtocol, {
      baseUrl: connection.baseUrl,
      headers: (): Record<string, string> => {
        const key = apiKey ?? secrets().apiKey;
        return key ? { ApiKey: key } : {};
      },
    });
    const client = createVsdClient(http);
    /** login -> Token -> first api key (created when there is none) -> ApiKey header. */
    async function ensureApiKey(): Promise<boolean> {
      const { password, apiKey: given } = secrets();
      if (apiKey || given) return true;
      const { user, tenantName, tenant } = connection.options;
      if (!user || !password) return false;
      const login = await client.login({ User: user, Tenant: tenantName ?? tenant ?? '', Password: vsdPasswordDigest(password) });
      const keys = await client.listApiKeys(login.Token);
      apiKey = keys.list[0]?.uuid ?? (await client.createApiKey(login.Token)).uuid;
      return true;
    }
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => {
          const authenticated = await ensureApiKey();
          const { clusterUuid, tenant } = connection.options;
          const list = await client.listComputes({ cluster_uuid: clusterUuid, tenant, page_number: 1, page_size: 1 });
          return { authenticated, list };
        });
        const count = value.list.total_count ?? value.list.domains.length;
        return { latencyMs, count, countOf: 'vms', authenticated: value.authenticated };
      },
      reset() {
        apiKey = undefined;
      },
    };
  },
};
