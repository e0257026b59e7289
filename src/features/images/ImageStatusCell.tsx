import type { ImageRecord } from '@/domain/images/model';
import { TransferTag } from '@/shared/jobs/TransferTag';
import { FailedTransferTag } from './FailedTransferTag';
import { ImageStatusTag } from './imageParts';
import { useFailedImageTransfer, useImageTransfer } from './useImageTransfer';

/**
 * The status cell: a DBC file being transferred shows its live percentage (or stall) instead of its plain Ready;
 * one whose last transfer failed shows that with the provider's error (the file itself is as listed).
 */
export function ImageStatusCell({ image }: { image: ImageRecord }) {
  const transfer = useImageTransfer(image);
  const failed = useFailedImageTransfer(image);
  if (transfer) return <TransferTag job={transfer} />;
  return failed ? <FailedTransferTag job={failed} /> : <ImageStatusTag image={image} />;
}
