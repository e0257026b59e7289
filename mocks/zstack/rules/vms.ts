/** Pure VM state rules (AbstractVmInstance allowed operations). */
import type { ZStackErrorCode, ZStackVmState } from '../../../src/api/zstack/types';
import { API_CLASSES, argerr, operr, zsError } from '../errors';
import type { ImageRec, InstanceOfferingRec, L3NetworkRec, VmRec } from '../state';

export type VmOperation = 'StartVmInstance' | 'StopVmInstance' | 'RebootVmInstance' | 'AttachDataVolumeToVm' | 'DetachDataVolumeFromVm';

export const VM_ALLOWED_STATES: Record<VmOperation, readonly ZStackVmState[]> = {
  StartVmInstance: ['Created', 'Stopped', 'Running', 'Crashed'],
  StopVmInstance: ['Running', 'Stopped', 'Paused', 'Unknown', 'NoState', 'Crashed'],
  RebootVmInstance: ['Running'],
  // docs/providers/zstack.md §9: a data volume goes on or off a Running or Stopped VM only (ASSUMED beyond those two).
  AttachDataVolumeToVm: ['Running', 'Stopped'],
  DetachDataVolumeFromVm: ['Running', 'Stopped'],
};

/** Already there: the API answers at once with the unchanged inventory. */
export function isVmNoop(operation: VmOperation, state: ZStackVmState): boolean {
  return (operation === 'StartVmInstance' && state === 'Running') || (operation === 'StopVmInstance' && state === 'Stopped');
}

/** SYS.1006 wrapping VM.1010 when the state does not allow the operation. */
export function vmOperationRefusal(vm: VmRec, operation: VmOperation): ZStackErrorCode | undefined {
  const allowed = VM_ALLOWED_STATES[operation];
  if (allowed.includes(vm.state)) return undefined;
  const message = API_CLASSES[operation] ?? operation;
  return zsError(
    'SYS.1006',
    `the vm[uuid:${vm.uuid}, name:${vm.name}] is in state ${vm.state}, cannot proceed ${operation}`,
    zsError('VM.1010', `current vm instance state[${vm.state}] doesn't allow to proceed message[${message}], allowed states are ${JSON.stringify(allowed)}`),
  );
}

export const STOP_TYPES = ['grace', 'cold'] as const;

/** What CreateVmInstance names, resolved by the caller (undefined = no such record). */
export interface CreateVmRefs {
  image: Pick<ImageRec, 'uuid' | 'state' | 'status' | 'mediaType'> | undefined;
  offering: Pick<InstanceOfferingRec, 'uuid' | 'state'> | undefined;
  l3Networks: Pick<L3NetworkRec, 'uuid' | 'state'>[];
  rootDiskOfferingUuid?: string;
}

/**
 * VmInstanceApiInterceptor's checks of APICreateVmInstanceMsg that follow the parameter validation: the image must be
 * a Ready, Enabled root template (an ISO also needs a root disk offering), the offering and networks Enabled.
 */
export function createVmRefusal(refs: CreateVmRefs): ZStackErrorCode | undefined {
  const { image, offering, l3Networks } = refs;
  if (offering && offering.state !== 'Enabled') return operr(`instance offering[uuid:${offering.uuid}] is Disabled, can't create vm from it`);
  if (image) {
    if (image.state !== 'Enabled') return operr(`image[uuid:${image.uuid}] is Disabled, can't create vm from it`);
    if (image.status !== 'Ready') return argerr(`image[uuid:${image.uuid}] is not ready yet, current status[${image.status}]`);
    if (image.mediaType === 'DataVolumeTemplate') return argerr(`image[uuid:${image.uuid}] is of mediaType: ${image.mediaType}, only RootVolumeTemplate and ISO can be used to create vm`);
    if (image.mediaType === 'ISO' && !refs.rootDiskOfferingUuid) return argerr('rootDiskOfferingUuid cannot be null when image mediaType is ISO');
  }
  const disabled = l3Networks.find((l3) => l3.state !== 'Enabled');
  if (disabled) return operr(`l3Network[uuid:${disabled.uuid}] is Disabled, can not create vm on it`);
  return undefined;
}
