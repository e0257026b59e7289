/**
 * The one rule for a connection's base URL (config.json, the connection form and connections read back from
 * storage all use it): an absolute http(s) URL without user info, or a path on this origin.
 */
export type BaseUrlCheck =
  | { ok: true; /** Plain http to another machine: the providers' secrets (ZStack SHA-512 digest, vsd password digest, 51idc secret) cross the network readable. */ cleartext: boolean }
  | { ok: false; code: BaseUrlRefusal };

/** `url`: not http(s) nor a path; `otherHost`: starts with `//` or `/\\`, so names another host; `userinfo`: user:password@. */
export type BaseUrlRefusal = 'url' | 'otherHost' | 'userinfo';

/** A host no other machine sees: requests to it never leave this computer. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

// Parses relative values against a stand-in origin: a value that lands elsewhere is not a same-origin path.
const SAME_ORIGIN = 'http://same-origin.invalid';

export function checkBaseUrl(value: string): BaseUrlCheck {
  let url: URL;
  try {
    url = new URL(value, SAME_ORIGIN);
  } catch {
    return { ok: false, code: 'url' };
  }
  if (value.startsWith('/')) {
    // `//evil.example` and `/\evil.example` start with a slash but name another host.
    return url.origin === SAME_ORIGIN ? { ok: true, cleartext: false } : { ok: false, code: 'otherHost' };
  }
  // Anything else must be absolute on its own (not `mock/dbc`, which the stand-in would have resolved).
  if (!/^https?:\/\//i.test(value) || (url.protocol !== 'http:' && url.protocol !== 'https:')) return { ok: false, code: 'url' };
  // A user:password@ URL would be persisted and shown; credentials belong in the secret fields.
  if (url.username || url.password) return { ok: false, code: 'userinfo' };
  return { ok: true, cleartext: url.protocol === 'http:' && !isLocalHost(url.hostname) };
}

/** True when a connection's secrets would cross the network in clear (the form and the connection list warn). */
export function sendsSecretsInClear(baseUrl: string): boolean {
  const check = checkBaseUrl(baseUrl);
  return check.ok && check.cleartext;
}
