import type { Idc51Token } from '../../../src/api/idc51/types';
import { refuse, type Refusal } from '../errors';
import { tokenString } from '../lib/ids';
import type { Idc51State } from '../state';

/** OAuth2 client credentials (docs/providers/idc51.md §2): the APIKey pair is the client id and secret. */
export const DEMO_CLIENT_ID = 'demo-access-id';
export const DEMO_CLIENT_SECRET = 'demo-secret-key';
/** Token lifetime in seconds (real time, not scaled). ASSUMED: the SDKs read an expiry but none documents its value. */
export const TOKEN_TTL_S = 7200;

const CLIENTS: Record<string, string> = { [DEMO_CLIENT_ID]: DEMO_CLIENT_SECRET };

function basicCredentials(header: string | null): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  let decoded: string;
  try {
    decoded = atob(match[1]);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** POST /v2/oauth2/token: form body `grant_type=client_credentials`, credentials in Basic auth (or the form). */
export async function issueToken(state: Idc51State, request: Request, now: number): Promise<Idc51Token | Refusal> {
  const form = new URLSearchParams(await request.text());
  const grant = form.get('grant_type');
  if (!grant) return refuse.missing('grant_type');
  if (grant !== 'client_credentials') return refuse.badParameter(`unsupported grant_type [${grant}]`);
  const formId = form.get('client_id');
  const credentials = basicCredentials(request.headers.get('authorization')) ?? (formId ? { id: formId, secret: form.get('client_secret') ?? '' } : undefined);
  if (!credentials) return refuse.authFailed('client credentials are required (HTTP Basic client_id:client_secret)');
  if (CLIENTS[credentials.id] === undefined || CLIENTS[credentials.id] !== credentials.secret) return refuse.authFailed('invalid client_id or client_secret');
  // Expired tokens are dropped so the persisted state stays small.
  state.tokens = state.tokens.filter((t) => now < t.issuedAt + t.expiresIn * 1000);
  const token = { token: tokenString(state), clientId: credentials.id, issuedAt: now, expiresIn: TOKEN_TTL_S, revoked: false };
  state.tokens.push(token);
  return { token_type: 'Bearer', access_token: token.token, expires_in: TOKEN_TTL_S };
}

export interface AuthOptions {
  strict: boolean;
  /** Reads and clears the sessionExpired flag: when set, every token issued so far is revoked. */
  consumeSessionExpired: () => boolean;
}

/**
 * Every API call: `Authorization: Bearer <token>`. Without the header the call passes unless strict (the docs'
 * curl examples carry none); a header that is present is always checked. Returns the refusal, or undefined.
 */
export function checkAuth(state: Idc51State, request: Request, now: number, options: AuthOptions): Refusal | undefined {
  const header = request.headers.get('authorization');
  if (!header) return options.strict ? refuse.authFailed('an access token is required (Authorization: Bearer <token>)') : undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return refuse.authFailed('the Authorization header must be "Bearer <access_token>"');
  const token = state.tokens.find((t) => t.token === match[1]);
  if (!token) return refuse.authFailed('invalid access token');
  if (options.consumeSessionExpired()) for (const t of state.tokens) t.revoked = true;
  if (token.revoked || now >= token.issuedAt + token.expiresIn * 1000) return refuse.sessionExpired();
  return undefined;
}
