/**
 * Fills deploy/nginx.conf from a deployment description: `${NAME}` placeholders, and the block between the
 * "# begin proxy" and "# end proxy" lines once per connection. Values were checked by parseDeployDescription
 * (nothing reaches the config that could end a directive); a placeholder left unfilled is an error, never output.
 */
import type { DeployDescription } from './description';

/** deploy/nginx.conf: the one template (the renderer CLI, the smoke suite and the tests read it). */
export const NGINX_TEMPLATE = new URL('../../deploy/nginx.conf', import.meta.url);

const BLOCK = /^[ \t]*# begin proxy\n([\s\S]*?)^[ \t]*# end proxy\n/m;
const PLACEHOLDER = /\$\{([A-Z_]+)\}/g;

function fill(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** `frame-ancestors` source list: the allowed portal origins, or 'none' (nobody may frame the console). */
export function frameAncestors(origins: readonly string[]): string {
  return origins.length > 0 ? origins.join(' ') : "'none'";
}

/**
 * `portalOrigins`: the portals allowed to frame the console, read from the console's config.json
 * (readPortalOrigins(description.appConfig), scripts/deploy/portals.ts), never listed apart.
 */
export function renderNginx(template: string, description: DeployDescription, portalOrigins: readonly string[]): string {
  const block = BLOCK.exec(template)?.[1];
  if (block === undefined) throw new Error('the nginx template has no "# begin proxy" … "# end proxy" block');
  const proxies = Object.entries(description.proxies)
    .map(([id, upstream]) => fill(block, { CONNECTION_ID: id, UPSTREAM: upstream }))
    .join('\n');
  const rendered = fill(template.replace(BLOCK, () => proxies), {
    LISTEN_PORT: String(description.listenPort),
    APP_ROOT: description.appRoot,
    RUNTIME_DIR: description.runtimeDir,
    LOG_DIR: description.logDir,
    FRAME_ANCESTORS: frameAncestors(portalOrigins),
  });
  const left = [...new Set([...rendered.matchAll(PLACEHOLDER)].map((match) => match[1]))];
  if (left.length > 0) throw new Error(`the nginx template uses unknown placeholders: ${left.join(', ')}`);
  return rendered;
}
