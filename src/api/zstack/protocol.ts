import { ProviderError, bodyText, kindFromStatus, retriableStatus, type ProviderErrorKind } from '../errors';
import { isRecord, type ProviderProtocol } from '../http';
import type { ZStackErrorCode } from './types';

/**
 * ZStack: 200/202 on success; 503 `{error: ErrorCode}` when the API ran and failed; 400/404/405/500 with a
 * plain-text body when the REST layer refused the request (docs/providers/zstack.md §2).
 */
export const zstackProtocol: ProviderProtocol = {
  provider: 'zstack',
  // Signing in changes nothing the user sees: its lost answer is a plain network failure, not an unknown outcome.
  isRead: (method, path) => method === 'GET' || method === 'HEAD' || path.endsWith('/accounts/login'),
  fromFailure(status, body) {
    if (isRecord(body) && isRecord(body.error) && typeof body.error.code === 'string') {
      return zstackError(status, body.error as unknown as ZStackErrorCode);
    }
    const text = bodyText(body);
    return new ProviderError({
      provider: 'zstack',
      httpStatus: status,
      code: `HTTP_${status}`,
      message: text ?? `HTTP ${status}`,
      kind: kindFromStatus(status),
      retriable: status !== 503 && retriableStatus(status),
    });
  },
};

export function zstackError(status: number, error: ZStackErrorCode): ProviderError {
  return new ProviderError({
    provider: 'zstack',
    httpStatus: status,
    code: error.code,
    message: error.details || error.description || error.code,
    details: causeChain(error),
    kind: zstackKind(error.code),
    // 503 means "the API ran and failed": running it again would fail the same way.
    retriable: false,
  });
}

function causeChain(error: ZStackErrorCode): string | undefined {
  const lines: string[] = [];
  if (error.description && error.details) lines.push(error.description);
  for (let cause = error.cause; cause; cause = cause.cause) {
    lines.push(`${cause.code}: ${cause.details || cause.description || ''}`);
  }
  return lines.length ? lines.join('\n') : undefined;
}

/**
 * ErrorCode → kind (docs/providers/zstack.md §6). ID.1000/1001 are credentials or an expired session; SYS.1007 is a bad
 * argument; SYS.1003 a missing resource; SYS.1006 (operr) and the status codes mean "wrong state for this";
 * SYS.1001 is a timeout; SYS.1000 and the rest are the provider failing.
 */
const KIND_BY_CODE: Record<string, ProviderErrorKind> = {
  'ID.1000': 'auth',
  'ID.1001': 'auth',
  'ID.1002': 'auth',
  'ID.1003': 'conflict',
  'ID.1006': 'conflict',
  'SYS.1001': 'timeout',
  'SYS.1003': 'notFound',
  'SYS.1004': 'conflict',
  'SYS.1005': 'conflict',
  'SYS.1006': 'conflict',
  'SYS.1007': 'validation',
  'VOLUME_SNAPSHOT.1000': 'conflict',
  'VOLUME_SNAPSHOT.1001': 'conflict',
  'VM.1010': 'conflict',
};

export function zstackKind(code: string): ProviderErrorKind {
  return KIND_BY_CODE[code] ?? (code.startsWith('ID.') ? 'auth' : 'server');
}
