import { Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Connection } from '@/domain/connections/types';
import { isDbcTransfer } from '@/domain/images/transfer/spec';
import type { ImageFile } from '@/domain/images/types';
import type { GpuNode } from '@/domain/nodes/types';
import { ActionBar } from '@/shared/actions/ActionBar';
import { formatBytes } from '@/shared/format';
import { compareNames } from '@/shared/collate';
import { useLocale, useT } from '@/shared/i18n/useT';
import { useJobs } from '@/shared/jobs/store';
import { NODE_IMAGE_ACTIONS, type NodeImageSubject } from './imageActions';
import { UploadImageModal } from './UploadImageModal';
import { useDeleteNodeImage } from './useDeleteNodeImage';

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
  const transferring = useTransferring(connection.id, node.nodeId);
  const [uploading, setUploading] = useState<NodeImageSubject>();
  const remove = useDeleteNodeImage(connection);

  if (node.images.length === 0) return <Empty description={t('nodes.detail.images.empty')} />;
  const subjectOf = (image: ImageFile): NodeImageSubject => ({ connection, nodeId: node.nodeId, image, transferring: transferring.includes(image.name) });

  function trigger(name: string, subject: NodeImageSubject) {
    const definition = NODE_IMAGE_ACTIONS.find((action) => action.name === name);
    if (!definition || !definition.can(subject).allowed) return;
    if (definition.form === 'upload') {
      setUploading(subject);
      return;
    }
    remove.confirm(subject);
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
                  pending={remove.pendingName === image.name ? 'image-delete' : undefined}
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
