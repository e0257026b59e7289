import type { AxiosInstance } from 'axios';
import { createDbcClient, type DbcClient } from '@/api/dbc/client';
import { dbcProtocol } from '@/api/dbc/protocol';
import { createDbcSnapshotClient, type DbcSnapshotClient } from '@/api/dbc/snapshots';
import type { DbcAuth } from '@/api/dbc/types';
import { createHttp } from '@/api/http';
import type { ConnectionFor } from '../connections/types';
import { createDbcImageService } from '../images/list/dbc';
import { createDbcImageCenter } from '../images/dbc';
import { createDbcJobChecker } from '../jobs/dbc';
import { createDbcNodeService } from '../nodes/dbc';
import { createDbcSnapshotService } from '../snapshots/dbc';
import { createDbcVmService } from '../vms/dbc';
import { watchSessions } from './dbcSessionWatch';
import { probeList, timed, type ProviderDriver, type SessionAnswer } from './types';

/** What every DBC service gets: the client, the renter's auth block and node ids, read at call time. */
export interface DbcContext {
  connection: ConnectionFor<'dbc'>;
  http: AxiosInstance;
  client: DbcClient;
  /** The client for a read its page may abandon: aborted with `signal` (the plain client without one). */
  readClient(signal?: AbortSignal): DbcClient;
  snapshots: DbcSnapshotClient;
  /** The renter session pasted or signed in the Renter identity panel (empty when not signed in). */
  auth(): DbcAuth;
  /** The renter's node ids remembered for this connection. */
  nodeIds(): string[];
}

export const dbcDriver: ProviderDriver<'dbc'> = {
  provider: 'dbc',
  createRuntime(connection, sources) {
    const http = createHttp(dbcProtocol, { baseUrl: connection.baseUrl });
    const report = (answer: SessionAnswer) => sources.sessionAnswer?.(connection.id, answer);
    const client = watchSessions(createDbcClient(http, connection.options.era), report);
    const ctx: DbcContext = {
      connection,
      http,
      client,
      readClient: (signal) =>
        signal ? watchSessions(createDbcClient(createHttp(dbcProtocol, { baseUrl: connection.baseUrl, signal }), connection.options.era), report) : client,
      snapshots: watchSessions(createDbcSnapshotClient(http), report),
      auth: () => {
        const { sessionId, sessionIdSign } = sources.secrets(connection.id);
        return sessionId && sessionIdSign ? { session_id: sessionId, session_id_sign: sessionIdSign } : {};
      },
      nodeIds: () => sources.nodeIds(connection.id),
    };
    const imageCenter = createDbcImageCenter(ctx);
    const vms = createDbcVmService(ctx);
    return {
      async probe() {
        const { value, latencyMs } = await timed(async () => probeList('dbc', await ctx.client.listMiningNodes(), (list) => Array.isArray(list.mining_nodes)));
        return { latencyMs, count: value.mining_nodes.length, countOf: 'nodes', authenticated: Boolean(ctx.auth().session_id) };
      },
      reset() {},
      // The renter session is the user's (signed by their wallet): the console has nothing of its own to end.
      async close() {},
      // Snapshots live per VM on DBC: the overview shows none rather than N requests per node.
      // Era C needs an image_server per listing (docs/providers/dbc.md §7): distinct names over every server.
      summary: async () => ({ images: new Set((await imageCenter.list()).map((image) => image.name)).size }),
      vms,
      snapshots: createDbcSnapshotService(ctx, vms),
      images: createDbcImageService(ctx),
      checkJob: createDbcJobChecker(ctx),
      nodes: createDbcNodeService(ctx),
      imageCenter,
    };
  },
};
