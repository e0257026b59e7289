import { ProviderError, type ProviderErrorKind } from '../errors';
import { genericFailure, isRecord, type ProviderProtocol } from '../http';

/** DBC: one envelope `{errcode, message}`; node errors arrive as HTTP 200 with a non-zero errcode (docs/providers/dbc.md §3). */
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
  // Every DBC call is a POST: the changes are named by path, everything else only reads.
  isRead: (method, path) => method === 'GET' || method === 'HEAD' || (method === 'POST' && !DBC_CHANGE.test(path)),
};

/** Paths that change something on the node (create, power, modify, transfers, snapshots), both URL eras. */
const DBC_CHANGE =
  /\/tasks\/(start|shutdown|poweroff|stop|restart|reset|delete|modify|passwd)(\/|$)|\/images\/(download|upload)(\/|$)|\/images\/(download_stop|upload_stop|delete)$|\/snapshot\/(create|delete)\/|\/snapshot\/[^/]+\/(create|delete)(\/|$)/;

function dbcError(status: number, body: Record<string, unknown>): ProviderError {
  const errcode = body.errcode as number;
  const message = typeof body.message === 'string' ? body.message : JSON.stringify(body.message);
  return new ProviderError({
    provider: 'dbc',
    httpStatus: status,
    code: String(errcode),
    message,
    kind: dbcKind(errcode, message),
    // -1: the client gave up waiting for the GPU node; -32701: the client could not reach the node. Both may pass.
    retriable: errcode === -1 || errcode === -32701,
  });
}

/** Validation messages of the node's parameter checks (TaskManager.cpp) and the client's (rest_api_service.cpp). */
const VALIDATION = /is invalid|is empty|is emtpy|not digit|unsupported|extension name|exceeds|allocate \w+ failed|is not (string|array|object)|has no |json|not specified|usage:/i;
/** Wrong-state and clash messages: the request is fine, the VM/snapshot state is not. */
const CONFLICT = /^task is |please close task|Only the running task|port conflict|has been used|busy|already exist|in (downloading|uploading)|check (gpu|memory|ssh_port|rdp_port|vnc_port) failed|cpu count exceeds/i;

export function dbcKind(errcode: number, message: string): ProviderErrorKind {
  if (message.startsWith('check authority failed')) return 'auth';
  if (errcode === -25 && message === 'wallet_sign and multisig_wallets all invalid') return 'auth';
  if (errcode === -1) return 'timeout';
  if (errcode === -32601) return 'notFound';
  if (errcode === -32701) return 'server';
  if (/not exist|not found/i.test(message)) return 'notFound';
  if (errcode === -25 || errcode === -32600 || errcode === -4) return 'validation';
  if (CONFLICT.test(message)) return 'conflict';
  if (VALIDATION.test(message)) return 'validation';
  if (errcode === 1 || errcode === -3) return 'conflict';
  return 'server';
}

/**
 * The node's "this session pair is not (or no longer) valid" (docs/providers/dbc.md §2: `check authority failed:
 * session_id is invalid`, errcode -3). Other authority failures (wallet not rented, rental expired) are about the
 * machine, not the session, and stay per node.
 */
export function isDbcSessionRefusal(error: unknown): boolean {
  return error instanceof ProviderError && error.provider === 'dbc' && error.kind === 'auth' && /session_id is invalid/.test(error.message);
}
