/**
 * Data volumes on VMs (docs/providers/zstack.md §9): AttachDataVolumeToVm `POST /volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}`
 * and DetachDataVolumeFromVm `DELETE /volumes/{uuid}/vm-instances?vmUuid=`. Both async; the volume changes when the
 * job ends, whose result is `{inventory: VolumeInventory}`.
 */
import { DURATION_MS } from '../lib/constants';
import { resourceNotFound } from '../errors';
import { attachRefusal, detachRefusal } from '../rules/volumes';
import { bodyTags, type RequestCtx } from './context';
import type { ApiRoute } from './router';
import { submitAsync, type Plan } from './session';

function attach(ctx: RequestCtx): Response {
  bodyTags(ctx.body, 'systemTags');
  bodyTags(ctx.body, 'userTags');
  return submitAsync(ctx, 'AttachDataVolumeToVm', (): Plan => {
    const volumeUuid = ctx.vars.volumeUuid ?? '';
    const vmUuid = ctx.vars.vmInstanceUuid ?? '';
    const { state } = ctx;
    // ApiMessageProcessor resolves the path's uuids in field order: vmInstanceUuid, then volumeUuid.
    const vm = state.vms.find((v) => v.uuid === vmUuid);
    if (!vm) return { error: resourceNotFound('vmInstanceUuid', vmUuid, 'VmInstanceVO') };
    const volume = state.volumes.find((v) => v.uuid === volumeUuid);
    if (!volume) return { error: resourceNotFound('volumeUuid', volumeUuid, 'VolumeVO') };
    const rootStorageUuid = state.volumes.find((v) => v.uuid === vm.rootVolumeUuid)?.primaryStorageUuid;
    const error = attachRefusal(volume, vm, {
      volumeStorage: state.primaryStorages.find((ps) => ps.uuid === volume.primaryStorageUuid),
      rootStorage: state.primaryStorages.find((ps) => ps.uuid === rootStorageUuid),
    });
    if (error) return { error };
    return { effect: { kind: 'attachVolume', volumeUuid, vmUuid }, durationMs: DURATION_MS.attachVolume, long: true };
  });
}

function detach(ctx: RequestCtx): Response {
  return submitAsync(ctx, 'DetachDataVolumeFromVm', (): Plan => {
    const uuid = ctx.vars.uuid ?? '';
    const volume = ctx.state.volumes.find((v) => v.uuid === uuid);
    if (!volume) return { error: resourceNotFound('uuid', uuid, 'VolumeVO') };
    const error = detachRefusal(
      volume,
      ctx.state.vms.find((v) => v.uuid === volume.vmInstanceUuid),
    );
    if (error) return { error };
    return { effect: { kind: 'detachVolume', volumeUuid: uuid }, durationMs: DURATION_MS.detachVolume };
  });
}

export function volumeRoutes(): ApiRoute[] {
  return [
    { api: 'AttachDataVolumeToVm', method: 'POST', path: '/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}', handle: attach },
    { api: 'DetachDataVolumeFromVm', method: 'DELETE', path: '/volumes/{uuid}/vm-instances', handle: detach },
  ];
}
