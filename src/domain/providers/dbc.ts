import { createDbcClient } from '@/api/dbc/client';
import { dbcProtocol } from '@/api/dbc/protocol';
import { createHttp } from '@/api/http';
import { timed, type ProviderDriver } from './types';

export const dbcDriver: ProviderDriver<'dbc'> = {
  provider: 'dbc',
  createRuntime(connection, secrets) {
    const client = createDbcClient(createHttp(dbcProtocol, { baseUrl: connection.baseUrl }));
    return {
      async probe() {
        const { value, latencyMs } = await timed(() => client.listMiningNodes());
        const { sessionId, sessionIdSign } = secrets();
        return { latencyMs, count: value.mining_nodes.length, countOf: 'nodes', authenticated: Boolean(sessionId && sessionIdSign) };
      },
      reset() {},
    };
  },
};
