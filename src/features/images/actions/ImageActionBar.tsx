import type { Connection } from '@/domain/connections/types';
import type { ImageRecord } from '@/domain/images/model';
import { ActionBar } from '@/shared/actions/ActionBar';
import { imageActionsOf, type ImageAction } from './registry';
import { useImageActionFlow } from './useImageActionFlow';

/** The detail page's actions (the page is the details; Create VM is its own button beside this bar). */
export function ImageActionBar({ connection, image }: { connection: Connection; image: ImageRecord }) {
  const flow = useImageActionFlow(connection, image);
  const actions = imageActionsOf(image, 'detail');
  if (!actions.length) return null;
  return (
    <>
      <ActionBar actions={actions} subject={{ connection, image }} pending={flow.pendingAction} onTrigger={(name) => flow.trigger(name as ImageAction)} testId="image-actions" />
      {flow.dialogs}
    </>
  );
}
