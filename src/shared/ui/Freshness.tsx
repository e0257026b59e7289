import { ClockCircleOutlined, QuestionCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { isProviderError } from '@/api/errors';
import type { Locale } from '@/i18n';
import { messageFor } from '../errors/describe';
import { formatDateTime } from '../format';
import { useLocale, useT } from '../i18n/useT';

/** Re-renders every `intervalMs` so an "Updated 12 s ago" keeps counting while nothing else changes. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "12 sec. ago", "3 min. ago": seconds count, unlike dayjs' "a few seconds ago". */
export function agoText(at: number, now: number, locale: Locale): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'short' });
  if (seconds < 60) return format.format(-seconds, 'second');
  if (seconds < 3600) return format.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return format.format(-Math.floor(seconds / 3600), 'hour');
  return format.format(-Math.floor(seconds / 86_400), 'day');
}

/** Why the last refresh failed, in one line. */
export function failureReason(error: unknown, locale: Locale): string {
  if (isProviderError(error)) return error.httpStatus ? `HTTP ${error.httpStatus}: ${messageFor(error, locale)}` : messageFor(error, locale);
  return error instanceof Error ? error.message : String(error);
}

/**
 * When a connection's data was last fetched (absolute time in the tooltip), and "stale" when a refetch failed
 * while older data is still shown (a query with data AND an error): old rows are never passed off as current.
 */
export function Freshness({ updatedAt, error, testId }: { updatedAt: number; error?: unknown; testId?: string }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(5_000);
  const stale = updatedAt > 0 && error !== undefined && error !== null;
  return (
    <Space size={4} wrap data-testid={testId}>
      {updatedAt > 0 ? (
        <Tooltip title={formatDateTime(updatedAt, locale)}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <ClockCircleOutlined /> {t('dataHealth.updated', { ago: agoText(updatedAt, Math.max(now, updatedAt), locale) })}
          </Typography.Text>
        </Tooltip>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('dataHealth.neverUpdated')}</Typography.Text>
      )}
      {stale && (
        <Tag color="warning" icon={<WarningOutlined />} style={{ whiteSpace: 'normal' }} data-testid={testId ? `${testId}-stale` : undefined}>
          {t('dataHealth.staleReason', { reason: failureReason(error, locale) })}
        </Tag>
      )}
    </Space>
  );
}

/** "as of 20:01:33" (full date and time and `help` in the tooltip): figures that change, with the time they were read. */
export function AsOf({ at, help, testId }: { at: number; help?: string; testId?: string }) {
  const t = useT();
  const locale = useLocale();
  if (at <= 0) return null;
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(at);
  return (
    <Tooltip title={<>{formatDateTime(at, locale)}{help && <div>{help}</div>}</>}>
      <Typography.Text type="secondary" style={{ fontSize: 12, cursor: 'help' }} data-testid={testId}>
        {t('dataHealth.asOf', { time })}
      </Typography.Text>
    </Tooltip>
  );
}

/** A label with a short help tooltip saying what the number beside it counts. */
export function HelpLabel({ label, help }: { label: string; help: string }) {
  return (
    <Tooltip title={help}>
      <span style={{ cursor: 'help' }}>
        {label} <QuestionCircleOutlined aria-label={help} style={{ fontSize: 12 }} />
      </span>
    </Tooltip>
  );
}
