import type { CreateVmForm, NodeLimits } from './validation';

/**
 * The lowest port from `start` that no VM on the node has, whatever its status (and not in `taken`): a stopped
 * VM's port is refused when it starts again, so offering it would leave two VMs that cannot run together.
 */
export function freePort(start: number, limits: Pick<NodeLimits, 'usedPorts' | 'dormantPorts'>, taken: readonly number[] = []): number {
  const used = new Set([...limits.usedPorts, ...limits.dormantPorts].map((p) => p.port).concat(taken));
  let port = start;
  while (used.has(port) && port < 65535) port++;
  return port;
}

/** A sensible first VM for this node: its first image, one GPU if free, modest CPU/memory/disk, free ports. */
export function defaultCreateForm(limits: NodeLimits): CreateVmForm {
  const cap = (wanted: number, free: number | undefined) => (free === undefined ? wanted : Math.max(Math.min(wanted, free), free > 0 ? 1 : 0));
  const sshPort = freePort(20022, limits);
  return {
    imageName: limits.images.find((i) => i.endsWith('.qcow2')),
    operatingSystem: 'ubuntu',
    biosMode: 'legacy',
    gpuCount: Math.min(1, limits.freeGpus),
    cpuCores: cap(4, limits.freeCpuCores),
    memoryGiB: cap(16, limits.freeMemoryGiB),
    diskGiB: cap(100, limits.freeDiskGiB),
    sshPort,
    rdpPort: freePort(23389, limits, [sshPort]),
    vncPort: freePort(5900, limits, [sshPort]),
  };
}
