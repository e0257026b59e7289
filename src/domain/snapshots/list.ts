import type { ProviderId } from '@/api/provider';
import { fanOut } from '../fanout';
import type { PartialFailure, Vm } from '../vms/types';
import type { SnapshotKind, SnapshotNode, SnapshotResource, SnapshotStatus } from './types';

/** One snapshot in the flat list of a connection: what it is, and the VM (and volume) its tree is opened for. */
export interface SnapshotListEntry {
  /** Unique across connections: `${connectionId}/${id}`. */
  key: string;
  connectionId: string;
  provider: ProviderId;
  id: string;
  name: string;
  kind: SnapshotKind;
  status: SnapshotStatus;
  providerStatus: string;
  /** ISO 8601. */
  createdAt?: string;
  sizeBytes?: number;
  /** What it was taken of: the VM, or one of its volumes. */
  resource: SnapshotResource;
  /** The VM whose tree holds it; absent for a volume attached to no VM. */
  vm?: { id: string; name: string };
}

/** Every snapshot of one connection; a VM (or page) whose snapshots could not be read is a failure beside the rest. */
export interface SnapshotListResult {
  entries: SnapshotListEntry[];
  failures: PartialFailure[];
}

/** A tree node as a list entry of `vm`. */
export function listEntryOf(connectionId: string, provider: ProviderId, node: SnapshotNode, vm: { id: string; name: string } | undefined): SnapshotListEntry {
  return {
    key: `${connectionId}/${node.id}`,
    connectionId,
    provider,
    id: node.id,
    name: node.name,
    kind: node.kind,
    status: node.status,
    providerStatus: node.providerStatus,
    createdAt: node.createdAt,
    sizeBytes: node.sizeBytes,
    resource: node.resource,
    ...(vm ? { vm } : {}),
  };
}

/**
 * Providers that keep snapshots per VM (vsd, DBC): one read per VM of the connection, each through the
 * provider's limiter (`read` must not take a limiter slot itself). A VM whose read fails is a failure; the
 * VM list's own partial failures are carried over.
 */
export async function listPerVm(
  provider: ProviderId,
  connectionId: string,
  listVms: () => Promise<{ vms: Vm[]; failures: PartialFailure[] }>,
  read: (vm: Vm) => Promise<SnapshotNode[]>,
):  Promise<SnapshotListResult> {
  const { vms, failures } = await listVms();
  const results = await fanOut(provider, vms, read);
  const entries: SnapshotListEntry[] = [];
  const all: PartialFailure[] = [...failures];
  results.forEach((result, i) => {
    const vm = vms[i]!;
    if (result.status === 'fulfilled') entries.push(...result.value.map((node) => listEntryOf(connectionId, provider, node, { id: vm.id, name: vm.name })));
    else all.push({ source: vm.name, error: result.reason });
  });
  return { entries, failures: all };
}
