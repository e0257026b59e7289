/**
 * Provider date texts without a zone. ASSUMED: UTC+8 (China Standard Time, no DST), where these platforms'
 * servers run and the emulators render them; a server elsewhere shows its times shifted by its offset.
 */
const SERVER_OFFSET_MS = 8 * 3600_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function iso(utcMs: number): string | undefined {
  return Number.isFinite(utcMs) ? new Date(utcMs).toISOString() : undefined;
}

/** "YYYY-MM-DD HH:MM:SS" (DBC create_time, vsd, 51idc without a zone) -> ISO 8601; ISO input with a zone passes. */
export function serverTimeToIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (match) {
    const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
    return iso(Date.UTC(y, mo - 1, d, h, mi, s) - SERVER_OFFSET_MS);
  }
  // Only texts that carry their own zone (Z or ±hh:mm) are trusted to Date.parse.
  return /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? iso(Date.parse(text)) : undefined;
}

/** Gson's default java.util.Date text (ZStack), e.g. "Nov 14, 2017 2:20:57 PM" -> ISO 8601. */
export function gsonDateToIso(value: string | undefined): string | undefined {
  const m = value ? /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$/.exec(value.trim()) : null;
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1] ?? '');
  if (month < 0) return undefined;
  const hours = (Number(m[4]) % 12) + (m[7] === 'PM' ? 12 : 0);
  return iso(Date.UTC(Number(m[3]), month, Number(m[2]), hours, Number(m[5]), Number(m[6])) - SERVER_OFFSET_MS);
}
