/**
 * The one description of a deployment: the port nginx listens on, where the built app and nginx's runtime files
 * live, the config.json the console serves (whose `embed.allowedOrigins` are the portals allowed to frame it: the
 * one list, read by scripts/deploy/portals.ts), and each connection's provider upstream (served under
 * `/proxy/<connection-id>/`). nginx (scripts/render-nginx.ts) and the Vite dev and preview servers
 * (scripts/deploy/viteProxy.ts) read the same file, so `baseUrl: "/proxy/<id>"` means the same in all three.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

export interface DeployDescription {
  listenPort: number;
  /** The built app (`dist/`) as nginx sees it. */
  appRoot: string;
  /** nginx's pid file and temp files (request bodies, proxied responses). */
  runtimeDir: string;
  /** access.log and error.log (the official image links /var/log/nginx's to the container's stdout and stderr). */
  logDir: string;
  /**
   * The config.json the console serves, as the renderer sees it (default `<appRoot>/config.json`; relative to the
   * description's file). Its `embed.allowedOrigins` become CSP frame-ancestors: the console and nginx share one list.
   */
  appConfig: string;
  /** Connection id -> provider base URL (`/proxy/<id>/x` is sent to `<upstream>/x`). */
  proxies: Record<string, string>;
}

/** The environment variable naming the description file; `deploy/deploy.local.json` (not committed) otherwise. */
export const DESCRIPTION_ENV = 'VMDECK_DEPLOY';
export const LOCAL_DESCRIPTION = 'deploy/deploy.local.json';

/** The same rule as a connection id in the console (Settings → Connections): letters, digits, _ . - */
const CONNECTION_ID = /^[A-Za-z0-9_.-]+$/;
/** What may reach nginx's config unquoted: no whitespace, `;`, braces, quotes or `$` (no directive injection). */
const CONFIG_SAFE = /^[A-Za-z0-9_.~:/@%+=,-]+$/;

export class DeployDescriptionError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid deployment description:\n  ${issues.join('\n  ')}`);
    this.name = 'DeployDescriptionError';
  }
}

/** An http(s) base URL without credentials, query or fragment, without its trailing slash; undefined if not one. */
export function normalizeUpstream(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.search || url.hash || value.includes('?') || value.includes('#')) return undefined;
  const normalized = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return CONFIG_SAFE.test(normalized) ? normalized : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function absolutePath(raw: unknown, field: string, fallback: string, issues: string[]): string {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !raw.startsWith('/') || !CONFIG_SAFE.test(raw)) {
    issues.push(`${field}: an absolute path without spaces, quotes, ";", braces or "$" (got ${JSON.stringify(raw)})`);
    return fallback;
  }
  return raw.replace(/\/+$/, '') || '/';
}

/** Checks a parsed JSON description (relative paths from `baseDir`, the description's folder); every problem is named at once. */
export function parseDeployDescription(raw: unknown, baseDir = process.cwd()): DeployDescription {
  const issues: string[] = [];
  if (!isRecord(raw)) throw new DeployDescriptionError(['the description must be a JSON object']);
  const listenPort = raw.listenPort ?? 8080;
  if (typeof listenPort !== 'number' || !Number.isInteger(listenPort) || listenPort < 1 || listenPort > 65535) {
    issues.push(`listenPort: a port number 1-65535 (got ${JSON.stringify(raw.listenPort)})`);
  }
  const appRoot = absolutePath(raw.appRoot, 'appRoot', '/usr/share/nginx/html', issues);
  const runtimeDir = absolutePath(raw.runtimeDir, 'runtimeDir', '/var/cache/nginx/vmdeck', issues);
  const logDir = absolutePath(raw.logDir, 'logDir', '/var/log/nginx', issues);
  if (raw.allowedPortalOrigins !== undefined) {
    issues.push("allowedPortalOrigins: no longer read here: list the portals in config.json's embed.allowedOrigins (the file appConfig names), the one list the console and nginx share");
  }
  const rawAppConfig = raw.appConfig ?? `${appRoot}/config.json`;
  let appConfig = `${appRoot}/config.json`;
  if (typeof rawAppConfig !== 'string' || rawAppConfig === '') issues.push(`appConfig: the path of the console's config.json (got ${JSON.stringify(raw.appConfig)})`);
  else appConfig = isAbsolute(rawAppConfig) ? rawAppConfig : resolve(baseDir, rawAppConfig);
  const proxies: Record<string, string> = {};
  const rawProxies = raw.proxies ?? {};
  if (!isRecord(rawProxies)) issues.push('proxies: an object of connection id -> provider base URL');
  else {
    for (const [id, upstream] of Object.entries(rawProxies)) {
      if (!CONNECTION_ID.test(id)) issues.push(`proxies.${id}: a connection id has letters, digits, _ . - only`);
      const normalized = typeof upstream === 'string' ? normalizeUpstream(upstream) : undefined;
      if (!normalized) issues.push(`proxies.${id}: ${JSON.stringify(upstream)} is not an http(s) base URL (no credentials, query or fragment)`);
      else proxies[id] = normalized;
    }
  }
  if (issues.length > 0) throw new DeployDescriptionError(issues);
  return { listenPort: listenPort as number, appRoot, runtimeDir, logDir, appConfig, proxies };
}

export function readDeployDescription(file: string): DeployDescription {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DeployDescriptionError([`${file}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return parseDeployDescription(raw, dirname(resolve(file)));
}

/** The description the dev and preview servers use: `$VMDECK_DEPLOY`, else deploy/deploy.local.json, else none. */
export function findDeployDescription(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): DeployDescription | undefined {
  const named = env[DESCRIPTION_ENV];
  if (named) return readDeployDescription(named);
  const local = `${cwd}/${LOCAL_DESCRIPTION}`;
  return existsSync(local) ? readDeployDescription(local) : undefined;
}
