import { ProviderError, type ProviderErrorKind } from '../errors';
import { genericFailure, isRecord, type ProviderProtocol } from '../http';

/** DBC: one envelope `{errcode, message}`; node errors arrive as HTTP 200 with a non-zero errcode (dbc.md §3). */
export const dbcProtocol: ProviderProtocol = {
  provider: 'dbc',
  errorInBody(status, body) {
    if (isRecord(body) && typeof body.errcode === 'number' && body.errcode !== 0) return dbcError(status, body);
    return undefined;
  },
  fromFailure(status, body) {
    if (isRecord(body) && typeof body.errcode === 'number') return dbcError(status, body);
    return genericFailure('dbc', status, body);
  },
};

function dbcError(status: number, body: Record<string, unknown>): ProviderError {
  const errcode = body.errcode as number;
  const message = typeof body.message === 'string' ? body.message : JSON.stringify(body.message);
  return new ProviderError({
    provider: 'dbc',
    httpStatus: status,
    code: String(errcode),
    message,
    kind: dbcKind(errcode, message),
    // -1 is the client's timeout waiting for the GPU node: the node may answer next time.
    retriable: errcode === -1,
  });
}

function dbcKind(errcode: number, message: string): ProviderErrorKind {
  if (errcode === -3 && message.startsWith('check authority failed')) return 'auth';
  if (/not exist|not found/i.test(message)) return 'notFound';
  if (errcode === -1) return 'timeout';
  if (errcode === -32601) return 'notFound';
  if (errcode === -25 || errcode === -32600 || errcode === -4) return 'validation';
  if (errcode === 1 || errcode === -3) return 'conflict';
  return 'server';
}
