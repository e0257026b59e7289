import { base58CheckId } from '../lib/format';
import { cryptoReady } from '../lib/crypto';
import { checkSessionRequest, existingSession, isCutOff } from '../rules/auth';
import { clientError, ERR, isFailure, type DbcFailure } from '../errors';
import { checkAuthShape, type ParsedRequest } from '../rules/request';
import { findNode, nodeTasks, type SessionRecord } from '../state';
import { answer, readRequest } from './pipeline';
import { clientOk, nodeOk } from './envelope';
import type { DbcStore } from './context';
import { nodeInfo } from '../views';

/** `/api/v1/mining_nodes` (no auth) and `/api/v1/mining_nodes/session_id` (wallet or multisig signature only). */
export function routeMiningNodes(segments: string[], request: Request, store: DbcStore): Promise<Response> {
  return answer(async () => {
    if (segments.length > 1 || (segments.length === 1 && segments[0] !== 'session_id')) return clientError('invalid requests uri', ERR.invalidRequest);
    const req = await readRequest(request);
    if (isFailure(req)) return req;
    return segments.length === 0 ? miningNodes(store, req) : sessionId(store, req);
  });
}

function miningNodes(store: DbcStore, req: ParsedRequest): Response | DbcFailure {
  const state = store.state();
  if (req.nodeId === '') return clientOk({ mining_nodes: state.nodes.map((n) => ({ node_id: n.nodeId, name: n.name, version: n.version })) });
  const node = findNode(state, req.nodeId);
  if (!node) return clientError('create node request failed', ERR.responseError);
  store.settle();
  return nodeOk(nodeInfo(node, nodeTasks(state, node.nodeId)));
}

async function sessionId(store: DbcStore, req: ParsedRequest): Promise<Response | DbcFailure> {
  if (req.nodeId === '') return clientError('peer_nodeid is empty');
  const shape = checkAuthShape(req);
  if (shape) return shape;
  const node = findNode(store.state(), req.nodeId);
  if (!node) return clientError('create node request failed', ERR.responseError);
  await cryptoReady();
  const auth = store.authContext();
  const identity = checkSessionRequest(req, node, auth);
  if (isFailure(identity)) return identity;
  let record = existingSession(node, identity.wallet, auth);
  if (!record) {
    // Created on first signature auth, then reused for this wallet (WalletSessionIDManager).
    const serial = store.state().counter++;
    const fresh: SessionRecord = { sessionId: base58CheckId(`session-${node.nodeId}-${identity.wallet}-${serial}`), wallet: identity.wallet, signers: identity.signers, serial };
    // An expired session is replaced; like the seed (one demo session on all the renter's nodes), the replacement
    // goes to every node that held the wallet's expired session, so one sign-in again restores the whole fleet.
    for (const held of store.state().nodes) {
      if (held === node || held.sessions.some((s) => s.wallet === identity.wallet && isCutOff(s, auth))) {
        held.sessions = [...held.sessions.filter((s) => s.wallet !== identity.wallet), { ...fresh, signers: [...fresh.signers] }];
      }
    }
    record = fresh;
    store.touch();
  }
  return nodeOk({ session_id: record.sessionId });
}
