import axios, { AxiosError, type AxiosInstance, type AxiosResponse } from 'axios';
import { ProviderError, bodyText, kindFromStatus, retriableStatus } from './errors';
import type { ProviderId } from './provider';

/**
 * How one provider speaks HTTP: which 2xx bodies are really errors (DBC errcode, vsd scode) and how a
 * non-2xx answer reads. Each provider's protocol.ts implements it; http.ts stays provider-neutral.
 */
export interface ProviderProtocol {
  provider: ProviderId;
  /** A ProviderError when a 2xx body carries a failure, else undefined. */
  errorInBody?(status: number, body: unknown): ProviderError | undefined;
  /** A ProviderError for a non-2xx answer, from its status and (possibly plain-text) body. */
  fromFailure(status: number, body: unknown): ProviderError;
  /**
   * Whether a request only reads (so a lost answer may be asked again). Default: GET and HEAD. A provider whose
   * reads are POSTs (DBC) names them; anything not named is treated as a change whose outcome matters.
   */
  isRead?(method: string, path: string): boolean;
}

export interface HttpOptions {
  baseUrl: string;
  timeoutMs?: number;
  /** Auth headers, read on every request so a refreshed session is picked up. */
  headers?: () => Record<string, string>;
  /** Aborts every request of this instance: a read scoped to a page (see `readScope`). */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** One axios instance per connection. Every failure leaves it as a ProviderError; nothing is retried here. */
export function createHttp(protocol: ProviderProtocol, options: HttpOptions): AxiosInstance {
  const http = axios.create({
    baseURL: options.baseUrl.replace(/\/+$/, ''),
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: { 'Content-Type': 'application/json' },
    ...(options.signal ? { signal: options.signal } : {}),
    // Keep plain-text bodies (ZStack 400s) as text; JSON is parsed below where it parses.
    transitional: { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: true },
  });
  http.interceptors.request.use((config) => {
    for (const [name, value] of Object.entries(options.headers?.() ?? {})) config.headers.set(name, value);
    return config;
  });
  http.interceptors.response.use(
    (response: AxiosResponse) => {
      // A web page where the JSON API should be (a wrong base URL or path): say so, before a client reads a
      // field of it and fails with "Cannot read properties of undefined".
      if (isWebPage(response)) return Promise.reject(notAnApi(protocol.provider, response.status, response.data));
      const failure = protocol.errorInBody?.(response.status, response.data);
      if (failure) return Promise.reject(unknownIfChange(protocol, response.config, failure));
      return response;
    },
    (error: unknown) => Promise.reject(toProviderError(protocol, error)),
  );
  return http;
}

export function toProviderError(protocol: ProviderProtocol, error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof AxiosError) {
    if (error.response) {
      const { status, data } = error.response;
      if ((status === 404 || status === 405) && isWebPage(error.response)) return notAnApi(protocol.provider, status, data);
      return unknownIfChange(protocol, error.config, protocol.fromFailure(status, data));
    }
    if (axios.isCancel(error) || error.code === AxiosError.ERR_CANCELED) return cancelled(protocol.provider);
    const timedOut = error.code === AxiosError.ETIMEDOUT || error.code === AxiosError.ECONNABORTED;
    if (!isReadRequest(protocol, error.config)) return outcomeUnknown(protocol.provider, timedOut);
    return new ProviderError({
      provider: protocol.provider,
      httpStatus: 0,
      code: timedOut ? 'TIMEOUT' : 'NETWORK',
      message: timedOut ? 'The provider did not answer in time' : `The provider could not be reached (${error.message})`,
      messageZh: timedOut ? '服务商未在规定时间内响应' : '无法连接到服务商',
      kind: timedOut ? 'timeout' : 'network',
      retriable: true,
    });
  }
  return new ProviderError({
    provider: protocol.provider,
    httpStatus: 0,
    code: 'CLIENT',
    message: error instanceof Error ? error.message : String(error),
    kind: 'unknown',
    retriable: false,
  });
}

