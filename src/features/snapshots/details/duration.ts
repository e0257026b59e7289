import type { Locale } from '@/i18n';

const UNITS = [
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
  { unit: 'second', ms: 1_000 },
] as const;

/** A length of time in its largest whole unit, in the user's language ("3 days", "3天"). */
export function formatSpan(ms: number, locale: Locale): string {
  const abs = Math.abs(ms);
  const { unit, ms: size } = UNITS.find((u) => abs >= u.ms) ?? UNITS[3];
  const value = abs / size;
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}
