import { bytesToHex } from '@noble/hashes/utils';
import { sha512 } from '@noble/hashes/sha2';
import { createHttp } from '@/api/http';
import { createZStackClient } from '@/api/zstack/client';
import { zstackProtocol } from '@/api/zstack/protocol';
import { timed, type ProviderDriver } from './types';

/** ZStack compares the SHA-512 hex of the password as sent; the server hashes nothing (zstack.md §1). */
export function zstackPasswordDigest(password: string): string {
  return bytesToHex(sha512(new TextEncoder().encode(password)));
}

export const zstackDriver: ProviderDriver<'zstack'> = {
  provider: 'zstack',
  createRuntime(connection, secrets) {
    let sessionUuid: string | undefined;
    const http = createHttp(zstackProtocol, {
      baseUrl: connection.baseUrl,
      headers: (): Record<string, string> => (sessionUuid ? { Authorization: `OAuth ${sessionUuid}` } : {}),
    });
    const client = createZStackClient(http);
    async function ensureSession(): Promise<boolean> {
      if (sessionUuid) return true;
      const { password } = secrets();
      if (!password) return false;
      const session = await client.login({
        logInByAccount: { accountName: connection.options.accountName, password: zstackPasswordDigest(password) },
      });
      sessionUuid = session.uuid;
      return true;
    }
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => {
          const authenticated = await ensureSession();
          return { authenticated, reply: await client.queryVmInstances({ limit: 1, replyWithCount: true }) };
        });
        return { latencyMs, count: value.reply.total ?? value.reply.inventories.length, countOf: 'vms', authenticated: value.authenticated };
      },
      reset() {
        sessionUuid = undefined;
      },
    };
  },
};
