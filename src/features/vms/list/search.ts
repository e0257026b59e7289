import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import type { VmStatus } from '@/domain/vms/types';
import { joinSome, oneOf, someOf, validateListSearch, type ListSearch } from '@/shared/listSearch';
import { VM_STATUS_ORDER } from '@/shared/vms/status';

export const VM_SORTS = ['name', 'provider', 'status', 'created', 'location'] as const;
export type VmSort = (typeof VM_SORTS)[number];

/** The VM table is virtualised, so pages are large; the URL still carries page and size for sharing. */
export const VM_PAGE_SIZES = [100, 1000, 10000] as const;
export const DEFAULT_VM_PAGE_SIZE = 1000;

/** `/vms` search params: everything that decides which rows show, in which order, on which page. */
export interface VmListSearch extends Omit<ListSearch, 'sort'> {
  sort?: VmSort;
  /** Provider ids, comma-joined (`dbc,vsd`): read them with `providersOf`. */
  provider?: string;
  /** Normalised statuses, comma-joined (`running,unknown`): read them with `statusesOf`. */
  status?: string;
  /** A connection id (the overview links per connection). */
  connection?: string;
  /** A location id: DBC node id, cluster or zone. */
  node?: string;
}

function id(value: unknown): string | undefined {
  return typeof value === 'string' && /^[\w.:-]{1,128}$/.test(value) ? value : undefined;
}

export function validateVmSearch(raw: Record<string, unknown>): VmListSearch {
  const base = validateListSearch({ ...raw, pageSize: undefined });
  const pageSize = Number(raw.pageSize);
  return {
    q: base.q,
    order: base.order,
    page: base.page,
    sort: oneOf(raw.sort, VM_SORTS),
    pageSize: (VM_PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : undefined,
    provider: joinSome(someOf(raw.provider, PROVIDER_IDS)),
    status: joinSome(someOf(raw.status, VM_STATUS_ORDER)),
    connection: id(raw.connection),
    node: id(raw.node),
  };
}

export const providersOf = (search: Pick<VmListSearch, 'provider'>): ProviderId[] => someOf(search.provider, PROVIDER_IDS);
export const statusesOf = (search: Pick<VmListSearch, 'status'>): VmStatus[] => someOf(search.status, VM_STATUS_ORDER);
