/**
 * VM actions: PUT /vm-instances/{uuid}/actions with startVmInstance / stopVmInstance / rebootVmInstance;
 * CreateVmInstance: POST /vm-instances (a new VM from a root template, docs/providers/zstack.md §VM create).
 */
import { DURATION_MS } from '../lib/constants';
import { argerr, invalidValue, resourceNotFound } from '../errors';
import { createVmRefusal, isVmNoop, STOP_TYPES, vmOperationRefusal, type VmOperation } from '../rules/vms';
import { nextUuid, type VmRec, type VolumeRec } from '../state';
import { bodyTags, optBoolean, optString, optStringList, paramObject, type RequestCtx } from './context';
import type { ApiRoute } from './router';
import { submitAsync, type Plan } from './session';
import { firstError, maxLengthError, requiredString, resourceUuidError, uuidTaken } from './validate';

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

interface CreateVmParams {
  name?: string;
  description?: string;
  instanceOfferingUuid?: string;
  imageUuid?: string;
  l3NetworkUuids?: string[];
  defaultL3NetworkUuid?: string;
  rootDiskOfferingUuid?: string;
  dataDiskOfferingUuids?: string[];
  resourceUuid?: string;
}

/** ApiParamValidator order, then the resource lookups, then VmInstanceApiInterceptor (rules/vms.ts). */
function createVmError(ctx: RequestCtx, p: CreateVmParams) {
  const api = 'CreateVmInstance';
  const { state } = ctx;
  return firstError(
    () => requiredString(api, 'name', p.name, 255),
    () => maxLengthError(api, 'description', p.description, 2048),
    () => requiredString(api, 'instanceOfferingUuid', p.instanceOfferingUuid, 32),
    () => requiredString(api, 'imageUuid', p.imageUuid, 32),
    () => (p.l3NetworkUuids === undefined ? requiredString(api, 'l3NetworkUuids', undefined, 0) : undefined),
    () => (p.l3NetworkUuids?.length === 0 ? argerr('field[l3NetworkUuids] of message[org.zstack.header.vm.APICreateVmInstanceMsg] must be a non-empty list') : undefined),
    () => resourceUuidError(p.resourceUuid, (uuid) => uuidTaken(state, uuid)),
    () => (state.instanceOfferings.some((o) => o.uuid === p.instanceOfferingUuid) ? undefined : resourceNotFound('instanceOfferingUuid', p.instanceOfferingUuid ?? '', 'InstanceOfferingVO')),
    () => (state.images.some((i) => i.uuid === p.imageUuid && i.status !== 'Deleted') ? undefined : resourceNotFound('imageUuid', p.imageUuid ?? '', 'ImageVO')),
    () => {
      const missing = (p.l3NetworkUuids ?? []).filter((uuid) => !state.l3Networks.some((l3) => l3.uuid === uuid));
      return missing.length ? resourceNotFound('l3NetworkUuids', missing, 'L3NetworkVO') : undefined;
    },
    () => (p.defaultL3NetworkUuid !== undefined && !(p.l3NetworkUuids ?? []).includes(p.defaultL3NetworkUuid) ? argerr(`defaultL3NetworkUuid[uuid:${p.defaultL3NetworkUuid}] is not in l3NetworkUuids${JSON.stringify(p.l3NetworkUuids)}`) : undefined),
    // Disk offerings are not emulated: any named one is unknown (the console never sends them).
    () => (p.rootDiskOfferingUuid !== undefined ? resourceNotFound('rootDiskOfferingUuid', p.rootDiskOfferingUuid, 'DiskOfferingVO') : undefined),
    () => (p.dataDiskOfferingUuids?.length ? resourceNotFound('dataDiskOfferingUuids', p.dataDiskOfferingUuids, 'DiskOfferingVO') : undefined),
    () =>
      createVmRefusal({
        image: state.images.find((i) => i.uuid === p.imageUuid),
        offering: state.instanceOfferings.find((o) => o.uuid === p.instanceOfferingUuid),
        l3Networks: state.l3Networks.filter((l3) => p.l3NetworkUuids?.includes(l3.uuid)),
        rootDiskOfferingUuid: p.rootDiskOfferingUuid,
      }),
  );
}

