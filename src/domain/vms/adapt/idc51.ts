import type { Idc51Instance } from '@/api/idc51/types';
import { idc51ProviderStatus, normaliseIdc51Status } from '../capabilities/idc51';
import { serverTimeToIso } from '../dates';
import type { Vm } from '../types';
import { GiB, MiB, sum } from '../units';

/**
 * 51idc instance -> Vm: memory is MB, volume sizes GB. The list carries addresses (EIP, private IPs) but no
 * login port or credentials (those are keypairs), so login stays empty.
 */
export function idc51InstanceToVm(instance: Idc51Instance, connectionId: string, zone: string): Vm {
  return {
    key: `${connectionId}/${instance.instance_id}`,
    connectionId,
    provider: 'idc51',
    id: instance.instance_id,
    name: instance.instance_name || instance.instance_id,
    status: normaliseIdc51Status(instance.status, instance.transition_status),
    providerStatus: idc51ProviderStatus(instance.status, instance.transition_status),
    location: { kind: 'zone', id: zone },
    cpuCores: instance.vcpus_current,
    memoryBytes: instance.memory_current === undefined ? undefined : instance.memory_current * MiB,
    diskBytes: sum((instance.volumes ?? []).map((v) => (v.size === undefined ? undefined : v.size * GiB))),
    createdAt: serverTimeToIso(instance.create_time),
    login: [],
    description: instance.description || undefined,
  };
}
