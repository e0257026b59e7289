import type { DbcTaskDetail, DbcTaskSummary } from '@/api/dbc/types';
import { normaliseDbcStatus } from '../capabilities/dbc';
import type { LoginEndpoint, Vm } from '../types';
import { serverTimeToIso } from '../dates';
import { parseSizeString, sum, toNumber, toPort } from '../units';

const isWindows = (os: string | undefined) => /win/i.test(os ?? '');

/** SSH (Linux) or RDP (Windows) plus VNC, all on ssh_ip; era B details carry both ports, the OS picks. */
export function dbcLogin(detail: DbcTaskDetail): LoginEndpoint[] {
  const host = detail.ssh_ip;
  if (!host) return [];
  const login: LoginEndpoint[] = [];
  const windows = isWindows(detail.os);
  const ssh = toPort(detail.ssh_port);
  const rdp = toPort(detail.rdp_port);
  const credentials = { user: detail.user_name || undefined, password: detail.login_password || undefined };
  if (ssh !== undefined && !windows) login.push({ protocol: 'ssh', host, port: ssh, ...credentials });
  if (rdp !== undefined && (windows || ssh === undefined)) login.push({ protocol: 'rdp', host, port: rdp, ...credentials });
  const vnc = toPort(detail.vnc_port);
  if (vnc !== undefined) login.push({ protocol: 'vnc', host, port: vnc, password: detail.vnc_password || undefined });
  return login;
}

interface DbcVmBase {
  connectionId: string;
  nodeId: string;
}

/** The list entry alone (when the detail call failed): name, status and time, no login or resources. */
export function dbcSummaryToVm(summary: DbcTaskSummary, base: DbcVmBase): Vm {
  return {
    key: `${base.connectionId}/${summary.task_id}`,
    connectionId: base.connectionId,
    provider: 'dbc',
    id: summary.task_id,
    name: summary.desc || summary.task_id,
    status: normaliseDbcStatus(summary.status),
    providerStatus: summary.status,
    location: { kind: 'node', id: base.nodeId },
    createdAt: serverTimeToIso(summary.create_time),
    login: [],
    description: summary.desc || undefined,
  };
}

/**
 * The system disk (vda, a fixed 350 GB on DBC: docs/providers/dbc.md §4.2) and the data disks (disk_size at create),
 * from era C's `disks` or era B's disk_system + disk_data; undefined where a size is missing.
 */
function dbcDiskParts(detail: DbcTaskDetail & { disk_data?: string }): Vm['diskParts'] {
  const [system, ...data] = detail.disks?.length ? detail.disks.map((d) => parseSizeString(d.size)) : [parseSizeString(detail.disk_system), parseSizeString(detail.disk_data)];
  if (system === undefined || data.some((size) => size === undefined)) return undefined;
  return { systemBytes: system, dataBytes: sum(data) ?? 0 };
}

/** `/tasks/<id>` (era C, or era B with disk_data and both ports) -> Vm. */
export function dbcDetailToVm(detail: DbcTaskDetail & { disk_data?: string }, base: DbcVmBase): Vm {
  const diskSizes = detail.disks?.length ? detail.disks.map((d) => parseSizeString(d.size)) : [parseSizeString(detail.disk_system), parseSizeString(detail.disk_data)];
  const diskParts = dbcDiskParts(detail);
  return {
    ...dbcSummaryToVm({ task_id: detail.task_id, create_time: detail.create_time, desc: detail.desc ?? '', status: detail.status }, base),
    cpuCores: toNumber(detail.cpu_cores),
    gpuCount: toNumber(detail.gpu_count),
    memoryBytes: parseSizeString(detail.mem_size),
    diskBytes: sum(diskSizes),
    ...(diskParts ? { diskParts } : {}),
    os: detail.os || undefined,
    login: dbcLogin(detail),
  };
}
