import type { Idc51Job, Idc51JobAction } from '../../../src/api/idc51/types';
import { refuse, type Refusal } from '../errors';
import { jobView, startJob } from '../lib/jobs';
import { checkPower, type PowerAction } from '../rules/operations';
import type { Idc51InstanceStatus, Idc51InstanceTransition } from '../../../src/api/idc51/types';
import type { ActionContext } from './action-context';

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
