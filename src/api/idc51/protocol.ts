import { ProviderError, kindFromStatus, retriableStatus, type ProviderErrorKind } from '../errors';
import { genericFailure, isRecord, type ProviderProtocol } from '../http';

/**
 * 51idc codes follow the QingCloud table its backend derives from (docs/providers/idc51.md §3): the code says more than the
 * HTTP status (a wrong state comes back as 400, not 409).
 */
const KIND_BY_CODE: Record<string, ProviderErrorKind> = {
  '1100': 'validation', // bad message format or parameter
  '1101': 'notFound', // unknown API
  '1200': 'auth', // authentication failed
  '1300': 'auth', // time stamp expired
  '1400': 'conflict', // permission denied / wrong resource state
  '2000': 'auth', // session expired
  '2100': 'notFound', // resource not found
  '2110': 'conflict', // resource already exists
  '2400': 'validation', // insufficient balance
  '2500': 'validation', // quota exceeded
  '5000': 'server',
  '5100': 'server', // server busy
  '5200': 'server', // insufficient backend resources
  '5300': 'server', // service updating
  '5400': 'conflict', // dependency exists
};

/** Busy, short of resources or updating: worth another try; the PHP SDK also retries 5xx. */
const RETRIABLE_CODES = new Set(['5100', '5200', '5300']);

/** 51idc: bare success bodies; failures are the HTTP status plus `{code, message, detail}`. */
export const idc51Protocol: ProviderProtocol = {
  provider: 'idc51',
  // Signing in changes nothing the user sees: its lost answer is a plain network failure, not an unknown outcome.
  isRead: (method, path) => method === 'GET' || method === 'HEAD' || path.endsWith('/oauth2/token'),
  fromFailure(status, body) {
    if (isRecord(body) && body.code !== undefined && typeof body.message === 'string') {
      const code = String(body.code);
      return new ProviderError({
        provider: 'idc51',
        httpStatus: status,
        code,
        message: body.message,
        details: typeof body.detail === 'string' && body.detail ? body.detail : undefined,
        kind: KIND_BY_CODE[code] ?? kindFromStatus(status),
        retriable: RETRIABLE_CODES.has(code) || retriableStatus(status),
      });
    }
    return genericFailure('idc51', status, body);
  },
};
