import { http, HttpResponse } from 'msw';
import type { CreateEmulator } from '../types';

/** Minimal DBC emulator (issue 3): the mining-node list used by the connection test. Issue 4 makes it faithful. */
export const createDbcEmulator: CreateEmulator = () => {
  const nodes = [
    { node_id: '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45', name: 'gpu-node-a', version: '0.4.1.7' },
    { node_id: '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965', name: 'gpu-node-b', version: '0.4.1.7' },
  ];
  return {
    provider: 'dbc',
    handlers: (base) => [
      http.post(`${base}/api/v1/mining_nodes`, () => HttpResponse.json({ errcode: 0, message: { mining_nodes: nodes } })),
    ],
    reset: () => {},
    snapshot: () => ({}),
    restore: () => true,
    faultResponse: (fault) =>
      HttpResponse.json({ errcode: Number(fault.code ?? -1), message: fault.message ?? 'injected fault' }, { status: fault.status ?? 200 }),
  };
};
