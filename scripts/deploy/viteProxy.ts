/**
 * `/proxy/<connection-id>/` for the Vite dev server and `vite preview`, from the same deployment description
 * nginx is rendered from (scripts/deploy/description.ts): the prefix is stripped and the rest sent to the
 * connection's upstream, method, body and headers as they are, so `baseUrl: "/proxy/<id>"` works in all three.
 */
import type { ProxyOptions } from 'vite';
import type { DeployDescription } from './description';

export const PROXY_PREFIX = '/proxy';

export function viteProxy(description: Pick<DeployDescription, 'proxies'> | undefined): Record<string, ProxyOptions> {
  if (!description) return {};
  return Object.fromEntries(
    Object.entries(description.proxies).map(([id, upstream]) => {
      const prefix = `${PROXY_PREFIX}/${id}`;
      const options: ProxyOptions = {
        target: upstream,
        // The provider sees its own host name (virtual hosts, TLS certificates), as behind nginx.
        changeOrigin: true,
        rewrite: (path) => path.slice(prefix.length),
      };
      return [`${prefix}/`, options];
    }),
  );
}
