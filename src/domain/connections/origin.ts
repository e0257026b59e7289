/**
 * The one origin rule for embedding: the console's `embed.allowedOrigins` (config.json) and nginx's CSP
 * `frame-ancestors` (scripts/deploy, which renders them from the same list) both go through it. No imports, so
 * the Node scripts can use it without the app's path aliases.
 */

/**
 * An origin exactly as a browser reports `event.origin` (scheme http/https, lower-case host, optional port), or
 * undefined. A trailing slash is the one spelling normalised away; a path, a `*`, user info or anything else is
 * refused, because an entry that never equals an origin would silently allow nothing (or, read loosely, too much).
 */
export function normaliseOrigin(entry: string): string | undefined {
  const candidate = entry.endsWith('/') ? entry.slice(0, -1) : entry;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.origin === candidate ? candidate : undefined;
}
