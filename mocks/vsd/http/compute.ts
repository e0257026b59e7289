import { http, type HttpHandler } from 'msw';
import type { VsdOutput } from '../../../src/api/vsd/types';
import { batchOf, fail, ok, outputFail, outputOk, respond } from './envelope';
import { fault, isFault } from '../errors';
import { applyPower, checkPower, type PowerOp } from '../rules/power';
import { findCluster, findTenant, type ComputeRecord } from '../state';
import { batchItem, computeInspect, computeListItem } from '../views';
import { checkTenant, resolveCompute, route, saveCompute, scopeFromBody, scopeFromQuery, type Caller, type VsdContext } from './context';
import { asObject, bodyArray, pageOf, paging, readBody, type JsonObject } from './parse';

/** VM inventory and power operations (compute doc, docs/providers/vsd.md §4, §5). */

const POWER_OPS: PowerOp[] = ['start', 'shutoff', 'reset', 'restore', 'resume'];

function listComputes(ctx: VsdContext, url: URL, caller: Caller): Response {
  const state = ctx.state();
  const cluster = url.searchParams.get('cluster_uuid') ?? '';
  if (cluster !== '' && !findCluster(state, cluster)) return fail(fault('CLUSTER_NOT_FOUND', `cluster ${cluster}`));
  const tenant = url.searchParams.get('tenant') ?? '';
  const tenantFault = checkTenant(state, caller, tenant);
  if (tenantFault) return fail(tenantFault);
  const page = paging(url);
  if (isFault(page)) return fail(page);
  const tenantUuid = tenant === '' ? undefined : findTenant(state, tenant)?.uuid;
  const name = url.searchParams.get('filter_name') ?? '';
  const fuzzy = (url.searchParams.get('filter_fuzzy') ?? '').toLowerCase();
  const wantState = url.searchParams.get('filter_state') ?? '';
  const visible = (compute: ComputeRecord) =>
    (cluster === '' || compute.clusterUuid === cluster) &&
    (tenantUuid === undefined || compute.tenant === tenantUuid) &&
    (!caller.user || caller.user.allTenants || compute.tenant === caller.user.tenant) &&
    (name === '' || compute.name.includes(name)) &&
    (fuzzy === '' || compute.name.toLowerCase().includes(fuzzy) || compute.uuid.includes(fuzzy) || compute.nics.some((nic) => nic.ip.includes(fuzzy) || nic.mac.includes(fuzzy))) &&
    (wantState === '' || compute.state === wantState);
  const matched = state.computes.filter(visible);
  const clusters = state.clusters.filter((c) => cluster === '' || c.uuid === cluster);
  return ok({
    domains: pageOf(matched, page).map((compute) => computeListItem(state, compute, ctx.now())),
    total_count: matched.length,
    each_range_list_state: clusters.map((c) => ({ cluster_uuid: c.uuid, cluster_name: c.name, result: { ...outputOk(''), data: '' }, total_count: matched.filter((m) => m.clusterUuid === c.uuid).length })),
    object_group_counts: matched.length ? { 'e9017aa7-e19b-47b0-b638-e639aa9451c6': matched.length } : {},
    cluster_total_resource: null,
  });
}

/** One power operation on one identifier: the per-VM Output (used alone or inside a BatchOutput). */
function powerOne(ctx: VsdContext, caller: Caller, op: PowerOp, body: JsonObject): { output: VsdOutput; compute?: ComputeRecord } {
  const state = ctx.state();
  const scope = scopeFromBody(body);
  if (isFault(scope)) return { output: outputFail(scope) };
  const compute = resolveCompute(state, caller, scope);
  if (isFault(compute)) return { output: outputFail(compute) };
  const refused = checkPower(op, compute);
  if (refused) return { output: outputFail(refused), compute };
  const next = applyPower(op, compute, ctx.now(), ctx.env.timeScale());
  saveCompute(state, next);
  ctx.changed();
  return { output: outputOk({}), compute: next };
}

const echo = (body: JsonObject) => ({
  uuid: typeof body.compute_uuid === 'string' ? body.compute_uuid : '',
  name: typeof body.compute_name === 'string' ? body.compute_name : '',
  clusterUuid: typeof body.cluster_uuid === 'string' ? body.cluster_uuid : '',
  tenant: typeof body.tenant === 'string' ? body.tenant : '',
});

export function computeHandlers(base: string, ctx: VsdContext): HttpHandler[] {
  const power = POWER_OPS.map((op) =>
    http.post(
      `${base}/v1/compute/${op}`,
      route(ctx, 'apikey', async ({ request, caller }) => {
        const body = await readBody(request);
        if (isFault(body)) return fail(body);
        return respond(powerOne(ctx, caller, op, body).output);
      }),
    ),
  );
  return [
    http.get(`${base}/v1/compute/list`, route(ctx, 'apikey', ({ url, caller }) => listComputes(ctx, url, caller))),
    http.get(
      `${base}/v1/compute/inspect`,
      route(ctx, 'apikey', ({ url, caller }) => {
        const scope = scopeFromQuery(url);
        if (isFault(scope)) return fail(scope);
        const compute = resolveCompute(ctx.state(), caller, scope);
        if (isFault(compute)) return fail(compute);
        return ok(computeInspect(ctx.state(), compute, ctx.now()));
      }),
    ),
    ...power,
    http.post(
      `${base}/v1/compute/batch_shutoff`,
      route(ctx, 'apikey', async ({ request, caller }) => {
        const body = await readBody(request);
        if (isFault(body)) return fail(body);
        const vms = bodyArray(body, 'vms');
        if (isFault(vms)) return fail(vms);
        const results = vms.map((item, index) => {
          const vm = asObject(item, `vms[${index}]`);
          if (isFault(vm)) return outputFail(vm, null);
          const { output, compute } = powerOne(ctx, caller, 'shutoff', vm);
          return { ...output, data: batchItem(ctx.state(), compute ?? echo(vm)) };
        });
        return ok(batchOf(results));
      }),
    ),
  ];
}
