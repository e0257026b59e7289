/**
 * Pure rules of attaching and detaching data volumes (docs/providers/zstack.md §9): VolumeApiInterceptor's checks of
 * APIAttachDataVolumeToVmMsg / APIDetachDataVolumeFromVmMsg in its order, then the VM's state (VmInstanceBase).
 */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { operr } from '../errors';
import type { PrimaryStorageRec, VmRec, VolumeRec } from '../state';
import { vmOperationRefusal } from './vms';

/** What the attach check reads besides the volume and the VM. */
export interface AttachRefs {
  /** The data volume's primary storage. */
  volumeStorage: Pick<PrimaryStorageRec, 'attachedClusterUuids'> | undefined;
  /** The primary storage of the VM's root volume (used when the VM has no cluster). */
  rootStorage: Pick<PrimaryStorageRec, 'attachedClusterUuids'> | undefined;
}

export function attachRefusal(volume: VolumeRec, vm: VmRec, refs: AttachRefs): ZStackErrorCode | undefined {
  const volumeClusters = refs.volumeStorage?.attachedClusterUuids ?? [];
  const vmClusters = vm.clusterUuid ? [vm.clusterUuid] : (refs.rootStorage?.attachedClusterUuids ?? []);
  if (volumeClusters.length && !vmClusters.some((uuid) => volumeClusters.includes(uuid))) return operr("Can't attach volume to VM, no qualified cluster");
  if (vm.platform === 'Other' && vm.state !== 'Stopped') {
    return operr(`the vm[uuid:${vm.uuid}] doesn't support to online attach volume[${volume.uuid}] on the basis of that the image platform type of the vm is other `);
  }
  if (volume.type === 'Root') return operr(`the volume[uuid:${volume.uuid}, name:${volume.name}] is Root Volume, can't attach it`);
  if (volume.state === 'Disabled') return operr(`data volume[uuid:${volume.uuid}] is Disabled, can't attach`);
  if (volume.status === 'Deleted') return operr(`the volume[uuid:${volume.uuid}] is in status of deleted, cannot do the operation`);
  if (volume.vmInstanceUuid && !volume.isShareable) return operr(`data volume[uuid:${volume.uuid}] has been attached to some vm, can't attach again`);
  if (volume.status !== 'Ready' && volume.status !== 'NotInstantiated') return operr(`data volume can only be attached when status is [Ready, NotInstantiated], current is ${volume.status}`);
  return vmOperationRefusal(vm, 'AttachDataVolumeToVm');
}

export function detachRefusal(volume: VolumeRec, vm: VmRec | undefined): ZStackErrorCode | undefined {
  if (!volume.vmInstanceUuid) return operr(`data volume[uuid:${volume.uuid}] is not attached to any vm, can't detach`);
  if (volume.type !== 'Data') return operr(`the volume[uuid:${volume.uuid}, name:${volume.name}, type:${volume.type}] can't detach it`);
  return vm ? vmOperationRefusal(vm, 'DetachDataVolumeFromVm') : undefined;
}

/** The next free device id on the VM (the root volume is 0). */
export function nextDeviceId(volumesOfVm: readonly Pick<VolumeRec, 'deviceId'>[]): number {
  const used = new Set(volumesOfVm.map((v) => v.deviceId ?? 0));
  let id = 1;
  while (used.has(id)) id++;
  return id;
}
