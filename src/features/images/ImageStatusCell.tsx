import { Flex, Typography } from 'antd';
import type { ImageRecord } from '@/domain/images/model';
import { useT } from '@/shared/i18n/useT';
import { TransferTag } from '@/shared/jobs/TransferTag';
import { jobInRow, jobStatusText } from './exportJobText';
import { FailedTransferTag } from './FailedTransferTag';
import { ImageStatusTag } from './imageParts';
import { useFailedImageTransfer, useImageTransfer } from './useImageTransfer';

/**
 * The status cell: a DBC file being transferred shows its live percentage (or stall) instead of its plain Ready;
 * one whose last transfer failed shows that with the provider's error (the file itself is as listed); an image or
 * disk a 51idc job is still making (or failed to make) shows that job's state under its status.
 */
export function ImageStatusCell({ image }: { image: ImageRecord }) {
  const t = useT();
  const transfer = useImageTransfer(image);
  const failed = useFailedImageTransfer(image);
  if (transfer) return <TransferTag job={transfer} />;
  if (failed) return <FailedTransferTag job={failed} />;
  const job = jobInRow(image);
  if (!job) return <ImageStatusTag image={image} />;
  // The job's state on a line of its own under the status: beside it, the 130 px cell would cut it.
  return (
    <Flex vertical align="flex-start" gap={2}>
      <ImageStatusTag image={image} raw={false} />
      <Typography.Text type={image.status === 'failed' ? 'danger' : 'secondary'} style={{ fontSize: 12, lineHeight: '16px' }} data-testid="image-job-state" data-job-status={job.status}>
        {t('imagesIdc51.job.state', { status: jobStatusText(job.status, t) })}
      </Typography.Text>
    </Flex>
  );
}
