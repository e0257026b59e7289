import { Flex } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import { ActionBar } from '@/shared/actions/ActionBar';
import { TransferTag } from '@/shared/jobs/TransferTag';
import { FailedTransferTag } from '../FailedTransferTag';
import { useFailedImageTransfer } from '../useImageTransfer';
import { imageActionsOf, type ImageAction } from './registry';
import { useImageActionFlow } from './useImageActionFlow';

/**
 * The detail page's actions (the page is the details; Create VM is its own button beside this bar), with a
 * running DBC transfer of the file (or its last one, failed, with the provider's error) shown before them.
 */
export function ImageActionBar({ connection, image }: { connection: Connection; image: ImageRecord }) {
  const flow = useImageActionFlow(connection, image);
  const failed = useFailedImageTransfer(image);
  const actions = imageActionsOf(image, 'detail');
  if (!actions.length && !flow.transfer && !failed) return null;
  return (
    <Flex align="center" gap={8} wrap>
      {flow.transfer ? <TransferTag job={flow.transfer} /> : failed && <FailedTransferTag job={failed} />}
      {actions.length > 0 && <ActionBar actions={actions} subject={flow.subject} pending={flow.pendingAction} onTrigger={(name) => flow.trigger(name as ImageAction)} testId="image-actions" />}
      {flow.dialogs}
    </Flex>
  );
}
