import type { Vm } from '@/domain/vms/types';
import { VM_STATUS_ORDER } from '@/shared/vms/status';
import type { VmListSearch, VmSort } from './search';

function matches(vm: Vm, search: VmListSearch, q: string | undefined): boolean {
  if (search.provider && vm.provider !== search.provider) return false;
  if (search.status && vm.status !== search.status) return false;
  if (search.connection && vm.connectionId !== search.connection) return false;
  if (search.node && vm.location.id !== search.node) return false;
  if (q && !`${vm.name} ${vm.id}`.toLowerCase().includes(q)) return false;
  return true;
}

const statusRank = (vm: Vm) => VM_STATUS_ORDER.indexOf(vm.status);

const COMPARE: Record<VmSort, (a: Vm, b: Vm) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  provider: (a, b) => a.provider.localeCompare(b.provider),
  status: (a, b) => statusRank(a) - statusRank(b),
  // Missing dates sort last in ascending order.
  created: (a, b) => (a.createdAt ?? '\uffff').localeCompare(b.createdAt ?? '\uffff'),
  location: (a, b) => (a.location.name ?? a.location.id).localeCompare(b.location.name ?? b.location.id),
};

/** The rows the table shows: filtered by the URL's search params, then sorted (stable, ties by key). */
export function filterVms(vms: readonly Vm[], search: VmListSearch): Vm[] {
  const q = search.q?.toLowerCase();
  const rows = vms.filter((vm) => matches(vm, search, q));
  if (search.sort) {
    const compare = COMPARE[search.sort];
    const direction = search.order === 'desc' ? -1 : 1;
    rows.sort((a, b) => compare(a, b) * direction || a.key.localeCompare(b.key));
  }
  return rows;
}
