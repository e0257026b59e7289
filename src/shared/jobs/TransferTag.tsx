import { Tag } from 'antd';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { JobRecord } from '@/domain/jobs/types';
import { useT } from '../i18n/useT';
import { useTransferStalled } from './useTransferStalled';

/** A running transfer in one tag: "Transferring 42 %", stalled in red, no percentage in an era without progress. */
export function TransferTag({ job }: { job: JobRecord }) {
  const t = useT();
  const { stalled } = useTransferStalled(job);
  if (!isDbcTransfer(job.spec)) return null;
  const percent = String(Math.floor(job.progress ?? 0));
  const text = !job.spec.progress ? t('imageDbc.transfer.noPercent') : stalled ? t('imageDbc.transfer.stalled', { percent }) : t('imageDbc.transfer.running', { percent });
  return (
    <Tag color={stalled ? 'error' : 'processing'} style={{ marginInlineEnd: 0 }} data-testid="transfer-tag" data-stalled={stalled || undefined}>
      {text}
    </Tag>
  );
}
