import type { ProviderId } from './provider';

/** What kind of failure this is, so the error policy can choose how to show it without knowing providers. */
export type ProviderErrorKind =
  | 'network' // no answer at all (offline, DNS, CORS)
  | 'timeout' // gave up waiting
  | 'auth' // not signed in, session expired, bad signature
  | 'validation' // the request was refused as malformed or invalid
  | 'notFound'
  | 'conflict' // wrong state for this action (VM running, snapshot has children...)
  | 'server' // the provider failed internally
  | 'unknown';

export interface ProviderErrorInit {
  provider: ProviderId;
  httpStatus: number;
  code: string;
  message: string;
  messageZh?: string;
  details?: string;
  kind: ProviderErrorKind;
  retriable: boolean;
}

/** Every failure from every provider, normalised. Pages and the error policy see only this. */
export class ProviderError extends Error {
  readonly provider: ProviderId;
  readonly httpStatus: number;
  readonly code: string;
  readonly messageZh?: string;
  readonly details?: string;
  readonly kind: ProviderErrorKind;
  readonly retriable: boolean;

  constructor(init: ProviderErrorInit) {
    super(init.message);
    this.name = 'ProviderError';
    this.provider = init.provider;
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.messageZh = init.messageZh;
    this.details = init.details;
    this.kind = init.kind;
    this.retriable = init.retriable;
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** Kind from an HTTP status when the provider body says nothing more precise. */
export function kindFromStatus(status: number): ProviderErrorKind {
  if (status === 0) return 'network';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'notFound';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 409) return 'conflict';
  if (status >= 400 && status < 500) return 'validation';
  if (status >= 500) return 'server';
  return 'unknown';
}

/** Reads are worth retrying only when the failure is transient; the provider decides per code where it can. */
export function retriableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status === 502 || status === 503 || status === 504;
}

/** Short text of a body that is not JSON (ZStack's 400s are plain text), capped so a page of HTML stays readable. */
export function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
