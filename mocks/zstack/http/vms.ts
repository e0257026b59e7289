/** VM actions: PUT /vm-instances/{uuid}/actions with startVmInstance / stopVmInstance / rebootVmInstance. */
import { DURATION_MS } from '../lib/constants';
import { invalidValue, resourceNotFound } from '../errors';
import { isVmNoop, STOP_TYPES, vmOperationRefusal, type VmOperation } from '../rules/vms';
import type { VmRec } from '../state';
import { optBoolean, optString, paramObject, type RequestCtx } from './context';
import type { ApiRoute } from './router';
import { submitAsync, type Plan } from './session';

function findVm(ctx: RequestCtx): VmRec | { error: ReturnType<typeof resourceNotFound> } {
  const uuid = ctx.vars.uuid ?? '';
  return ctx.state.vms.find((vm) => vm.uuid === uuid) ?? { error: resourceNotFound('uuid', uuid, 'VmInstanceVO') };
}

/** Shared pipeline: find, state rule, no-op shortcut, then the transition's first half (…ing state). */
function vmAction(ctx: RequestCtx, operation: VmOperation, begin: (vm: VmRec) => Plan): Response {
  return submitAsync(ctx, operation, (): Plan => {
    const found = findVm(ctx);
    if ('error' in found) return found;
    const error = vmOperationRefusal(found, operation);
    if (error) return { error };
    if (isVmNoop(operation, found.state)) return { effect: { kind: 'vmNoop', vmUuid: found.uuid }, durationMs: DURATION_MS.vmNoop };
    return begin(found);
  });
}

function start(ctx: RequestCtx): Response {
  const params = paramObject(ctx.body, 'startVmInstance');
  const clusterUuid = optString(params, 'clusterUuid');
  const hostUuid = optString(params, 'hostUuid');
  return vmAction(ctx, 'StartVmInstance', (vm) => {
    if (hostUuid && !ctx.state.hosts.some((h) => h.uuid === hostUuid)) return { error: resourceNotFound('hostUuid', hostUuid, 'HostVO') };
    if (clusterUuid && !ctx.state.clusters.some((c) => c.uuid === clusterUuid)) return { error: resourceNotFound('clusterUuid', clusterUuid, 'ClusterVO') };
    const cluster = clusterUuid ?? vm.clusterUuid;
    const host = hostUuid ?? vm.lastHostUuid ?? ctx.state.hosts.find((h) => h.clusterUuid === cluster)?.uuid ?? '';
    const from = vm.state;
    Object.assign(vm, { state: 'Starting', lastOpDate: ctx.now });
    return { effect: { kind: 'vmStart', vmUuid: vm.uuid, hostUuid: host, from }, durationMs: DURATION_MS.vmStart, long: true };
  });
}

function stop(ctx: RequestCtx): Response {
  const params = paramObject(ctx.body, 'stopVmInstance');
  const type = optString(params, 'type') ?? 'grace';
  optBoolean(params, 'stopHA');
  if (!(STOP_TYPES as readonly string[]).includes(type)) {
    return submitAsync(ctx, 'StopVmInstance', () => ({ error: invalidValue('StopVmInstance', 'type', type, STOP_TYPES) }));
  }
  return vmAction(ctx, 'StopVmInstance', (vm) => {
    const from = vm.state;
    Object.assign(vm, { state: 'Stopping', lastOpDate: ctx.now });
    return { effect: { kind: 'vmStop', vmUuid: vm.uuid, from, hostUuid: vm.hostUuid }, durationMs: type === 'cold' ? DURATION_MS.vmStopCold : DURATION_MS.vmStopGrace, long: true };
  });
}

function reboot(ctx: RequestCtx): Response {
  paramObject(ctx.body, 'rebootVmInstance');
  return vmAction(ctx, 'RebootVmInstance', (vm) => {
    Object.assign(vm, { state: 'Rebooting', lastOpDate: ctx.now });
    return { effect: { kind: 'vmReboot', vmUuid: vm.uuid }, durationMs: DURATION_MS.vmReboot, long: true };
  });
}

export function vmRoutes(): ApiRoute[] {
  const actions = '/vm-instances/{uuid}/actions';
  return [
    { api: 'StartVmInstance', method: 'PUT', path: actions, action: 'startVmInstance', handle: start },
    { api: 'StopVmInstance', method: 'PUT', path: actions, action: 'stopVmInstance', handle: stop },
    { api: 'RebootVmInstance', method: 'PUT', path: actions, action: 'rebootVmInstance', handle: reboot },
  ];
}
