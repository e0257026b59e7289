import type { Vm } from '@/domain/vms/types';

export type PortKind = 'ssh' | 'rdp' | 'vnc';

/** A port a VM on the node already holds. */
export interface UsedPort {
  port: number;
  kind: PortKind;
  vmId: string;
  vmName: string;
}

export const MIN_VNC_PORT = 5900;
export const MAX_PORT = 65535;

/**
 * The node refuses a port held by another VM whose machine is up (check_port_conflict looks at running
 * domains): running, and still up while restarting or shutting down.
 */
const HOLDS_PORTS: ReadonlyArray<Vm['status']> = ['running', 'restarting', 'stopping'];

const portsOf = (vms: readonly Vm[]): UsedPort[] =>
  vms.flatMap((vm) =>
    vm.login
      .filter((endpoint): endpoint is typeof endpoint & { protocol: PortKind } => endpoint.protocol !== 'spice')
      .map((endpoint) => ({ port: endpoint.port, kind: endpoint.protocol, vmId: vm.id, vmName: vm.name })),
  );

/** Ports the node refuses now: those of VMs whose machine is up. */
export function usedPorts(vms: readonly Vm[], excludeVmId?: string): UsedPort[] {
  return portsOf(vms.filter((vm) => vm.id !== excludeVmId && HOLDS_PORTS.includes(vm.status)));
}

/**
 * Ports assigned to VMs that are not up (stopped, suspended, in error, still creating): the node accepts them on
 * create but checks them again on start, so the two VMs can then never run together.
 */
export function dormantPorts(vms: readonly Vm[], excludeVmId?: string): UsedPort[] {
  return portsOf(vms.filter((vm) => vm.id !== excludeVmId && !HOLDS_PORTS.includes(vm.status)));
}

export function isPort(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= MAX_PORT;
}

/** `tcp,123`, `udp,111:222`, `tcp,333-444`, `udp,555-666:777-888` (docs/providers/dbc.md §4.2, custom_port / new_custom_port). */
export const CUSTOM_PORT_PATTERN = /^(tcp|udp),\d{1,5}(-\d{1,5})?(:\d{1,5}(-\d{1,5})?)?$/;
