/** Size and number helpers shared by the adapters (providers send "8G", "15.50G", bytes, MiB or plain strings). */

export const GiB = 1024 ** 3;
export const MiB = 1024 ** 2;

/** "8G", "15.50G", "350G", "512M", "2T", "8" (GB assumed): DBC's scale_size strings, in bytes. */
export function parseSizeString(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)i?B?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = (match[2] || 'G').toUpperCase();
  const scale = { K: 1024, M: MiB, G: GiB, T: 1024 * GiB }[unit] ?? GiB;
  return Math.round(Number(match[1]) * scale);
}

/** A finite number from a number or numeric string, else undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A port from a number or digit string; undefined for missing, empty, 0 or out of range. */
export function toPort(value: unknown): number | undefined {
  const n = toNumber(value);
  return n !== undefined && Number.isInteger(n) && n > 0 && n <= 65535 ? n : undefined;
}

export function sum(values: ReadonlyArray<number | undefined>): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
}