/** The VM appears at once in state Starting with its root volume Creating; the job's end makes it Running. */
function createVm(ctx: RequestCtx): Response {
  const params = paramObject(ctx.body, 'params');
  const p: CreateVmParams = {
    name: optString(params, 'name'),
    description: optString(params, 'description'),
    instanceOfferingUuid: optString(params, 'instanceOfferingUuid'),
    imageUuid: optString(params, 'imageUuid'),
    l3NetworkUuids: optStringList(params, 'l3NetworkUuids'),
    defaultL3NetworkUuid: optString(params, 'defaultL3NetworkUuid'),
    rootDiskOfferingUuid: optString(params, 'rootDiskOfferingUuid'),
    dataDiskOfferingUuids: optStringList(params, 'dataDiskOfferingUuids'),
    resourceUuid: optString(params, 'resourceUuid'),
  };
  bodyTags(ctx.body, 'systemTags');
  bodyTags(ctx.body, 'userTags');
  return submitAsync(ctx, 'CreateVmInstance', (): Plan => {
    const error = createVmError(ctx, p);
    if (error) return { error };
    const { state, now } = ctx;
    const image = state.images.find((i) => i.uuid === p.imageUuid);
    const offering = state.instanceOfferings.find((o) => o.uuid === p.instanceOfferingUuid);
    const host = state.hosts.find((h) => h.status === 'Connected' && h.state === 'Enabled');
    const ps = state.primaryStorages.find((s) => host && s.attachedClusterUuids.includes(host.clusterUuid)) ?? state.primaryStorages[0];
    if (!image || !offering || !host || !ps) return { error: argerr('no host or primary storage to create the vm on') };
    const uuid = p.resourceUuid ?? nextUuid(state);
    const rootUuid = nextUuid(state);
    const l3Uuids = p.l3NetworkUuids ?? [];
    const vm: VmRec = {
      uuid,
      name: p.name ?? '',
      zoneUuid: host.zoneUuid,
      clusterUuid: host.clusterUuid,
      hostUuid: host.uuid,
      imageUuid: image.uuid,
      instanceOfferingUuid: offering.uuid,
      rootVolumeUuid: rootUuid,
      defaultL3NetworkUuid: p.defaultL3NetworkUuid ?? l3Uuids[0] ?? '',
      platform: image.platform,
      architecture: image.architecture ?? 'x86_64',
      guestOsType: image.guestOsType ?? image.platform,
      type: 'UserVm',
      hypervisorType: 'KVM',
      memorySize: offering.memorySize,
      cpuNum: offering.cpuNum,
      cpuSpeed: offering.cpuSpeed,
      allocatorStrategy: offering.allocatorStrategy,
      state: 'Starting',
      vmNics: l3Uuids.map((l3Uuid, deviceId) => {
        const l3 = state.l3Networks.find((n) => n.uuid === l3Uuid);
        const used = state.vms.flatMap((v) => v.vmNics).filter((nic) => nic.l3NetworkUuid === l3Uuid).length;
        const ip = `${l3?.ipPrefix ?? '10.0.0.'}${100 + used}`;
        const mac = `fa:16:3e:${nextUuid(state).slice(0, 6).replace(/(..)(?=.)/g, '$1:')}`;
        return { uuid: nextUuid(state), vmInstanceUuid: uuid, l3NetworkUuid: l3Uuid, ip, mac, netmask: '255.255.255.0', gateway: ip.replace(/\.\d+$/, '.1'), deviceId, type: 'VNIC', createDate: now, lastOpDate: now };
      }),
      createDate: now,
      lastOpDate: now,
    };
    if (p.description !== undefined) vm.description = p.description;
    const root: VolumeRec = {
      uuid: rootUuid,
      name: `ROOT-for-${vm.name}`,
      primaryStorageUuid: ps.uuid,
      vmInstanceUuid: uuid,
      rootImageUuid: image.uuid,
      installPath: ps.type === 'Ceph' ? `ceph://pri-c-pool/${rootUuid}` : `${ps.url}/rootVolumes/acct-36c27e8f/vol-${rootUuid}/${rootUuid}.qcow2`,
      type: 'Root',
      format: ps.type === 'Ceph' ? 'raw' : 'qcow2',
      size: image.size,
      actualSize: image.actualSize,
      deviceId: 0,
      state: 'Enabled',
      status: 'Creating',
      isShareable: false,
      createDate: now,
      lastOpDate: now,
    };
    state.vms.push(vm);
    state.volumes.push(root);
    return { effect: { kind: 'createVm', vmUuid: uuid, hostUuid: host.uuid }, durationMs: DURATION_MS.createVm, long: true };
  });
}

export function vmRoutes(): ApiRoute[] {
  const actions = '/vm-instances/{uuid}/actions';
  return [
    { api: 'CreateVmInstance', method: 'POST', path: '/vm-instances', handle: createVm },
    { api: 'StartVmInstance', method: 'PUT', path: actions, action: 'startVmInstance', handle: start },
    { api: 'StopVmInstance', method: 'PUT', path: actions, action: 'stopVmInstance', handle: stop },
    { api: 'RebootVmInstance', method: 'PUT', path: actions, action: 'rebootVmInstance', handle: reboot },
  ];
}
