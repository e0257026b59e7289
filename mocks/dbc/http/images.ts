import { sizeG } from '../lib/format';
import { activeTransfer, checkDelete, checkDownload, checkImageServer, checkUpload, halfway, latestTransfer, progressOf, transferDurationS } from '../rules/images';
import { clientError, ERR, isFailure, nodeError, type DbcFailure } from '../errors';
import { stringField, type ParsedRequest } from '../rules/request';
import { findNode, type ImageTransfer } from '../state';
import { answer, authorisedNodeCall, readRequest, type NodeCall } from './pipeline';
import { clientOk, nodeOk } from './envelope';
import type { DbcStore } from './context';

/**
 * `/api/v1/images…` (docs/providers/dbc.md §7): the image-center listing (era B: filename strings without image_server;
 * era C: `{image_name, image_size}` of one server), node listings, upload/download in the era-B
 * `/upload/<name>` form and the era-C body form, progress, stop and delete.
 */

const DEFAULT_SERVER = 'ID_1';

export function routeImages(segments: string[], request: Request, store: DbcStore): Promise<Response> {
  return answer(async () => {
    const verb = segments[0] ?? '';
    const name = segments[1];
    const known = segments.length === 0 || (segments.length === 1 && SIMPLE.includes(verb)) || (segments.length === 2 && (verb === 'upload' || verb === 'download'));
    if (!known) return clientError('invalid requests uri', ERR.invalidRequest);
    const req = await readRequest(request);
    if (isFailure(req)) return req;
    if (segments.length === 0) return listImages(store, req);
    if (verb === 'servers') return clientOk({ image_server: store.state().imageServers });
    if (name !== undefined) return transfer(store, req, verb as ImageTransfer['kind'], name, DEFAULT_SERVER);
    return bodyForm(store, req, verb);
  });
}

const SIMPLE = ['servers', 'upload', 'download', 'downloadprogress', 'uploadprogress', 'download_stop', 'upload_stop', 'delete'];

async function listImages(store: DbcStore, req: ParsedRequest): Promise<Response | DbcFailure> {
  const state = store.state();
  const server = stringField(req.additional, 'image_server');
  if (req.nodeId === '') {
    store.settle();
    if (server === '') return clientOk([...new Set(state.imageCenter.map((i) => i.name))]);
    const bad = checkImageServer(state, server, 'image_server not exist');
    if (bad) return bad;
    return nodeOk(state.imageCenter.filter((i) => i.server === server).map((i) => ({ image_name: i.name, image_size: sizeG(i.sizeGb) })));
  }
  const node = findNode(state, req.nodeId);
  if (!node) return clientError('create node request failed', ERR.responseError);
  const hasAuth = (req.sessionId !== '' && req.sessionIdSign !== '') || req.wallet !== '' || req.multisig !== undefined;
  if (hasAuth) {
    const call = await authorisedNodeCall(store, req);
    if (isFailure(call)) return call;
  } else store.settle();
  // The node emits the key with a stray colon ("image_name:"), reproduced on purpose (docs/providers/dbc.md §7).
  return nodeOk(node.images.map((i) => ({ 'image_name:': i.name, image_size: sizeG(i.sizeGb) })));
}

async function bodyForm(store: DbcStore, req: ParsedRequest, verb: string): Promise<Response | DbcFailure> {
  const file = stringField(req.additional, 'image_filename');
  const server = stringField(req.additional, 'image_server');
  if (verb === 'upload' || verb === 'download') {
    const bad = checkImageServer(store.state(), server, verb === 'download' ? 'no image_server' : 'image_server not exist');
    if (bad) return bad;
  }
  if (file === '') return clientError('additional no image_filename');
  if (verb === 'download' && stringField(req.additional, 'local_dir') === '') return clientError('additional no local_dir');
  if (verb === 'upload' || verb === 'download') return transfer(store, req, verb, file, server);
  const call = await authorisedNodeCall(store, req);
  if (isFailure(call)) return call;
  if (verb === 'delete') return deleteImage(store, call, file);
  const kind = verb.startsWith('download') ? 'download' : 'upload';
  return verb.endsWith('_stop') ? stopTransfer(store, call, kind, file) : progress(store, call, kind, file);
}

async function transfer(store: DbcStore, req: ParsedRequest, kind: ImageTransfer['kind'], image: string, server: string): Promise<Response | DbcFailure> {
  const call = await authorisedNodeCall(store, req);
  if (isFailure(call)) return call;
  const state = store.state();
  const now = store.now();
  const checked = kind === 'upload' ? checkUpload(state, call.node.nodeId, image, now) : checkDownload(state, call.node.nodeId, image, server, now);
  if (isFailure(checked)) return checked;
  const doneAt = now + transferDurationS(checked.sizeGb) * 1000 * store.scale();
  state.transfers = state.transfers.filter((t) => !(t.kind === kind && t.nodeId === call.node.nodeId && t.image === image));
  const next: ImageTransfer = { kind, nodeId: call.node.nodeId, image, server, sizeGb: checked.sizeGb, startedAt: now, doneAt };
  // One-shot flags (docs/providers/dbc.md §9): the next transfer fails, or stops moving, when half done.
  if (store.env.faults.consumeFlag('dbc', 'jobFailsHalfway')) next.failAt = halfway(now, doneAt);
  else if (store.env.faults.consumeFlag('dbc', 'transferStalls')) next.stallAt = halfway(now, doneAt);
  state.transfers.push(next);
  store.touch();
  return nodeOk('ok');
}

function progress(store: DbcStore, call: NodeCall, kind: ImageTransfer['kind'], image: string): Response | DbcFailure {
  const found = latestTransfer(store.state(), kind, call.node.nodeId, image);
  if (!found) return nodeError(`image:${image} not in ${kind}ing`);
  const answer = progressOf(found, store.now());
  return isFailure(answer) ? answer : nodeOk(answer);
}

function stopTransfer(store: DbcStore, call: NodeCall, kind: ImageTransfer['kind'], image: string): Response | DbcFailure {
  const now = store.now();
  const found = activeTransfer(store.state(), kind, call.node.nodeId, image, now);
  if (!found) return nodeError(`image:${image} not in ${kind}ing`);
  found.stopped = true;
  found.stoppedAt = now;
  store.touch();
  return nodeOk('ok');
}

function deleteImage(store: DbcStore, call: NodeCall, image: string): Response | DbcFailure {
  const refused = checkDelete(store.state(), call.node.nodeId, image, store.now());
  if (refused) return refused;
  call.node.images = call.node.images.filter((i) => i.name !== image);
  store.touch();
  return nodeOk('ok');
}
