import type { VsdComputeInspect, VsdComputeSummary } from '@/api/vsd/types';
import { normaliseVsdStatus, vsdProviderStatus } from '../capabilities/vsd';
import type { Vm } from '../types';
import { sum, toNumber } from '../units';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

interface Statistic {
  cpu?: { logical?: number };
  mem?: { logical?: number };
}

/** create_time is Unix seconds on vsd. */
function unixToIso(value: unknown): string | undefined {
  const seconds = toNumber(value);
  return seconds && seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined;
}

/**
 * vsd list item (`/v1/compute/list` domains[]) -> Vm. CPU and memory come from `statistic.*.logical`.
 * Login stays empty: the SPICE/VNC console is reached through the platform's console server, whose address
 * the compute API does not give.
 */
export function vsdSummaryToVm(item: VsdComputeSummary, connectionId: string, clusterUuid: string): Vm {
  const statistic = (item.statistic ?? {}) as Statistic;
  const action = text(item.action);
  return {
    key: `${connectionId}/${item.uuid}`,
    connectionId,
    provider: 'vsd',
    id: item.uuid,
    name: item.name || item.uuid,
    status: normaliseVsdStatus(item.state, action),
    providerStatus: vsdProviderStatus(item.state, action),
    location: { kind: 'cluster', id: item.cluster_uuid ?? clusterUuid, name: text(item.cluster_name) },
    cpuCores: toNumber(statistic.cpu?.logical),
    memoryBytes: toNumber(statistic.mem?.logical),
    os: text(item.os),
    createdAt: unixToIso(item.create_time),
    login: [],
  };
}

/** `/v1/compute/inspect` -> Vm, with the disks' capacities. */
export function vsdInspectToVm(inspect: VsdComputeInspect, connectionId: string, clusterUuid: string): Vm {
  const capacities = (inspect.disks ?? []).map(
    (d) => d.disk_vsd_source?.disk_capacity ?? d.disk_volume_source?.disk_capacity ?? d.disk_block_source?.disk_capacity ?? d.disk_source_passthrough?.disk_capacity,
  );
  return {
    ...vsdSummaryToVm(inspect, connectionId, clusterUuid),
    cpuCores: toNumber(inspect.cpu_current),
    memoryBytes: toNumber(inspect.mem_size),
    diskBytes: sum(capacities),
  };
}
