import type { DbcFailure } from '../errors';

/**
 * DBC answers: `{errcode, message}` as application/json with `Access-Control-Allow-Origin: *`, ending in CRLF.
 * The client pretty-prints what it builds itself (its errors, node lists, version); node replies stay compact.
 */
export function jsonReply(status: number, body: unknown, pretty: boolean): Response {
  const text = (pretty ? JSON.stringify(body, null, 4) : JSON.stringify(body)) + '\r\n';
  return new Response(text, { status, headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' } });
}

/** A node's success reply, passed through by the client as HTTP 200. */
export const nodeOk = (message: unknown): Response => jsonReply(200, { errcode: 0, message }, false);

/** A success the client builds itself (mining-node list, image servers, version). */
export const clientOk = (message: unknown): Response => jsonReply(200, { errcode: 0, message }, true);

export const failureReply = (failure: DbcFailure): Response =>
  jsonReply(failure.httpStatus, { errcode: failure.errcode, message: failure.message }, failure.httpStatus !== 200);
