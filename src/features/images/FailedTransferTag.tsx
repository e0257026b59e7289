import { Tag, Tooltip } from 'antd';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { JobRecord } from '@/domain/jobs/types';
import { messageFor } from '@/shared/errors/describe';
import { useLocale, useT } from '@/shared/i18n/useT';

/**
 * A file's last transfer failed: "Download failed: <the node's message>" in its row, the code and whole message on
 * hover (a cell cuts it). The same error as the Jobs drawer shows for that job.
 */
export function FailedTransferTag({ job }: { job: JobRecord }) {
  const t = useT();
  const locale = useLocale();
  if (!isDbcTransfer(job.spec)) return null;
  const message = job.error ? messageFor(job.error, locale) : t('imagesDbcMore.transfer.noMessage');
  const key = job.spec.kind === 'dbc-image-download' ? 'imagesDbcMore.transfer.downloadFailed' : 'imagesDbcMore.transfer.uploadFailed';
  return (
    <Tooltip title={job.error ? `${job.error.code}: ${message}` : message}>
      <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid="transfer-failed">
        {t(key, { message })}
      </Tag>
    </Tooltip>
  );
}
