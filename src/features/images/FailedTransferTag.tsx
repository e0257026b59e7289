import { Tag, Tooltip } from 'antd';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { JobRecord } from '@/domain/jobs/types';
import { messageFor } from '@/shared/errors/describe';
import { useLocale, useT } from '@/shared/i18n/useT';

/**
 * A file's last transfer failed: "Download failed: <the node's message>" (or, stopped, where it stopped) in its row, the code and whole message on
 * hover (a cell cuts it). The same error as the Jobs drawer shows for that job.
 */
export function FailedTransferTag({ job }: { job: JobRecord }) {
  const t = useT();
  const locale = useLocale();
  if (!isDbcTransfer(job.spec)) return null;
  const message = job.error ? messageFor(job.error, locale) : t('imagesDbcMore.transfer.noMessage');
  const key = job.spec.kind === 'dbc-image-download' ? 'imagesDbcMore.transfer.downloadFailed' : 'imagesDbcMore.transfer.uploadFailed';
  // Stopped by the user: the checker's own words ("The download stopped at 50%") say it, not a failure.
  const text = job.error?.code === 'stopped' ? message : t(key, { message });
  return (
    <Tooltip title={job.error ? `${job.error.code}: ${message}` : message}>
      <Tag color={job.error?.code === 'stopped' ? 'warning' : 'error'} style={{ marginInlineEnd: 0 }} data-testid="transfer-failed">
        {text}
      </Tag>
    </Tooltip>
  );
}
