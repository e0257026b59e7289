import type { AxiosInstance } from 'axios';
import { bytesToHex } from '@noble/hashes/utils';
import { sha512 } from '@noble/hashes/sha2';
import { createHttp, type HttpOptions } from '@/api/http';
import { createZStackClient, type ZStackClient } from '@/api/zstack/client';
import { countResources } from '@/api/zstack/inventory';
import { zstackProtocol } from '@/api/zstack/protocol';
import { createZStackSnapshotClient, type ZStackSnapshotClient } from '@/api/zstack/snapshots';
import type { ConnectionFor } from '../connections/types';
import { createZStackImageActions } from '../images/actions/zstack';
import { createZStackImageService } from '../images/list/zstack';
import { createZStackJobChecker } from '../jobs/zstack';
import { createZStackSnapshotService } from '../snapshots/zstack';
import { createZStackVmService } from '../vms/zstack';
import { createProviderSession, type SignedCalls } from './session';
import { probeList, timed, type ProviderDriver } from './types';

/** ZStack compares the SHA-512 hex of the password as sent; the server hashes nothing (docs/providers/zstack.md §3). */
export function zstackPasswordDigest(password: string): string {
  return bytesToHex(sha512(new TextEncoder().encode(password)));
}

export interface ZStackContext extends SignedCalls {
  connection: ConnectionFor<'zstack'>;
  http: AxiosInstance;
  client: ZStackClient;
  /** The client for a read its page may abandon: aborted with `signal` (the plain client without one). */
  readClient(signal?: AbortSignal): ZStackClient;
  snapshots: ZStackSnapshotClient;
  /** Logs in (LogInByAccount) when there is no session yet; false when no password is set. */
  ensureSession(): Promise<boolean>;
}

export const zstackDriver: ProviderDriver<'zstack'> = {
  provider: 'zstack',
  createRuntime(connection, sources) {
    const session = createProviderSession<string>({
      async signIn() {
        const { password } = sources.secrets(connection.id);
        if (!password) return undefined;
        const reply = await client.login({
          logInByAccount: { accountName: connection.options.accountName, password: zstackPasswordDigest(password) },
        });
        return reply.uuid;
      },
      isLost: (error) => error.code === 'ID.1001',
      connectionId: connection.id,
      // LogOut: a session left behind stays valid on the server until it expires (docs/providers/zstack.md §3).
      signOut: (uuid) => client.logout(uuid),
    });
    const httpOptions: HttpOptions = {
      baseUrl: connection.baseUrl,
      headers: (): Record<string, string> => {
        const uuid = session.current();
        return uuid ? { Authorization: `OAuth ${uuid}` } : {};
      },
    };
    const http = createHttp(zstackProtocol, httpOptions);
    const client = createZStackClient(http);
    const readClient = (signal?: AbortSignal) => (signal ? createZStackClient(createHttp(zstackProtocol, { ...httpOptions, signal })) : client);
    const ctx: ZStackContext = { connection, http, client, readClient, snapshots: createZStackSnapshotClient(http), ensureSession: session.ensure, read: session.read, mutate: session.mutate };
    const vms = createZStackVmService(ctx);
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => {
          const authenticated = await ctx.ensureSession();
          return { authenticated, reply: probeList('zstack', await ctx.read(() => client.queryVmInstances({ limit: 1, replyWithCount: true })), (body) => Array.isArray(body.inventories)) };
        });
        return { latencyMs, count: value.reply.total ?? value.reply.inventories.length, countOf: 'vms', authenticated: value.authenticated };
      },
      reset: session.drop,
      close: session.close,
      async summary() {
        const [snapshots, images] = await Promise.all([ctx.read(() => countResources(http, 'volume-snapshots')), ctx.read(() => countResources(http, 'images'))]);
        return { snapshots, images };
      },
      vms,
      snapshots: createZStackSnapshotService(ctx, vms),
      images: { ...createZStackImageService(ctx), actions: createZStackImageActions(ctx) },
      checkJob: createZStackJobChecker(ctx),
    };
  },
};
