import { http, type HttpHandler } from 'msw';
import { issueToken } from './auth';
import { errorResponse, refuse } from '../errors';
import { inventoryHandlers } from './inventory';
import { snapshotHandlers } from './snapshots';
import { reply, type HandlerContext } from './context';

export type { HandlerContext } from './context';

/** All 51idc routes under `base`; anything else under it gets the provider's own 404. */
export function idc51Handlers(base: string, ctx: HandlerContext): HttpHandler[] {
  const zoneBase = `${base}/v2/zone/:zone`;
  return [
    http.post(`${base}/v2/oauth2/token`, async ({ request }) => {
      try {
        const result = await issueToken(ctx.state(), request, ctx.env.clock.now());
        ctx.changed();
        return reply(result);
      } catch (error) {
        return errorResponse(refuse.internal(error instanceof Error ? error.message : String(error)));
      }
    }),
    ...snapshotHandlers(zoneBase, ctx),
    ...inventoryHandlers(zoneBase, ctx),
    http.all(`${base}/*`, ({ request }) => errorResponse(refuse.unknownApi(request.method, new URL(request.url).pathname))),
  ];
}
