import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { Connection } from '@/domain/connections/types';
import { settleAction } from '@/shared/actions/settle';
import { runtime } from '@/shared/connections/runtime';
import { useT } from '@/shared/i18n/useT';
import { NODE_IMAGE_ACTIONS, type NodeImageSubject } from './imageActions';

const definition = NODE_IMAGE_ACTIONS.find((action) => action.name === 'image-delete')!;

/**
 * Deleting a file from a node, asked first, sent once: the node's Images tab and the Images page both use
 * this. A refusal (the file in use or being transferred) is reported with the node's code and message.
 */
export function useDeleteNodeImage(connection: Connection): { confirm(subject: NodeImageSubject): void; pendingName?: string } {
  const t = useT();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: async (subject: NodeImageSubject) => {
      const center = runtime(connection).imageCenter;
      if (!center?.deleteNodeImage) throw new Error(`${connection.provider} cannot delete node images`);
      await center.deleteNodeImage(subject.nodeId, subject.image.name);
    },
    onSuccess: (_, subject) => {
      settleAction(queryClient, { connection, action: definition.job, target: { kind: 'image', id: subject.image.name, name: subject.image.name }, jobs: [], refresh: definition.refresh(subject) });
    },
  });

  function confirm(subject: NodeImageSubject) {
    if (!definition.can(subject).allowed || !definition.confirm) return;
    modal.confirm({
      title: t(definition.confirm.title, { name: subject.image.name }),
      content: t(definition.confirm.body, { name: subject.image.name }),
      okText: t(definition.label),
      okButtonProps: { danger: definition.destructive, 'data-testid': 'confirm-action' } as never,
      cancelText: t('common.cancel'),
      // The promise keeps OK loading until the node answers; a refusal is reported with its code and message.
      onOk: () => remove.mutateAsync(subject).catch(() => undefined),
    });
  }

  return { confirm, pendingName: remove.isPending ? remove.variables?.image.name : undefined };
}
