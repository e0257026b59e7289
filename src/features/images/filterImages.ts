import { IMAGE_STATUSES, type ImageRecord } from '@/domain/images/model';
import { compareNames } from '@/shared/collate';
import { kindsOf, providersOf, statusesOf, type ImageListSearch, type ImageSort } from './search';

/** The location as one sortable, searchable line: names where known, else ids. */
export const locationText = (image: ImageRecord): string => (image.location.names ?? image.location.ids).join(', ');

const statusRank = (image: ImageRecord) => IMAGE_STATUSES.indexOf(image.status);

const COMPARE: Record<ImageSort, (a: ImageRecord, b: ImageRecord) => number> = {
  name: (a, b) => compareNames(a.name, b.name),
  provider: (a, b) => a.provider.localeCompare(b.provider),
  kind: (a, b) => a.kind.localeCompare(b.kind),
  // Unknown sizes and dates sort last in ascending order.
  size: (a, b) => (a.sizeBytes ?? Infinity) - (b.sizeBytes ?? Infinity) || 0,
  status: (a, b) => statusRank(a) - statusRank(b),
  created: (a, b) => (a.createdAt ?? '\uffff').localeCompare(b.createdAt ?? '\uffff'),
  location: (a, b) => compareNames(locationText(a), locationText(b)),
};

/** The rows the table shows: filtered by the URL's search params, then sorted (stable, ties by key). */
export function filterImages(images: readonly ImageRecord[], search: ImageListSearch): ImageRecord[] {
  const providers = new Set<string>(providersOf(search));
  const kinds = new Set<string>(kindsOf(search));
  const statuses = new Set<string>(statusesOf(search));
  const q = search.q?.toLowerCase();
  const rows = images.filter(
    (image) =>
      (providers.size === 0 || providers.has(image.provider)) &&
      (kinds.size === 0 || kinds.has(image.kind)) &&
      (statuses.size === 0 || statuses.has(image.status)) &&
      (!search.connection || image.connectionId === search.connection) &&
      (!q || `${image.name} ${image.id}`.toLowerCase().includes(q)),
  );
  if (search.sort) {
    const compare = COMPARE[search.sort];
    const direction = search.order === 'desc' ? -1 : 1;
    rows.sort((a, b) => compare(a, b) * direction || a.key.localeCompare(b.key));
  }
  return rows;
}
