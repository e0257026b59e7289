import { StopOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Flex, Popconfirm, Progress, Typography } from 'antd';
import { transferRate, type TransferRate } from '@/domain/images/transfer/progress';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { JobRecord } from '@/domain/jobs/types';
import type { Locale, Translate } from '@/i18n';
import { useConnections } from '../connections/hooks';
import { runtime } from '../connections/runtime';
import { formatBytes, formatNumber } from '../format';
import { useLocale, useT } from '../i18n/useT';
import { useTransferStalled } from './useTransferStalled';

function durationText(seconds: number, t: Translate): string {
  return seconds < 90 ? t('transfers.seconds', { seconds: Math.max(1, Math.round(seconds)) }) : t('transfers.minutes', { minutes: Math.round(seconds / 60) });
}

function rateText(rate: TransferRate, t: Translate, locale: Locale): string {
  const speed =
    rate.bytesPerSecond !== undefined
      ? t('transfers.speed', { speed: formatBytes(rate.bytesPerSecond, locale) })
      : t('transfers.percentSpeed', { percent: formatNumber(rate.percentPerSecond * 60, locale, 1) });
  return `${speed} · ${t('transfers.left', { time: durationText(rate.secondsLeft, t) })}`;
}

/** Stop, sent once (never retried: the node may have acted on it); the next poll ends the job. */
function StopButton({ job }: { job: JobRecord }) {
  const t = useT();
  const connection = useConnections().find((c) => c.id === job.connectionId);
  const center = connection ? runtime(connection).imageCenter : undefined;
  const stop = useMutation({ mutationFn: () => center!.stopTransfer!(job.spec), retry: false });
  if (!center?.stopTransfer || !center.canStop?.(job.spec)) return null;
  return (
    <Popconfirm title={t('transfers.stopConfirm')} onConfirm={() => stop.mutate()} okText={t('transfers.stop')} okButtonProps={{ danger: true, 'data-testid': 'transfer-stop-confirm' } as never}>
      <Button size="small" danger icon={<StopOutlined />} loading={stop.isPending} disabled={stop.isSuccess} data-testid="transfer-stop">
        {t('transfers.stop')}
      </Button>
    </Popconfirm>
  );
}

/**
 * A running image transfer: its bar (never going back), speed and time left once they can be computed, a stall
 * warning after the configured time without movement (instead of a bar that just sits there), and Stop.
 */
export function TransferStatus({ job }: { job: JobRecord }) {
  const t = useT();
  const locale = useLocale();
  const { stalled, stallMinutes } = useTransferStalled(job);
  if (!isDbcTransfer(job.spec)) return null;
  if (!job.spec.progress) return <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('transfers.noProgress')}</Typography.Text>;
  const rate = stalled ? undefined : transferRate(job.samples ?? [], job.spec.sizeBytes);
  return (
    <Flex vertical gap={4} data-testid="transfer-status" data-stalled={stalled || undefined}>
      <Flex align="center" gap={8}>
        <Progress percent={Math.floor(job.progress ?? 0)} size="small" status={stalled ? 'exception' : 'active'} style={{ flex: 1, margin: 0 }} />
        <StopButton job={job} />
      </Flex>
      {rate && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="transfer-rate">
          {rateText(rate, t, locale)}
        </Typography.Text>
      )}
      {stalled && <Alert type="warning" showIcon title={t('transfers.stalled', { minutes: stallMinutes })} data-testid="transfer-stalled" />}
      {job.progressWentBack && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('transfers.wentBack')}</Typography.Text>}
    </Flex>
  );
}
