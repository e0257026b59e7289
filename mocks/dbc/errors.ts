/**
 * A DBC failure before it becomes an HTTP answer. The client answers its own checks with HTTP 400/404/500;
 * node answers pass through as HTTP 200 with a non-zero errcode (docs/providers/dbc.md §3).
 */
export interface DbcFailure {
  httpStatus: number;
  errcode: number;
  message: string;
}

/** Error-code constants of the client (src/dbc/common/error.h). */
export const ERR = {
  invalidRequest: -32600,
  notFound: -32601,
  responseError: -32701,
  invalidParams: -25,
  timeout: -1,
  nodeDefault: -3,
  nodeError: 1,
} as const;

export const clientError = (message: string, errcode: number = ERR.invalidParams): DbcFailure => ({ httpStatus: 400, errcode, message });

/** Era-C business errors use errcode 1; era-B ones mostly -3. */
export const nodeError = (message: string, errcode: number = ERR.nodeError): DbcFailure => ({ httpStatus: 200, errcode, message });

export const authFailed = (reason?: string): DbcFailure =>
  nodeError(reason ? `check authority failed: ${reason}` : 'check authority failed', ERR.nodeDefault);

export function isFailure(value: unknown): value is DbcFailure {
  return typeof value === 'object' && value !== null && 'errcode' in value && 'httpStatus' in value;
}
