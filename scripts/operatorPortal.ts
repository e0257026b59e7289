import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

const BASE = '/examples/operator-portal/';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * Serves the sample operator portal (examples/operator-portal/, docs/embed.md) at /examples/operator-portal/ in
 * the dev server and `vite preview`, straight from the folder: it is a sample for trying embed mode, not part of
 * the built app, so it never lands in dist/ (or behind an operator's nginx).
 */
export function operatorPortal(root: string): Plugin {
  const folder = join(root, 'examples', 'operator-portal');
  const serve: Connect.NextHandleFunction = (request, response, next) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(BASE)) return next();
    const file = normalize(join(folder, path.slice(BASE.length) || 'index.html'));
    const type = TYPES[extname(file)];
    if (!file.startsWith(folder + sep) || !type) return next();
    readFile(file).then(
      (body) => {
        response.setHeader('Content-Type', type);
        response.setHeader('Cache-Control', 'no-cache');
        response.end(body);
      },
      () => next(),
    );
  };
  return {
    name: 'vmdeck-operator-portal',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}
