/** Small deterministic helpers: ZStack uuids, Gson date text. */

const HEX = '0123456789abcdef';

/** A v4-style uuid without dashes (32 lowercase hex), the only shape ZStack's validator accepts. */
export function uuid32(random: () => number): string {
  let out = '';
  for (let i = 0; i < 32; i++) {
    let digit = Math.floor(random() * 16);
    if (i === 12) digit = 4;
    if (i === 16) digit = 8 + (digit % 4);
    out += HEX[digit];
  }
  return out;
}

/** ZStack's "success if missing" uuid pattern (PortApiValidator). */
export const UUID_PATTERN = /^[0-9a-f]{8}[0-9a-f]{4}[1-5][0-9a-f]{3}[89ab][0-9a-f]{3}[0-9a-f]{12}$/;
/** Any 32-hex id (seeded doc uuids are not all v4-shaped). */
export const HEX32 = /^[0-9a-f]{32}$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The management node's zone (China Standard Time, no DST), so the text does not depend on the host running the mock. */
const MN_OFFSET_MS = 8 * 3600_000;

/** Gson's default java.util.Date text, e.g. "Nov 14, 2017 2:20:57 PM". */
export function gsonDate(ms: number): string {
  const d = new Date(ms + MN_OFFSET_MS);
  const hours = d.getUTCHours();
  const h12 = hours % 12 === 0 ? 12 : hours % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** Inverse of gsonDate (used when a query condition compares a date field with Gson text). */
export function parseGsonDate(text: string): number | undefined {
  const m = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$/.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1] ?? '');
  if (month < 0) return undefined;
  let hours = Number(m[4]) % 12;
  if (m[7] === 'PM') hours += 12;
  return Date.UTC(Number(m[3]), month, Number(m[2]), hours, Number(m[5]), Number(m[6])) - MN_OFFSET_MS;
}

/** Drops undefined and null fields, as Gson does without serializeNulls. */
export function omitNulls<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined && field !== null) out[key] = field;
  return out as T;
}
