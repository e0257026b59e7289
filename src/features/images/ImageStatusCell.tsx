import type { ImageRecord } from '@/domain/images/model';
import { TransferTag } from '@/shared/jobs/TransferTag';
import { ImageStatusTag } from './imageParts';
import { useImageTransfer } from './useImageTransfer';

/** The status cell: a DBC file being transferred shows its live percentage (or stall) instead of its plain Ready. */
export function ImageStatusCell({ image }: { image: ImageRecord }) {
  const transfer = useImageTransfer(image);
  return transfer ? <TransferTag job={transfer} /> : <ImageStatusTag image={image} />;
}
