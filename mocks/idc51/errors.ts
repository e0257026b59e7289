import type { Idc51ErrorBody } from '../../src/api/idc51/types';

/**
 * 51idc v2 errors: HTTP status + `{code, message, detail}` (docs/providers/idc51.md §3). The gateway's own code table is
 * undocumented (error_code.md is an empty stub), so codes follow the QingCloud table the backend derives from.
 */
export const CODE = {
  badParameter: '1100',
  unknownApi: '1101',
  authFailed: '1200',
  wrongState: '1400',
  sessionExpired: '2000',
  notFound: '2100',
  internal: '5000',
} as const;

/** A refused request: what the provider answers instead of doing it. */
export interface Refusal {
  refusal: true;
  status: number;
  code: string;
  message: string;
}

export const refuse = {
  badParameter: (message: string): Refusal => ({ refusal: true, status: 400, code: CODE.badParameter, message: `InvalidParameterValue, ${message}` }),
  missing: (name: string): Refusal => ({ refusal: true, status: 400, code: CODE.badParameter, message: `MissingParameter, parameter [${name}] is required` }),
  wrongState: (message: string): Refusal => ({ refusal: true, status: 400, code: CODE.wrongState, message: `PermissionDenied, ${message}` }),
  notFound: (id: string): Refusal => ({ refusal: true, status: 404, code: CODE.notFound, message: `ResourceNotFound, resource [${id}] not found` }),
  unknownApi: (method: string, path: string): Refusal => ({ refusal: true, status: 404, code: CODE.unknownApi, message: `UnknownApi, no API for ${method} ${path}` }),
  authFailed: (message: string): Refusal => ({ refusal: true, status: 401, code: CODE.authFailed, message: `AuthenticationFailed, ${message}` }),
  sessionExpired: (): Refusal => ({ refusal: true, status: 401, code: CODE.sessionExpired, message: 'SessionExpired, the access token has expired, request a new one' }),
  internal: (message: string): Refusal => ({ refusal: true, status: 500, code: CODE.internal, message: `InternalError, ${message}` }),
};

/** The detail field mirrors the SError dump seen in 51idc's account.md example. */
export function errorBody(refusal: Refusal): Idc51ErrorBody {
  return { code: refusal.code, message: refusal.message, detail: `SError({Code:${refusal.code} Message:${refusal.message}})` };
}

export function errorResponse(refusal: Refusal): Response {
  return Response.json(errorBody(refusal), { status: refusal.status });
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { refusal?: unknown }).refusal === true;
}
