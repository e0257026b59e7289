import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import type { Locale } from '@/i18n';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

const dayjsLocale = (locale: Locale) => (locale === 'zh-CN' ? 'zh-cn' : 'en');

export function setDayjsLocale(locale: Locale): void {
  dayjs.locale(dayjsLocale(locale));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Grouped number in the user's locale (formatters are cached: building one costs more than formatting thousands of rows). */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  const key = `${locale}/${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits })));
  return format.format(value);
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Binary units, one decimal below 10 (so 1.5 GiB, 12 GiB); the one helper for every size in the console. */
export function formatBytes(bytes: number, locale: Locale): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let unit = 0;
  let value = bytes;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, locale, value < 10 && unit > 0 ? 1 : 0)} ${UNITS[unit]}`;
}

/** Date and time in the user's locale; accepts epoch ms, epoch seconds (< 1e11), ISO or parseable text. */
export function formatDateTime(value: number | string | Date | undefined, locale: Locale): string {
  if (value === undefined || value === '') return '—';
  const normalised = typeof value === 'number' && value < 1e11 ? value * 1000 : value;
  const date = dayjs(normalised);
  return date.isValid() ? date.locale(dayjsLocale(locale)).format('L LTS') : String(value);
}

/** The day alone ("11/23/2026", "2026/11/23"): for narrow table cells, with formatDateTime on hover. */
export function formatDate(value: number | string | Date | undefined, locale: Locale): string {
  if (value === undefined || value === '') return '—';
  const date = dayjs(typeof value === 'number' && value < 1e11 ? value * 1000 : value);
  return date.isValid() ? date.locale(dayjsLocale(locale)).format('L') : String(value);
}

export function formatRelative(value: number | string | Date, locale: Locale, now: number = Date.now()): string {
  return dayjs(value).locale(dayjsLocale(locale)).from(now);
}
