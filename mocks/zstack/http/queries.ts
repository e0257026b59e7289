/** Sync query APIs: GET /<resources> with the conventions of docs/providers/zstack.md §5 and GET /<resources>/{uuid} (same reply shape). */
import { parseQuery, projectFields, runQuery, DEFAULT_QUERY_LIMIT, type QuerySpec } from '../lib/query';
import { buildSchema, lookupIn, resourceRegistry } from '../lib/resources';
import { StateView } from '../lib/state-view';
import { errorResponse, jsonResponse, type RequestCtx } from './context';
import type { ApiRoute } from './router';
import { checkSession } from './session';

/** Query APIs of the emulator: the REST path segment and the API name. */
export const QUERY_APIS: [path: string, api: string][] = [
  ['vm-instances', 'QueryVmInstance'],
  ['volumes', 'QueryVolume'],
  ['volume-snapshots', 'QueryVolumeSnapshot'],
  ['volume-snapshots/trees', 'QueryVolumeSnapshotTree'],
  ['images', 'QueryImage'],
  ['backup-storage', 'QueryBackupStorage'],
  ['zones', 'QueryZone'],
  ['clusters', 'QueryCluster'],
  ['hosts', 'QueryHost'],
  ['primary-storage', 'QueryPrimaryStorage'],
  ['instance-offerings', 'QueryInstanceOffering'],
  ['l3-networks', 'QueryL3Network'],
];

function answerQuery(ctx: RequestCtx, resourceKey: string, spec: QuerySpec): Response {
  const sessionError = checkSession(ctx);
  if (sessionError) return errorResponse(sessionError);
  const registry = resourceRegistry(new StateView(ctx.state));
  const resource = registry[resourceKey];
  if (!resource) throw new Error(`unknown resource ${resourceKey}`);
  const { page, total } = runQuery(resource.list(), resource, spec, lookupIn(registry));
  if (spec.count) return jsonResponse(200, { total, schema: {} });
  const inventories = page.map((record) => projectFields(resource.render(record, { count: false }), spec.fields));
  const reply: Record<string, unknown> = { inventories };
  if (spec.replyWithCount) reply.total = total;
  reply.schema = buildSchema(resource, inventories);
  return jsonResponse(200, reply);
}

export function queryRoutes(): ApiRoute[] {
  return QUERY_APIS.flatMap(([path, api]): ApiRoute[] => [
    { api, method: 'GET', path: `/${path}`, handle: (ctx) => answerQuery(ctx, path, parseQuery(ctx.url.searchParams)) },
    {
      api,
      method: 'GET',
      path: `/${path}/{uuid}`,
      // GET /<resources>/{uuid} is the same query with uuid=…; the other parameters are ignored.
      handle: (ctx) =>
        answerQuery(ctx, path, { conditions: [{ name: 'uuid', op: '=', value: ctx.vars.uuid ?? '' }], limit: DEFAULT_QUERY_LIMIT, start: 0, count: false, replyWithCount: false, sortDirection: 'asc' }),
    },
  ]);
}
