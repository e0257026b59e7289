import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Connection } from '@/domain/connections/types';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { ImageFile } from '@/domain/images/types';
import type { GpuNode } from '@/domain/nodes/types';
import { ActionBar } from '@/shared/actions/ActionBar';
import { settleAction } from '@/shared/actions/settle';
import { runtime } from '@/shared/connections/runtime';
import { formatBytes } from '@/shared/format';
import { compareNames } from '@/shared/collate';
import { useLocale, useT } from '@/shared/i18n/useT';
import { useJobs } from '@/shared/jobs/store';
import { NODE_IMAGE_ACTIONS, type NodeImageSubject } from './imageActions';
import { UploadImageModal } from './UploadImageModal';

/** Names of this node's files with a transfer running in the Jobs list (uploads and downloads alike). */
function useTransferring(connectionId: string, nodeId: string): string[] {
  return useJobs(
    useShallow((state) =>
      state.jobs.flatMap((job) => (job.status === 'running' && job.connectionId === connectionId && isDbcTransfer(job.spec) && job.spec.nodeId === nodeId ? [job.spec.imageName] : [])),
    ),
  );
}

/** The image files on the node: what a new VM can start from without a download; upload or delete each. */
export function NodeImages({ connection, node }: { connection: Connection; node: GpuNode }) {
  const t = useT();
  const locale = useLocale();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const transferring = useTransferring(connection.id, node.nodeId);
  const [uploading, setUploading] = useState<NodeImageSubject>();
  const remove = useMutation({
    mutationFn: async (subject: NodeImageSubject) => {
      const center = runtime(connection).imageCenter;
      if (!center?.deleteNodeImage) throw new Error(`${connection.provider} cannot delete node images`);
      await center.deleteNodeImage(subject.nodeId, subject.image.name);
    },
    onSuccess: (_, subject) => {
      const definition = NODE_IMAGE_ACTIONS.find((action) => action.name === 'image-delete')!;
      settleAction(queryClient, { connection, action: definition.job, target: { kind: 'image', id: subject.image.name, name: subject.image.name }, jobs: [], refresh: definition.refresh(subject) });
    },
  });

  if (node.images.length === 0) return <Empty description={t('nodes.detail.images.empty')} />;
  const subjectOf = (image: ImageFile): NodeImageSubject => ({ connection, nodeId: node.nodeId, image, transferring: transferring.includes(image.name) });

  function trigger(name: string, subject: NodeImageSubject) {
    const definition = NODE_IMAGE_ACTIONS.find((action) => action.name === name);
    if (!definition || !definition.can(subject).allowed) return;
    if (definition.form === 'upload') {
      setUploading(subject);
      return;
    }
    if (!definition.confirm) return;
    const label = t(definition.label);
    modal.confirm({
      title: t(definition.confirm.title, { name: subject.image.name }),
      content: t(definition.confirm.body, { name: subject.image.name }),
      okText: label,
      okButtonProps: { danger: definition.destructive, 'data-testid': 'confirm-action' } as never,
      cancelText: t('common.cancel'),
      // The promise keeps OK loading until the node answers; a refusal is reported with its code and message.
      onOk: () => remove.mutateAsync(subject).catch(() => undefined),
    });
  }

  return (
    <div data-testid="node-images">
      <Table<ImageFile>
        size="small"
        rowKey="name"
        pagination={node.images.length > 20 ? { pageSize: 20 } : false}
        dataSource={node.images}
        columns={[
          {
            key: 'name',
            dataIndex: 'name',
            title: t('nodes.detail.images.name'),
            sorter: (a, b) => compareNames(a.name, b.name),
            render: (name: string) => (
              <>
                {name} {transferring.includes(name) && <Tag color="processing">{t('nodeImages.transferring')}</Tag>}
              </>
            ),
          },
          {
            key: 'size',
            title: t('nodes.detail.images.size'),
            align: 'right',
            sorter: (a, b) => (a.sizeBytes ?? 0) - (b.sizeBytes ?? 0),
            render: (_, image) => (image.sizeBytes === undefined ? '—' : formatBytes(image.sizeBytes, locale)),
          },
          {
            key: 'actions',
            title: t('nodeImages.actions'),
            render: (_, image) => {
              const subject = subjectOf(image);
              return (
                <ActionBar
                  actions={NODE_IMAGE_ACTIONS}
                  subject={subject}
                  size="small"
                  pending={remove.isPending && remove.variables?.image.name === image.name ? 'image-delete' : undefined}
                  onTrigger={(name) => trigger(name, subject)}
                  testId={`image-actions-${image.name}`}
                />
              );
            },
          },
        ]}
      />
      {uploading && <UploadImageModal subject={uploading} onClose={() => setUploading(undefined)} />}
    </div>
  );
}
