import { Empty, Table } from 'antd';
import type { GpuNode } from '@/domain/nodes/types';
import { formatBytes } from '@/shared/format';
import { compareNames } from '@/shared/collate';
import { useLocale, useT } from '@/shared/i18n/useT';

/** The image files on the node: what a new VM can start from without a download. */
export function NodeImages({ node }: { node: GpuNode }) {
  const t = useT();
  const locale = useLocale();
  if (node.images.length === 0) return <Empty description={t('nodes.detail.images.empty')} />;
  return (
    <div data-testid="node-images">
      <Table
        size="small"
        rowKey="name"
        pagination={node.images.length > 20 ? { pageSize: 20 } : false}
        dataSource={node.images}
        columns={[
          { key: 'name', dataIndex: 'name', title: t('nodes.detail.images.name'), sorter: (a, b) => compareNames(a.name, b.name) },
          {
            key: 'size',
            title: t('nodes.detail.images.size'),
            align: 'right',
            sorter: (a, b) => (a.sizeBytes ?? 0) - (b.sizeBytes ?? 0),
            render: (_, image) => (image.sizeBytes === undefined ? '—' : formatBytes(image.sizeBytes, locale)),
          },
        ]}
      />
    </div>
  );
}
