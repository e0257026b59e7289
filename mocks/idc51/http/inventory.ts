import { http, type HttpHandler } from 'msw';
import type { Idc51InstanceStatus, Idc51InstanceTransition, Idc51Job, Idc51JobAction } from '../../../src/api/idc51/types';
import { errorResponse, isRefusal, refuse, type Refusal } from '../errors';
import { jobView, startJob } from '../lib/jobs';
import { checkPower, type PowerAction } from '../rules/operations';
import { findJob } from '../state';
import { reply, zoned, type ActionContext, type HandlerContext } from './context';
import { listImages, listInstances, listJobs, listVolumes } from './listing';
import { bodyStringList, readBody } from './parse';

/** Jobs and the inventories around backups (instances, volumes, images), relative to `/v2/zone/:zone`. */

const POWER: Record<PowerAction, { action: Idc51JobAction; transition: Idc51InstanceTransition; from: Idc51InstanceStatus; to: Idc51InstanceStatus }> = {
  start: { action: 'StartInstances', transition: 'starting', from: 'stopped', to: 'running' },
  stop: { action: 'StopInstances', transition: 'stopping', from: 'running', to: 'stopped' },
  restart: { action: 'RestartInstances', transition: 'restarting', from: 'running', to: 'running' },
};

/** POST /instances/{start,stop,restart} (documented, body `instances`) and /instances/:id/{...} (ASSUMED). */
export function powerInstances(ctx: ActionContext, ids: string[], action: PowerAction): Idc51Job | Refusal {
  if (!ids.length) return refuse.missing('instances');
  const plan = POWER[action];
  const instances = [];
  for (const id of ids) {
    const instance = ctx.state.instances.find((i) => i.id === id && i.zone === ctx.zone);
    const refusal = checkPower(instance, id, action);
    if (refusal) return refusal;
    if (instance) instances.push(instance);
  }
  for (const instance of instances) Object.assign(instance, { transition: plan.transition, statusAt: ctx.now });
  const effect = { kind: 'power' as const, instanceIds: ids, from: plan.from, to: plan.to };
  const job = startJob(ctx.state, { action: plan.action, zone: ctx.zone, resourceIds: ids, now: ctx.now, scale: ctx.scale, failHalfway: ctx.failHalfway(), effect });
  return jobView(job, ctx.now);
}

const POWER_ACTIONS: PowerAction[] = ['start', 'stop', 'restart'];

export function inventoryHandlers(zoneBase: string, ctx: HandlerContext): HttpHandler[] {
  const power = POWER_ACTIONS.flatMap((verb) => [
    // Documented form (anchnet/api-docs-v2 instance.md): body {instances: [...]}.
    http.post(
      `${zoneBase}/instances/${verb}`,
      zoned(ctx, async ({ action, request }) => {
        const body = await readBody(request);
        if (isRefusal(body)) return errorResponse(body);
        const ids = bodyStringList(body, 'instances');
        return isRefusal(ids) ? errorResponse(ids) : reply(powerInstances(action, ids, verb));
      }),
    ),
    // ASSUMED REST form with the id in the path.
    http.post(`${zoneBase}/instances/:instance_id/${verb}`, zoned(ctx, ({ action, params }) => reply(powerInstances(action, [params.instance_id ?? ''], verb)))),
  ]);
  return [
    // The PHP SDK notes the zone of the job URL is ignored: jobs are found in any zone.
    http.get(
      `${zoneBase}/job/:job_id`,
      zoned(ctx, ({ action, params }) => {
        const job = findJob(action.state, params.job_id ?? '');
        return job ? reply(jobView(job, action.now)) : errorResponse(refuse.notFound(params.job_id ?? ''));
      }),
    ),
    http.get(`${zoneBase}/jobs`, zoned(ctx, ({ action, url }) => reply(listJobs(action.state, action.zone, url.searchParams, action.now)))),
    http.get(`${zoneBase}/volumes`, zoned(ctx, ({ action, url }) => reply(listVolumes(action.state, action.zone, url.searchParams)))),
    http.get(`${zoneBase}/instances`, zoned(ctx, ({ action, url }) => reply(listInstances(action.state, action.zone, url.searchParams)))),
    http.get(`${zoneBase}/images`, zoned(ctx, ({ action, url }) => reply(listImages(action.state, action.zone, url.searchParams)))),
    ...power,
  ];
}
