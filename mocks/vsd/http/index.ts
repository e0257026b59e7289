import { http, type HttpHandler } from 'msw';
import { notFoundRoute } from './envelope';
import { authHandlers } from './auth';
import { computeHandlers } from './compute';
import type { VsdContext } from './context';
import { snapshotHandlers } from './snapshots';
import { volumeHandlers } from './volumes';

/** Every vsd route under `base`, then a catch-all so unknown paths get the platform's 404 Output. */
export function vsdHandlers(base: string, ctx: VsdContext): HttpHandler[] {
  return [
    ...authHandlers(base, ctx),
    ...computeHandlers(base, ctx),
    ...snapshotHandlers(base, ctx),
    ...volumeHandlers(base, ctx),
    http.all(`${base}/*`, ({ request }) => notFoundRoute(request.method, pathUnderBase(new URL(request.url).pathname))),
  ];
}

/** The path as the platform sees it (without the emulator's mount prefix). */
const pathUnderBase = (path: string) => path.replace(/^.*?\/vsd(?=\/)/, '');
