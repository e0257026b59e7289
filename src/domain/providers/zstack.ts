import type { AxiosInstance } from 'axios';
import { bytesToHex } from '@noble/hashes/utils';
import { sha512 } from '@noble/hashes/sha2';
import { createHttp } from '@/api/http';
import { createZStackClient, type ZStackClient } from '@/api/zstack/client';
import { countResources } from '@/api/zstack/inventory';
import { zstackProtocol } from '@/api/zstack/protocol';
import type { ConnectionFor } from '../connections/types';
import { createZStackJobChecker } from '../jobs/zstack';
import { createZStackVmService } from '../vms/zstack';
import { timed, type ProviderDriver } from './types';

/** ZStack compares the SHA-512 hex of the password as sent; the server hashes nothing (zstack.md §1). */
export function zstackPasswordDigest(password: string): string {
  return bytesToHex(sha512(new TextEncoder().encode(password)));
}

export interface ZStackContext {
  connection: ConnectionFor<'zstack'>;
  http: AxiosInstance;
  client: ZStackClient;
  /** Logs in (LogInByAccount) when there is no session yet; false when no password is set. */
  ensureSession(): Promise<boolean>;
  /** Drop the session after ID.1001 so the next call logs in again. */
  dropSession(): void;
}

export const zstackDriver: ProviderDriver<'zstack'> = {
  provider: 'zstack',
  createRuntime(connection, sources) {
    let sessionUuid: string | undefined;
    const http = createHttp(zstackProtocol, {
      baseUrl: connection.baseUrl,
      headers: (): Record<string, string> => (sessionUuid ? { Authorization: `OAuth ${sessionUuid}` } : {}),
    });
    const client = createZStackClient(http);
    const ctx: ZStackContext = {
      connection,
      http,
      client,
      async ensureSession() {
        if (sessionUuid) return true;
        const { password } = sources.secrets(connection.id);
        if (!password) return false;
        const session = await client.login({
          logInByAccount: { accountName: connection.options.accountName, password: zstackPasswordDigest(password) },
        });
        sessionUuid = session.uuid;
        return true;
      },
      dropSession() {
        sessionUuid = undefined;
      },
    };
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => {
          const authenticated = await ctx.ensureSession();
          return { authenticated, reply: await client.queryVmInstances({ limit: 1, replyWithCount: true }) };
        });
        return { latencyMs, count: value.reply.total ?? value.reply.inventories.length, countOf: 'vms', authenticated: value.authenticated };
      },
      reset() {
        ctx.dropSession();
      },
      async summary() {
        await ctx.ensureSession();
        const [snapshots, images] = await Promise.all([countResources(http, 'volume-snapshots'), countResources(http, 'images')]);
        return { snapshots, images };
      },
      vms: createZStackVmService(ctx),
      checkJob: createZStackJobChecker(ctx),
    };
  },
};
