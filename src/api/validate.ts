import { ProviderError } from './errors';
import { isRecord } from './http';
import type { ProviderId } from './provider';

/**
 * Response checks at the client boundary: a 2xx body that is not the documented shape becomes a ProviderError
 * (code BAD_RESPONSE) here, instead of an undefined deep inside a page. Only what callers rely on is checked.
 */
export function badResponse(provider: ProviderId, what: string, body: unknown): ProviderError {
  const text = body === undefined ? 'undefined' : JSON.stringify(body);
  return new ProviderError({
    provider,
    httpStatus: 200,
    code: 'BAD_RESPONSE',
    message: `Unexpected ${what} from the provider`,
    messageZh: `服务商返回的${what}格式不符`,
    details: text.length > 2000 ? `${text.slice(0, 2000)}…` : text,
    kind: 'server',
    retriable: false,
  });
}

/** An array whose items all pass `isItem`, else a BAD_RESPONSE. */
export function expectArrayOf<T>(provider: ProviderId, what: string, body: unknown, isItem: (item: unknown) => item is T): T[] {
  if (!Array.isArray(body) || !body.every(isItem)) throw badResponse(provider, what, body);
  return body;
}

/** An object with `keys` holding strings (numbers allowed where listed), else a BAD_RESPONSE. */
export function expectRecord<T>(provider: ProviderId, what: string, body: unknown, isShape: (value: Record<string, unknown>) => boolean): T {
  if (!isRecord(body) || !isShape(body)) throw badResponse(provider, what, body);
  return body as T;
}

export const hasStrings = (value: Record<string, unknown>, ...keys: string[]) => keys.every((key) => typeof value[key] === 'string');
export const hasNumbers = (value: Record<string, unknown>, ...keys: string[]) => keys.every((key) => typeof value[key] === 'number');

/** Providers answer a successful mutation with nothing, `""`, `{}` or "ok": all mean done. */
export function isEmptySuccess(body: unknown): boolean {
  return body === undefined || body === null || body === '' || body === 'ok' || (isRecord(body) && Object.keys(body).length === 0);
}
