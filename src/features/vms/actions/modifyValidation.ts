import type { ActionOptions } from '@/domain/vms/types';
import { CUSTOM_PORT_PATTERN, isPort, MAX_PORT, MIN_VNC_PORT, type UsedPort } from '../create/ports';
import { dormantPortWarning, type FieldProblem } from '../create/validation';

export interface ModifyVmForm {
  sshPort?: number;
  rdpPort?: number;
  vncPort?: number;
  customPorts?: string[];
  gpuCount?: number;
  cpuCores?: number;
  memoryGiB?: number;
}

export type ModifyField = keyof ModifyVmForm | 'form';

function portProblem(value: number | undefined, min: number, used: readonly UsedPort[]): FieldProblem | undefined {
  if (value === undefined) return undefined;
  if (!isPort(value) || value < min) return { key: 'vms.create.error.portRange', params: { min, max: MAX_PORT } };
  const clash = used.find((p) => p.port === value);
  return clash ? { key: 'vms.create.error.portUsed', params: { port: value, kind: clash.kind.toUpperCase(), vm: clash.vmName } } : undefined;
}

function countProblem(value: number | undefined, min: number): FieldProblem | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value)) return { key: 'vms.create.error.integer' };
  return value < min ? { key: 'vms.create.error.min', params: { min } } : undefined;
}

/**
 * The node's modify checks (TaskManager::modifyTask): only filled fields change; ports in range and not held
 * by another VM's running machine; custom ports as `tcp,80`, `udp,111:222`, `tcp,333-444`.
 */
export function validateModify(form: ModifyVmForm, used: readonly UsedPort[]): Partial<Record<ModifyField, FieldProblem>> {
  const problems: Partial<Record<ModifyField, FieldProblem>> = {};
  const set = (field: ModifyField, problem: FieldProblem | undefined) => {
    if (problem) problems[field] = problem;
  };
  set('sshPort', portProblem(form.sshPort, 1, used));
  set('rdpPort', portProblem(form.rdpPort, 1, used));
  set('vncPort', portProblem(form.vncPort, MIN_VNC_PORT, used));
  if (form.sshPort !== undefined && form.sshPort === form.rdpPort) set('rdpPort', { key: 'vms.create.error.portTwice', params: { port: form.sshPort } });
  const badCustom = form.customPorts?.find((p) => !CUSTOM_PORT_PATTERN.test(p.trim()));
  if (badCustom !== undefined) set('customPorts', { key: 'vms.modify.error.customPort', params: { value: badCustom } });
  set('gpuCount', countProblem(form.gpuCount, 0));
  set('cpuCores', countProblem(form.cpuCores, 1));
  set('memoryGiB', countProblem(form.memoryGiB, 1));
  if (Object.keys(problems).length === 0 && Object.keys(toModifyOptions(form)).length === 0) problems.form = { key: 'vms.modify.error.nothing' };
  return problems;
}

/** Ports a VM that is not running already has: the node takes them now but both VMs can then never run together. */
export function modifyPortWarnings(form: ModifyVmForm, dormant: readonly UsedPort[]): Partial<Record<ModifyField, FieldProblem>> {
  const warnings: Partial<Record<ModifyField, FieldProblem>> = {};
  for (const field of ['sshPort', 'rdpPort', 'vncPort'] as const) {
    const warning = dormantPortWarning(form[field], dormant);
    if (warning) warnings[field] = warning;
  }
  return warnings;
}

/** Only the fields the user filled in. */
export function toModifyOptions(form: ModifyVmForm): NonNullable<ActionOptions['modify']> {
  const modify: NonNullable<ActionOptions['modify']> = {};
  for (const key of ['sshPort', 'rdpPort', 'vncPort', 'gpuCount', 'cpuCores', 'memoryGiB'] as const) {
    const value = form[key];
    if (value !== undefined && value !== null) modify[key] = value;
  }
  const custom = form.customPorts?.map((p) => p.trim()).filter(Boolean);
  if (custom && custom.length > 0) modify.customPorts = custom;
  return modify;
}
