import { http, type HttpHandler } from 'msw';
import { clientError, ERR } from '../errors';
import { routeImages } from './images';
import { routeMiningNodes } from './nodes';
import { clientOk, failureReply } from './envelope';
import { routeSnapshots } from './snapshots';
import type { DbcStore } from './context';
import { routeTasks } from './tasks';

/**
 * Top-level routing like rest_api_service::on_http_request_event: the URI must start with /api/v1, then
 * `/` (exact) answers the client version and each prefix owns its sub-paths; anything else is 404 -32601.
 */

type Route = (segments: string[], request: Request, url: URL, store: DbcStore) => Promise<Response>;

const PREFIXES: Array<[string, Route]> = [
  ['/tasks', routeTasks],
  ['/images', (segments, request, _url, store) => routeImages(segments, request, store)],
  ['/snapshot', (segments, request, _url, store) => routeSnapshots(segments, request, store)],
  ['/mining_nodes', (segments, request, _url, store) => routeMiningNodes(segments, request, store)],
];

/** The path part of a handler base: `*\/mock/dbc` → `/mock/dbc`, `http://emu.test/dbc` → `/dbc`. */
export function basePath(base: string): string {
  return base.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/^\*/, '').replace(/\/+$/, '');
}

function splitPath(path: string): string[] {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

export function dispatch(request: Request, prefix: string, store: DbcStore): Promise<Response> | Response {
  const url = new URL(request.url);
  const at = url.pathname.indexOf(prefix);
  const rest = at >= 0 ? url.pathname.slice(at + prefix.length) : url.pathname;
  const uri = rest + url.search;
  if (!rest.startsWith('/api/v1')) return failureReply(clientError(`request uri is invalid, uri:${uri}`, ERR.invalidRequest));
  const sub = rest.slice('/api/v1'.length);
  if (sub === '/') return clientOk({ client_version: store.state().clientVersion });
  for (const [name, route] of PREFIXES) {
    if (sub.startsWith(name)) return route(splitPath(sub.slice(name.length)), request, url, store);
  }
  return failureReply({ httpStatus: 404, errcode: ERR.notFound, message: `not support uri:${uri}` });
}

export function dbcHandlers(base: string, store: DbcStore): HttpHandler[] {
  const prefix = basePath(base);
  return [http.all(base, ({ request }) => dispatch(request, prefix, store)), http.all(`${base}/*`, ({ request }) => dispatch(request, prefix, store))];
}
