import type { Vm } from '@/domain/vms/types';
import { compareNames } from '@/shared/collate';
import { VM_STATUS_ORDER } from '@/shared/vms/status';
import { providersOf, statusesOf, type VmListSearch, type VmSort } from './search';

interface Criteria {
  /** Empty: any provider. */
  providers: ReadonlySet<string>;
  /** Empty: any status. */
  statuses: ReadonlySet<string>;
  q: string | undefined;
}

function matches(vm: Vm, search: VmListSearch, { providers, statuses, q }: Criteria): boolean {
  if (providers.size > 0 && !providers.has(vm.provider)) return false;
  if (statuses.size > 0 && !statuses.has(vm.status)) return false;
  if (search.connection && vm.connectionId !== search.connection) return false;
  if (search.node && vm.location.id !== search.node) return false;
  if (q && !`${vm.name} ${vm.id}`.toLowerCase().includes(q)) return false;
  return true;
}

const statusRank = (vm: Vm) => VM_STATUS_ORDER.indexOf(vm.status);

const COMPARE: Record<VmSort, (a: Vm, b: Vm) => number> = {
  name: (a, b) => compareNames(a.name, b.name),
  provider: (a, b) => a.provider.localeCompare(b.provider),
  status: (a, b) => statusRank(a) - statusRank(b),
  // Missing dates sort last in ascending order.
  created: (a, b) => (a.createdAt ?? '\uffff').localeCompare(b.createdAt ?? '\uffff'),
  location: (a, b) => compareNames(a.location.name ?? a.location.id, b.location.name ?? b.location.id),
};

/** The rows the table shows: filtered by the URL's search params, then sorted (stable, ties by key). */
export function filterVms(vms: readonly Vm[], search: VmListSearch): Vm[] {
  const criteria: Criteria = { providers: new Set(providersOf(search)), statuses: new Set(statusesOf(search)), q: search.q?.toLowerCase() };
  const rows = vms.filter((vm) => matches(vm, search, criteria));
  if (search.sort) {
    const compare = COMPARE[search.sort];
    const direction = search.order === 'desc' ? -1 : 1;
    rows.sort((a, b) => compare(a, b) * direction || a.key.localeCompare(b.key));
  }
  return rows;
}
