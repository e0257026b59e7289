import { cryptoReady } from '../lib/crypto';
import { checkAuthority, type Identity } from '../rules/auth';
import { clientError, ERR, isFailure, type DbcFailure } from '../errors';
import { checkAuthShape, parseJsonBody, parseRequestFields, type ParsedRequest } from '../rules/request';
import { findNode, type DbcNode } from '../state';
import { failureReply } from './envelope';
import type { DbcStore } from './context';

/** The client's request path for one node call: method, body, peer, auth shape, node lookup, node authority. */

export const onlyPost = (): DbcFailure => clientError('only support POST request', ERR.invalidRequest);

/** POST check, then body → parsed request (the client's 400s). */
export async function readRequest(request: Request): Promise<ParsedRequest | DbcFailure> {
  if (request.method.toUpperCase() !== 'POST') return onlyPost();
  const doc = parseJsonBody(await request.text());
  if (isFailure(doc)) return doc;
  return parseRequestFields(doc);
}

export interface NodeCall {
  req: ParsedRequest;
  node: DbcNode;
  identity: Identity;
}

/** A node-addressed call with the node's authority check (tasks, snapshots, node images). */
export async function authorisedNodeCall(store: DbcStore, req: ParsedRequest): Promise<NodeCall | DbcFailure> {
  if (req.nodeId === '') return clientError('peer_nodeid is empty');
  const shape = checkAuthShape(req);
  if (shape) return shape;
  const node = findNode(store.state(), req.nodeId);
  if (!node) return clientError('create node request failed', ERR.responseError);
  store.settle();
  await cryptoReady();
  const identity = checkAuthority(req, node, store.authContext());
  if (isFailure(identity)) return identity;
  return { req, node, identity };
}

/** Runs a handler body that may return a failure instead of a Response. */
export async function answer(run: () => Promise<Response | DbcFailure> | Response | DbcFailure): Promise<Response> {
  const result = await run();
  return result instanceof Response ? result : failureReply(result);
}
