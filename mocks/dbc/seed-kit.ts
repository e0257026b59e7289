import { macFrom, passwordFrom, taskIdFrom } from './lib/format';
import { DBC_DEMO_RENTER } from './lib/identities';
import type { DbcNode, DbcSnapshot, DbcTask } from './state';

/** Builders shared by the demo and large datasets. */


export const DAY = 86_400_000;
export const CLIENT_VERSION = '0.4.1.7';

export const BASE_IMAGES = [
  { name: 'ubuntu.qcow2', sizeGb: 5.21 },
  { name: 'ubuntu-22.04-cuda12.2.qcow2', sizeGb: 18.64 },
  { name: 'win10-ltsc-2021.qcow2', sizeGb: 24.3 },
];

export interface NodeSpec {
  nodeId: string;
  name: string;
  ip: string;
  gpuCount: number;
  rental: DbcNode['rental'];
  cpuType?: string;
  cpuCores?: number;
  memGb?: number;
  dataDiskGb?: number;
  images?: DbcNode['images'];
  sessions?: DbcNode['sessions'];
}

export function makeNode(spec: NodeSpec): DbcNode {
  return {
    nodeId: spec.nodeId,
    name: spec.name,
    version: CLIENT_VERSION,
    ip: spec.ip,
    os: 'Ubuntu 20.04.6 LTS',
    cpuType: spec.cpuType ?? 'Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz',
    cpuMhz: 3000,
    cpuCores: spec.cpuCores ?? 96,
    physicalCpus: 2,
    gpuCount: spec.gpuCount,
    memGb: spec.memGb ?? 503.54,
    diskSystemType: 'SSD',
    dataDiskGb: spec.dataDiskGb ?? 7451.29,
    dataDiskType: 'SSD',
    images: spec.images ?? BASE_IMAGES.map((i) => ({ ...i })),
    rental: spec.rental,
    sessions: spec.sessions ?? (spec.rental.renter === DBC_DEMO_RENTER.address ? [{ sessionId: DBC_DEMO_RENTER.sessionId, wallet: DBC_DEMO_RENTER.address, signers: [] }] : []),
  };
}

export interface TaskSpec {
  taskId?: string;
  label: string;
  nodeId: string;
  wallet?: string;
  createdAt: number;
  desc: string;
  os?: string;
  imageName?: string;
  sshPort?: number;
  rdpPort?: number;
  vncPort: number;
  cpuCores: number;
  gpuCount: number;
  memGb: number;
  diskGb: number;
  status: DbcTask['status'];
  domain: DbcTask['domain'];
  op?: DbcTask['op'];
  snapshots?: DbcSnapshot[];
}

export function makeTask(spec: TaskSpec): DbcTask {
  const taskId = spec.taskId ?? taskIdFrom(spec.label);
  const os = spec.os ?? 'ubuntu';
  const windows = os.includes('win');
  const password = passwordFrom(`pwd-${taskId}`);
  return {
    taskId,
    nodeId: spec.nodeId,
    wallet: spec.wallet ?? DBC_DEMO_RENTER.address,
    createdAt: spec.createdAt,
    desc: spec.desc,
    os,
    biosMode: windows ? 'uefi' : 'legacy',
    imageName: spec.imageName ?? (windows ? 'win10-ltsc-2021.qcow2' : 'ubuntu.qcow2'),
    sshPort: spec.sshPort ?? 0,
    rdpPort: spec.rdpPort ?? 0,
    vncPort: spec.vncPort,
    publicIp: '',
    customPort: [],
    userName: windows ? 'Administrator' : 'dbc',
    loginPassword: password,
    vncPassword: password.slice(0, 8),
    cpuCores: spec.cpuCores,
    gpuCount: spec.gpuCount,
    memGb: spec.memGb,
    diskGb: spec.diskGb,
    mac: macFrom(taskId),
    status: spec.status,
    domain: spec.domain,
    op: spec.op,
    snapshots: spec.snapshots ?? [],
    log: [],
  };
}
