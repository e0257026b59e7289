import type { DbcTaskStatus } from '../../src/api/dbc/types';

/** libvirt domain state behind a task (the node checks these, not the DBC status string). */
export type DomainState = 'none' | 'running' | 'shut_off' | 'suspended';

/** On-chain rental of a machine as the node sees it. `renter` is a wallet or a multisig account address. */
export interface Rental {
  status: 'rented' | 'online' | 'expired';
  renter?: string;
}

export interface SessionRecord {
  sessionId: string;
  /** The rent wallet (or multisig account) the session speaks for. */
  wallet: string;
  /** Multisig members allowed to sign the session id (empty for a plain wallet). */
  signers: string[];
  /** `counter` when issued (seeded sessions have none): the sessionExpired flag refuses sessions issued before it. */
  serial?: number;
}

export interface NodeImage {
  name: string;
  sizeGb: number;
}

export interface DbcNode {
  nodeId: string;
  name: string;
  version: string;
  /** Public IPv4 of the host (masked in /mining_nodes, shown as ssh_ip in task details). */
  ip: string;
  os: string;
  cpuType: string;
  cpuMhz: number;
  cpuCores: number;
  physicalCpus: number;
  gpuCount: number;
  memGb: number;
  diskSystemType: 'SSD' | 'HDD';
  dataDiskGb: number;
  dataDiskType: 'SSD' | 'HDD';
  images: NodeImage[];
  rental: Rental;
  sessions: SessionRecord[];
}

export interface SnapshotDisk {
  diskName: string;
  snapshotType: 'external' | 'no' | 'internal';
  file: string;
}

export interface DbcSnapshot {
  name: string;
  description: string;
  createdAt: number;
  /** When creating (and uploading, era C) is over. */
  readyAt: number;
  /** Era C snapshots are uploaded to the image center after creation: the first half is creating. */
  uploads: boolean;
  /** Set when the job fails (jobFailsHalfway): the era-B state text / era-C task status. */
  failedAt?: number;
  disks: SnapshotDisk[];
  file: string;
}

/** An operation in flight: the status shows `pending` until `doneAt`, then `status`/`domain` become the targets. */
export interface PendingOp {
  kind: 'create' | 'start' | 'shutdown' | 'poweroff' | 'restart' | 'reset' | 'delete' | 'snapshot';
  pending: DbcTaskStatus;
  startedAt: number;
  doneAt: number;
  next: DbcTaskStatus;
  nextDomain: DomainState;
  /** jobFailsHalfway: at failAt the task ends in failStatus instead. */
  failAt?: number;
  failStatus?: DbcTaskStatus;
}

export interface DbcTask {
  taskId: string;
  nodeId: string;
  wallet: string;
  createdAt: number;
  desc: string;
  os: string;
  biosMode: string;
  imageName: string;
  sshPort: number;
  rdpPort: number;
  vncPort: number;
  publicIp: string;
  customPort: string[];
  userName: string;
  loginPassword: string;
  vncPassword: string;
  cpuCores: number;
  gpuCount: number;
  memGb: number;
  diskGb: number;
  mac: string;
  status: DbcTaskStatus;
  domain: DomainState;
  op?: PendingOp;
  snapshots: DbcSnapshot[];
  /** Extra log lines appended by operations (the base boot log is generated from the task). */
  log: Array<{ at: number; line: string }>;
}

export interface ImageTransfer {
  kind: 'upload' | 'download';
  nodeId: string;
  image: string;
  server: string;
  sizeGb: number;
  startedAt: number;
  doneAt: number;
  stopped?: boolean;
  stoppedAt?: number;
  /** jobFailsHalfway: the rsync fails at this time; the progress endpoint then answers the failure. */
  failAt?: number;
  /** transferStalls: progress stops moving at this time and the transfer never ends (until stopped). */
  stallAt?: number;
  /** The finished transfer's effect (image on the node / in the center) has been applied. */
  applied?: boolean;
}

export interface CenterImage {
  name: string;
  sizeGb: number;
  server: string;
}

export interface DbcState {
  dataset: 'demo' | 'large';
  clientVersion: string;
  nodes: DbcNode[];
  tasks: DbcTask[];
  imageCenter: CenterImage[];
  imageServers: string[];
  transfers: ImageTransfer[];
  /** Counter feeding generated ids (task ids, session ids, passwords) so they stay deterministic. */
  counter: number;
  /** While the sessionExpired flag is on: sessions with a serial below this (or none) are refused. */
  sessionCutoff?: number;
}

export const STATE_VERSION = 1;

/** A deep copy (the state is plain JSON). */
export function cloneState(state: DbcState): DbcState {
  return JSON.parse(JSON.stringify(state)) as DbcState;
}

/** Light structural check before restoring persisted state: wrong shapes are refused, not half-loaded. */
export function isDbcState(value: unknown): value is DbcState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.dataset === 'demo' || v.dataset === 'large') &&
    typeof v.clientVersion === 'string' &&
    Array.isArray(v.nodes) &&
    Array.isArray(v.tasks) &&
    Array.isArray(v.imageCenter) &&
    Array.isArray(v.imageServers) &&
    Array.isArray(v.transfers) &&
    typeof v.counter === 'number' &&
    v.nodes.every((n) => typeof n === 'object' && n !== null && typeof (n as Record<string, unknown>).nodeId === 'string') &&
    v.tasks.every((t) => typeof t === 'object' && t !== null && typeof (t as Record<string, unknown>).taskId === 'string')
  );
}

export function findNode(state: DbcState, nodeId: string): DbcNode | undefined {
  return state.nodes.find((node) => node.nodeId === nodeId);
}

export function nodeTasks(state: DbcState, nodeId: string): DbcTask[] {
  return state.tasks.filter((task) => task.nodeId === nodeId);
}
