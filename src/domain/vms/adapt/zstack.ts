import type { ZStackVmInstanceInventory } from '@/api/zstack/types';
import { normaliseZStackStatus } from '../capabilities/zstack';
import { gsonDateToIso } from '../dates';
import type { Vm } from '../types';
import { sum } from '../units';

/**
 * ZStack VmInstanceInventory -> Vm. Located by cluster (a stopped VM has no host, so a host column would
 * jump). The inventory carries no console or login data (that is a separate API), so login is empty.
 */
export function zstackVmToVm(vm: ZStackVmInstanceInventory, connectionId: string): Vm {
  const volumeSizes = (vm.allVolumes ?? []).filter((v) => v.type !== 'Memory').map((v) => v.size);
  return {
    key: `${connectionId}/${vm.uuid}`,
    connectionId,
    provider: 'zstack',
    id: vm.uuid,
    name: vm.name || vm.uuid,
    status: normaliseZStackStatus(vm.state),
    providerStatus: vm.state,
    location: vm.clusterUuid ? { kind: 'cluster', id: vm.clusterUuid } : { kind: 'zone', id: vm.zoneUuid ?? '' },
    cpuCores: vm.cpuNum,
    memoryBytes: vm.memorySize,
    diskBytes: sum(volumeSizes),
    os: vm.guestOsType ?? vm.platform,
    createdAt: gsonDateToIso(vm.createDate),
    login: [],
    description: vm.description || undefined,
    ...(vm.imageUuid ? { sourceImageId: vm.imageUuid } : {}),
    dataVolumes: (vm.allVolumes ?? [])
      .filter((v) => v.type === 'Data')
      .sort((a, b) => (a.deviceId ?? 0) - (b.deviceId ?? 0))
      .map((v) => ({ id: v.uuid, name: v.name || v.uuid, sizeBytes: v.size, ...(v.rootImageUuid ? { templateId: v.rootImageUuid } : {}) })),
  };
}
