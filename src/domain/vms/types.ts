import type { ReadOptions } from '../read';
import type { ProviderId } from '@/api/provider';
import type { MessageKey, MessageParams } from '@/i18n';
import type { ImageVmCreator } from './create';
import type { JobSpec } from '../jobs/types';

/**
 * The provider-neutral VM. Every provider's instance (DBC task, vsd compute, ZStack VmInstance, 51idc
 * instance) is adapted into this shape; pages see nothing else. `providerStatus` keeps the provider's own word.
 */
export type VmStatus =
  | 'creating'
  | 'starting'
  | 'running'
  | 'stopping'
  | 'stopped'
  | 'restarting'
  | 'suspended'
  | 'paused'
  | 'deleting'
  | 'error'
  | 'unknown';

/** States that change by themselves: lists poll fast while any row is in one. */
export const TRANSITIONAL_STATUSES: readonly VmStatus[] = ['creating', 'starting', 'stopping', 'restarting', 'deleting'];

export function isTransitional(status: VmStatus): boolean {
  return TRANSITIONAL_STATUSES.includes(status);
}

/** Every lifecycle action any provider offers; each provider supports a subset (VmService.actions). */
export type VmAction =
  | 'start' // also wakes a sleeping DBC VM
  | 'shutdown' // graceful; the guest may ignore it
  | 'stop' // hard power-off
  | 'restart'
  | 'forceRestart'
  | 'reset'
  | 'resume' // vsd paused -> running
  | 'restore' // vsd saved (hibernated) -> running
  | 'delete'
  | 'modify'
  | 'changePassword';

/** Actions that lose data or availability: always confirmed, naming the VM. */
export const DESTRUCTIVE_ACTIONS: readonly VmAction[] = ['stop', 'forceRestart', 'reset', 'delete'];

export interface LoginEndpoint {
  protocol: 'ssh' | 'rdp' | 'vnc' | 'spice';
  host: string;
  port: number;
  user?: string;
  password?: string;
}

export interface VmLocation {
  kind: 'node' | 'cluster' | 'zone' | 'host';
  id: string;
  name?: string;
}

export interface Vm {
  /** Unique across connections: `${connectionId}/${id}`. */
  key: string;
  connectionId: string;
  provider: ProviderId;
  id: string;
  name: string;
  status: VmStatus;
  providerStatus: string;
  location: VmLocation;
  cpuCores?: number;
  memoryBytes?: number;
  gpuCount?: number;
  /** Every disk of the VM together. */
  diskBytes?: number;
  /** What diskBytes counts, where the provider tells system and data disks apart (DBC: fixed system disk + the data disk asked for). */
  diskParts?: { systemBytes: number; dataBytes: number };
  os?: string;
  /** ISO 8601. */
  createdAt?: string;
  login: LoginEndpoint[];
  description?: string;
  /** The image the VM was made from, where the provider records it (ZStack imageUuid): an ImageRecord id. */
  sourceImageId?: string;
  /** Data disks the provider lists one by one (ZStack `allVolumes` of type Data); absent where it does not. */
  dataVolumes?: VmDataVolume[];
}

export interface VmDataVolume {
  id: string;
  name: string;
  sizeBytes: number;
  /** The template it was made from, when the provider says (ZStack rootImageUuid): an ImageRecord id. */
  templateId?: string;
}

/** Whether an action is allowed now, and if not, why (shown as the disabled button's tooltip). */
export type Capability = { allowed: true } | { allowed: false; reason: { key: MessageKey; params?: MessageParams } };

/** DBC VM creation (the form's values; the adapter sends them as strings, as the node requires). */
export interface CreateVmInput {
  nodeId: string;
  imageName: string;
  operatingSystem: 'ubuntu' | 'linux' | 'windows';
  biosMode: 'legacy' | 'uefi';
  gpuCount: number;
  cpuCores: number;
  memoryGiB: number;
  diskGiB: number;
  sshPort?: number;
  rdpPort?: number;
  vncPort: number;
  description?: string;
}

export interface ActionOptions {
  /** changePassword */
  username?: string;
  password?: string;
  /** modify (DBC): only the fields given change. */
  modify?: { sshPort?: number; rdpPort?: number; vncPort?: number; customPorts?: string[]; gpuCount?: number; cpuCores?: number; memoryGiB?: number };
}

/** What a started action left behind: a job to watch until the VM settles (or nothing, if it was immediate). */
export interface ActionOutcome {
  job?: JobSpec;
}

/** A failure of one source (a DBC node, a cluster) while listing: shown in place, never hiding the others. */
export interface PartialFailure {
  source: string;
  error: unknown;
}

export interface VmListResult {
  vms: Vm[];
  failures: PartialFailure[];
  /** Only on a partial result: how many sources (DBC nodes) have answered so far. */
  progress?: { done: number; total: number };
}

export interface ListOptions extends ReadOptions {
  /** Called with what has arrived so far while a fan-out list fills in (DBC: node by node). */
  onPartial?(partial: VmListResult): void;
}

/** One provider's VMs for one connection: listing, detail, actions with their rules, and (DBC) creation. */
export interface VmService {
  list(options?: ListOptions): Promise<VmListResult>;
  get(id: string, options?: ReadOptions): Promise<Vm>;
  /** Actions this provider offers at all, in menu order. */
  readonly actions: readonly VmAction[];
  can(vm: Vm, action: VmAction): Capability;
  run(vm: Vm, action: VmAction, options?: ActionOptions): Promise<ActionOutcome>;
  /** DBC only: a VM on one of the renter's nodes. */
  create?(input: CreateVmInput): Promise<{ vmId: string; job: JobSpec }>;
  /** A VM from an image, where the provider's API has one (ZStack). */
  fromImage?: ImageVmCreator;
  /** DBC only: the VM's log lines. */
  logs?(vm: Vm, options: { from: 'head' | 'tail'; lines: number }): Promise<string[]>;
}
