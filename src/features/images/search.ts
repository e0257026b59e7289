import { PROVIDER_IDS, type ProviderId } from '@/api/provider';
import { IMAGE_KINDS, IMAGE_STATUSES, type ImageKind, type ImageStatus } from '@/domain/images/model';
import { joinSome, oneOf, someOf, validateListSearch, type ListSearch } from '@/shared/listSearch';

export const IMAGE_SORTS = ['name', 'provider', 'kind', 'size', 'status', 'created', 'location'] as const;
export type ImageSort = (typeof IMAGE_SORTS)[number];

/** `/images` search params: everything that decides which rows show, in which order, on which page. */
export interface ImageListSearch extends Omit<ListSearch, 'sort'> {
  sort?: ImageSort;
  /** Provider ids, comma-joined (`dbc,zstack`). */
  provider?: string;
  /** Image kinds, comma-joined (`center,node`). */
  kind?: string;
  /** Normalised statuses, comma-joined (`ready,failed`). */
  status?: string;
  /** A connection id (the overview links per connection). */
  connection?: string;
}

function id(value: unknown): string | undefined {
  return typeof value === 'string' && /^[\w.:-]{1,128}$/.test(value) ? value : undefined;
}

export function validateImageSearch(raw: Record<string, unknown>): ImageListSearch {
  const base = validateListSearch(raw);
  return {
    q: base.q,
    order: base.order,
    page: base.page,
    pageSize: base.pageSize,
    sort: oneOf(raw.sort, IMAGE_SORTS),
    provider: joinSome(someOf(raw.provider, PROVIDER_IDS)),
    kind: joinSome(someOf(raw.kind, IMAGE_KINDS)),
    status: joinSome(someOf(raw.status, IMAGE_STATUSES)),
    connection: id(raw.connection),
  };
}

export const providersOf = (search: Pick<ImageListSearch, 'provider'>): ProviderId[] => someOf(search.provider, PROVIDER_IDS);
export const kindsOf = (search: Pick<ImageListSearch, 'kind'>): ImageKind[] => someOf(search.kind, IMAGE_KINDS);
export const statusesOf = (search: Pick<ImageListSearch, 'status'>): ImageStatus[] => someOf(search.status, IMAGE_STATUSES);
