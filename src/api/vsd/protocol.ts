import { ProviderError, kindFromStatus, retriableStatus } from '../errors';
import { genericFailure, isRecord, type ProviderProtocol } from '../http';
import { VSD_SCODE_NOT_MASTER, vsdScodeKind } from './types';

/** vsd: HTTP 200 + Output envelope; `scode` != 0 is a failure, with English and Chinese messages. */
export const vsdProtocol: ProviderProtocol = {
  provider: 'vsd',
  // Signing in changes nothing the user sees: its lost answer is a plain network failure, not an unknown outcome.
  isRead: (method, path) => method === 'GET' || method === 'HEAD' || path.includes('/authentication/'),
  errorInBody(status, body) {
    if (isRecord(body) && typeof body.scode === 'number' && body.scode !== 0) return vsdError(status, body);
    return undefined;
  },
  fromFailure(status, body) {
    if (isRecord(body) && typeof body.scode === 'number') return vsdError(status, body);
    return genericFailure('vsd', status, body);
  },
};

function vsdError(status: number, body: Record<string, unknown>): ProviderError {
  const scode = body.scode as number;
  const desc = typeof body.desc === 'string' && body.desc ? body.desc : undefined;
  const stack = Array.isArray(body.stack) ? body.stack.join('\n') : undefined;
  const message = typeof body.message === 'string' && body.message ? body.message : `scode ${scode}`;
  const messageZh = typeof body.message_cn === 'string' && body.message_cn ? body.message_cn : undefined;
  // Known scodes (types.ts table) decide; unknown ones fall back to the HTTP status, then the message text.
  const kind = vsdScodeKind(scode) ?? (status >= 400 ? kindFromStatus(status) : vsdKindFromText(message));
  return new ProviderError({
    provider: 'vsd',
    httpStatus: status,
    code: String(scode),
    message,
    messageZh,
    details: [desc, stack].filter(Boolean).join('\n\n') || undefined,
    kind,
    retriable: scode === VSD_SCODE_NOT_MASTER || (status >= 400 && retriableStatus(status)),
  });
}

/** Unknown scodes (the table is not public): the English message is the next best hint. */
function vsdKindFromText(message: string) {
  if (/token|apikey|api key|unauthori[sz]ed|login|permission/i.test(message)) return 'auth' as const;
  if (/not (exist|found)/i.test(message)) return 'notFound' as const;
  if (/invalid|required|missing|parameter/i.test(message)) return 'validation' as const;
  if (/state|running|shut ?off|child|busy|not (allowed|ready)/i.test(message)) return 'conflict' as const;
  return 'server' as const;
}
