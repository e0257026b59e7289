import { http, type HttpHandler } from 'msw';
import { applySnapshots, captureInstance, createSnapshots, createVolume, deleteSnapshots, modifySnapshot } from './snapshots';
import { errorResponse, isRefusal } from '../errors';
import { listSnapshots } from './listing';
import { queryList, readBody } from './parse';
import { failOr, reply, zoned, type HandlerContext, type ZoneCall } from './context';

/** Backup endpoints of the seed (both doc eras), relative to `/v2/zone/:zone`. */

type BodyAction = (call: ZoneCall, body: Record<string, unknown>) => unknown;

/** Parses the JSON body (400 1100 when it is not JSON) before running the action. */
function withBody(action: BodyAction) {
  return async (call: ZoneCall) => {
    const body = await readBody(call.request);
    return isRefusal(body) ? errorResponse(body) : reply(action(call, body));
  };
}

/** The path id may hold several ids separated by commas (as in image.md's DELETE); `snapshot` in the query adds more. */
function deleteIds(call: ZoneCall): string[] {
  const fromPath = (call.params.snapshot_id ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  return [...new Set([...fromPath, ...(queryList(call.url.searchParams, 'snapshot') ?? [])])];
}

export function snapshotHandlers(zoneBase: string, ctx: HandlerContext): HttpHandler[] {
  const path = `${zoneBase}/volume_snapshots`;
  return [
    http.get(path, zoned(ctx, ({ action, url }) => reply(listSnapshots(action.state, action.zone, url.searchParams, action.now)))),
    http.post(path, zoned(ctx, withBody(({ action }, body) => createSnapshots(action, body)))),
    http.post(`${path}/apply`, zoned(ctx, withBody(({ action }, body) => applySnapshots(action, body)))),
    http.post(`${path}/capture_instance`, zoned(ctx, withBody(({ action }, body) => captureInstance(action, undefined, body)))),
    http.post(`${path}/capture_instance/:snapshot_id`, zoned(ctx, withBody(({ action, params }, body) => captureInstance(action, params.snapshot_id, body)))),
    http.post(`${path}/create_volume`, zoned(ctx, withBody(({ action }, body) => createVolume(action, undefined, body)))),
    http.post(`${path}/create_volume/:snapshot_id`, zoned(ctx, withBody(({ action, params }, body) => createVolume(action, params.snapshot_id, body)))),
    // ASSUMED variant: ids only in the `snapshot` query (the final doc's parameter table).
    http.delete(path, zoned(ctx, (call) => reply(deleteSnapshots(call.action, deleteIds(call))))),
    http.delete(`${path}/:snapshot_id`, zoned(ctx, (call) => reply(deleteSnapshots(call.action, deleteIds(call))))),
    http.put(
      `${path}/:snapshot_id`,
      zoned(ctx, async ({ action, params, request }) => {
        const body = await readBody(request);
        if (isRefusal(body)) return errorResponse(body);
        // The docs answer "无" (nothing): 204 No Content, which the PHP SDK handles explicitly.
        return failOr(modifySnapshot(action, params.snapshot_id ?? '', body), () => new Response(null, { status: 204 }));
      }),
    ),
  ];
}
