import type { GpuNode } from '@/domain/nodes/types';
import type { CreateVmInput, Vm } from '@/domain/vms/types';
import type { MessageKey, MessageParams } from '@/i18n';
import { dormantPorts, isPort, MAX_PORT, MIN_VNC_PORT, usedPorts, type UsedPort } from './ports';

const GiB = 1024 ** 3;

/** What the user has typed so far (numbers may be missing while editing). */
export interface CreateVmForm {
  imageName?: string;
  operatingSystem: CreateVmInput['operatingSystem'];
  biosMode: CreateVmInput['biosMode'];
  gpuCount?: number;
  cpuCores?: number;
  memoryGiB?: number;
  diskGiB?: number;
  sshPort?: number;
  rdpPort?: number;
  vncPort?: number;
  description?: string;
}

export type CreateVmField = keyof CreateVmForm;

export interface FieldProblem {
  key: MessageKey;
  params?: MessageParams;
}

export type FieldProblems = Partial<Record<CreateVmField, FieldProblem>>;

/** What the node has left for a new VM, derived from its machine info and the VMs already on it. */
export interface NodeLimits {
  freeGpus: number;
  /** Undefined when the node did not report it: the node itself will decide. */
  freeCpuCores?: number;
  freeMemoryGiB?: number;
  freeDiskGiB?: number;
  images: string[];
  /** Held by running VMs: the node refuses them. */
  usedPorts: UsedPort[];
  /** Assigned to VMs that are not running: allowed, with a warning (the two VMs cannot run together). */
  dormantPorts: UsedPort[];
}

const floorGiB = (bytes: number | undefined) => (bytes === undefined ? undefined : Math.floor(bytes / GiB));

/**
 * GPUs as the node counts them (gpu_used), CPU cores minus those of running VMs (the node only counts
 * running domains), free memory as reported, and the free space of the data disk (`/data`, where VMs live).
 */
export function nodeLimits(node: GpuNode, vmsOnNode: readonly Vm[]): NodeLimits {
  const runningCores = vmsOnNode.filter((vm) => vm.status === 'running').reduce((sum, vm) => sum + (vm.cpuCores ?? 0), 0);
  const dataDisk = node.disks.find((d) => d.path === '/data') ?? node.disks[0];
  return {
    freeGpus: Math.max(0, node.gpu.count - node.gpu.used),
    freeCpuCores: node.cpu.cores === undefined ? undefined : Math.max(0, node.cpu.cores - runningCores),
    freeMemoryGiB: floorGiB(node.memory.freeBytes),
    freeDiskGiB: floorGiB(dataDisk?.freeBytes),
    images: node.images.map((i) => i.name),
    usedPorts: usedPorts(vmsOnNode),
    dormantPorts: dormantPorts(vmsOnNode),
  };
}

const isWindows = (form: Pick<CreateVmForm, 'operatingSystem'>) => form.operatingSystem === 'windows';

function wholeNumber(value: number | undefined, min: number, max: number | undefined): FieldProblem | undefined {
  if (value === undefined || Number.isNaN(value)) return { key: 'vms.create.error.required' };
  if (!Number.isInteger(value)) return { key: 'vms.create.error.integer' };
  if (value < min) return { key: 'vms.create.error.min', params: { min } };
  if (max !== undefined && value > max) return { key: 'vms.create.error.free', params: { max } };
  return undefined;
}

function port(value: number | undefined, min: number, ports: readonly UsedPort[], others: readonly number[]): FieldProblem | undefined {
  if (value === undefined || Number.isNaN(value)) return { key: 'vms.create.error.required' };
  if (!isPort(value) || value < min) return { key: 'vms.create.error.portRange', params: { min, max: MAX_PORT } };
  const clash = ports.find((p) => p.port === value);
  if (clash) return { key: 'vms.create.error.portUsed', params: { port: value, kind: clash.kind.toUpperCase(), vm: clash.vmName } };
  if (others.includes(value)) return { key: 'vms.create.error.portTwice', params: { port: value } };
  return undefined;
}

/** The node's own create checks (TaskManager parse_create_params), so a refusal is rare and explained in place. */
export function validateCreateVm(form: CreateVmForm, limits: NodeLimits): FieldProblems {
  const problems: FieldProblems = {};
  const image = form.imageName?.trim() ?? '';
  if (image === '') problems.imageName = { key: 'vms.create.error.required' };
  else if (!image.endsWith('.qcow2')) problems.imageName = { key: 'vms.create.error.imageExtension' };
  else if (!limits.images.includes(image)) problems.imageName = { key: 'vms.create.error.imageNotOnNode' };

  const set = (field: CreateVmField, problem: FieldProblem | undefined) => {
    if (problem) problems[field] = problem;
  };
  set('gpuCount', wholeNumber(form.gpuCount, 0, limits.freeGpus));
  set('cpuCores', wholeNumber(form.cpuCores, 1, limits.freeCpuCores));
  set('memoryGiB', wholeNumber(form.memoryGiB, 1, limits.freeMemoryGiB));
  set('diskGiB', wholeNumber(form.diskGiB, 1, limits.freeDiskGiB));

  const loginField = isWindows(form) ? 'rdpPort' : 'sshPort';
  const loginPort = isWindows(form) ? form.rdpPort : form.sshPort;
  set(loginField, port(loginPort, 1, limits.usedPorts, []));
  set('vncPort', port(form.vncPort, MIN_VNC_PORT, limits.usedPorts, loginPort === undefined ? [] : [loginPort]));
  return problems;
}

/** A port a VM that is not running already has: allowed, but said, naming that VM (Create and Modify). */
export function dormantPortWarning(value: number | undefined, dormant: readonly UsedPort[]): FieldProblem | undefined {
  const owner = dormant.find((p) => p.port === value);
  return owner && { key: 'vmCreate.warning.portOfStoppedVm', params: { port: owner.port, kind: owner.kind.toUpperCase(), vm: owner.vmName, id: owner.vmId } };
}

/** The login and VNC ports a VM that is not running already has: sent as chosen, but said (naming that VM). */
export function portWarnings(form: CreateVmForm, limits: Pick<NodeLimits, 'dormantPorts'>): FieldProblems {
  const warnings: FieldProblems = {};
  const warn = (field: CreateVmField, value: number | undefined) => {
    const warning = dormantPortWarning(value, limits.dormantPorts);
    if (warning) warnings[field] = warning;
  };
  warn(isWindows(form) ? 'rdpPort' : 'sshPort', isWindows(form) ? form.rdpPort : form.sshPort);
  warn('vncPort', form.vncPort);
  return warnings;
}

/** The validated form as the domain input (only the OS's login port is sent). */
export function toCreateInput(form: CreateVmForm, nodeId: string): CreateVmInput {
  const windows = isWindows(form);
  return {
    nodeId,
    imageName: (form.imageName ?? '').trim(),
    operatingSystem: form.operatingSystem,
    biosMode: form.biosMode,
    gpuCount: form.gpuCount ?? 0,
    cpuCores: form.cpuCores ?? 0,
    memoryGiB: form.memoryGiB ?? 0,
    diskGiB: form.diskGiB ?? 0,
    ...(windows ? { rdpPort: form.rdpPort } : { sshPort: form.sshPort }),
    vncPort: form.vncPort ?? 0,
    ...(form.description?.trim() ? { description: form.description.trim() } : {}),
  };
}
