import { http, type HttpHandler } from 'msw';
import { authRoutes } from './auth';
import type { Runtime } from './context';
import { imageRoutes } from './images';
import { queryRoutes } from './queries';
import { dispatch, mountPath, type ApiRoute } from './router';
import { snapshotRoutes } from './snapshots';
import { templateRoutes } from './templates';
import { vmRoutes } from './vms';
import { volumeRoutes } from './volumes';

export type { Runtime } from './context';

export function allRoutes(): ApiRoute[] {
  return [...authRoutes(), ...queryRoutes(), ...snapshotRoutes(), ...templateRoutes(), ...imageRoutes(), ...vmRoutes(), ...volumeRoutes()];
}

/** Every ZStack path under `base` goes through the emulated RestServer (router.ts), which answers its own 404s. */
export function zstackHandlers(base: string, runtime: Runtime): HttpHandler[] {
  const routes = allRoutes();
  const mount = mountPath(base);
  return [http.all(`${base}/*`, ({ request }) => dispatch(routes, runtime, request, mount))];
}