function isReadRequest(protocol: ProviderProtocol, config: { method?: string; url?: string } | undefined): boolean {
  const method = (config?.method ?? 'get').toUpperCase();
  const path = config?.url ?? '';
  return protocol.isRead ? protocol.isRead(method, path) : method === 'GET' || method === 'HEAD';
}

/**
 * A change the provider (or a gateway: 504, DBC's client answering 500 -1) gave up waiting for may still be done
 * by the machine behind it: as unknown as no answer at all. Its own code and message stay in the details. A
 * refusal in a 200 envelope (DBC's -1 with the node's reason, "port conflict…") is an answer, and stays one.
 */
function unknownIfChange(protocol: ProviderProtocol, config: { method?: string; url?: string } | undefined, error: ProviderError): ProviderError {
  if (error.kind !== 'timeout' || error.httpStatus < 500 || isReadRequest(protocol, config)) return error;
  const { message, messageZh } = outcomeUnknown(protocol.provider, true);
  const details = `${error.code}: ${error.message}`;
  return new ProviderError({ provider: protocol.provider, httpStatus: error.httpStatus, code: OUTCOME_UNKNOWN, message, messageZh, details, kind: 'timeout', retriable: false });
}

/** Code of a change sent without an answer: it may or may not have been done. */
export const OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN';

/**
 * A change (create, delete, power action...) sent but not answered: the provider may have done it. Never
 * retriable: sending it again could make a second VM or delete twice; the page refreshes its target instead.
 */
export function outcomeUnknown(provider: ProviderId, timedOut: boolean): ProviderError {
  return new ProviderError({
    provider,
    httpStatus: 0,
    code: OUTCOME_UNKNOWN,
    message: timedOut
      ? 'The provider did not answer in time: the outcome is unknown. Check the list before retrying.'
      : 'The answer was lost on the network: the outcome is unknown. Check the list before retrying.',
    messageZh: timedOut ? '服务商未在规定时间内响应：结果未知。请先检查列表再重试。' : '响应在网络中丢失：结果未知。请先检查列表再重试。',
    kind: timedOut ? 'timeout' : 'network',
    retriable: false,
  });
}

/** A read given up by its reader (the page was left): not a failure to show, never retried. */
export function cancelled(provider: ProviderId): ProviderError {
  return new ProviderError({ provider, httpStatus: 0, code: 'CANCELLED', message: 'The read was cancelled', messageZh: '读取已取消', kind: 'network', retriable: false });
}

/** An HTML page, by its content type or its first characters (some servers send pages as text/plain). */
function isWebPage(response: Pick<AxiosResponse, 'headers' | 'data'>): boolean {
  const type = String(response.headers?.['content-type'] ?? '');
  return type.includes('text/html') || (typeof response.data === 'string' && /^\s*<(!doctype|html)/i.test(response.data));
}

/**
 * A server answered, but not as this provider's API: a web page, a 404 of the base path, or JSON of another
 * shape. Almost always a wrong base URL or path, so the message says that (code NOT_API).
 */
export function notAnApi(provider: ProviderId, status: number, body: unknown): ProviderError {
  return new ProviderError({
    provider,
    httpStatus: status,
    code: 'NOT_API',
    message: `The server answered but is not a ${provider} API at this path: HTTP ${status}`,
    details: bodyText(body),
    kind: 'notFound',
    retriable: false,
  });
}

/** Fallback for a non-2xx answer whose body does not follow the provider's envelope (a proxy page, say). */
export function genericFailure(provider: ProviderId, status: number, body: unknown): ProviderError {
  return new ProviderError({
    provider,
    httpStatus: status,
    code: `HTTP_${status}`,
    message: `HTTP ${status}`,
    details: bodyText(body),
    kind: kindFromStatus(status),
    retriable: retriableStatus(status),
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
