import { http, type HttpHandler } from 'msw';
import { powerInstances } from './instances';
import { errorResponse, isRefusal, refuse } from '../errors';
import { jobView } from '../lib/jobs';
import { listImages, listInstances, listJobs, listVolumes } from './listing';
import { bodyStringList, readBody } from './parse';
import type { PowerAction } from '../rules/operations';
import { findJob } from '../state';
import { reply, zoned, type HandlerContext } from './context';

/** Jobs and the inventories around backups (instances, volumes, images), relative to `/v2/zone/:zone`. */

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
