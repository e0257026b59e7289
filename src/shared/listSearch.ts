/**
 * Typed search params for every list page: filters, sort and page live in the URL, so a list can be
 * shared, bookmarked and restored by Back. Unknown or malformed values fall back to defaults.
 */
export interface ListSearch {
  q?: string;
  sort?: string;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export const PAGE_SIZES = [20, 50, 100, 200] as const;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : undefined;
}

function positiveInt(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

export function validateListSearch(raw: Record<string, unknown>): ListSearch {
  const pageSize = positiveInt(raw.pageSize);
  return {
    q: text(raw.q),
    sort: text(raw.sort),
    order: raw.order === 'asc' || raw.order === 'desc' ? raw.order : undefined,
    page: positiveInt(raw.page),
    pageSize: pageSize && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : undefined,
  };
}

/** One value of an enumerated filter, or undefined; for `?provider=` and similar. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Several values of an enumerated filter (`?provider=dbc,vsd`), in `allowed`'s order, unknown ones dropped.
 * Comma-joined in the URL so one value reads as before (`?provider=dbc`) and links can pass a plain string.
 */
export function someOf<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const given = new Set(parts.filter((part): part is string => typeof part === 'string').map((part) => part.trim()));
  return allowed.filter((item) => given.has(item));
}

/** The URL form of `someOf`'s values: comma-joined, or undefined when none is picked. */
export function joinSome(values: readonly string[] | undefined): string | undefined {
  return values && values.length > 0 ? values.join(',') : undefined;
}
