import { Descriptions, Empty, Table, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { SnapshotDiskPart, SnapshotTree } from '@/domain/snapshots/types';
import { formatBytes, formatDateTime } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { resourceLabelKey } from '../tree/SnapshotRow';
import { KindTag, SnapshotStatusTag } from '../tree/SnapshotBadges';
import { CompareSnapshots } from './CompareSnapshots';
import { MeasureSize } from './MeasureSize';

interface Props {
  tree: SnapshotTree;
  snapshotId: string;
  compareId?: string;
  onCompare(id: string | undefined): void;
  /** The target VM's name (the provider's node carries only its id on vsd and DBC). */
  vmName?: string;
  /** Where the provider measures a snapshot on request (ZStack): the connection to ask. */
  connection?: Connection;
}

/** Every field of the selected snapshot, its disks, and the comparison with a second one. */
export function SnapshotDetails({ tree, snapshotId, compareId, onCompare, vmName, connection }: Props) {
  const t = useT();
  const locale = useLocale();
  const node = tree.nodes.get(snapshotId);
  if (!node) return <Empty description={t('snapshots.details.none')} />;
  const dash = t('snapshots.unknown');
  const parent = node.parentId ? tree.nodes.get(node.parentId) : undefined;
  const ofTarget = node.resource.kind === 'vm' && node.resource.id === tree.target.vmId ? vmName : undefined;
  return (
    <div data-testid="snapshot-details">
      <Typography.Title level={5} style={{ marginTop: 0 }}>{node.name}</Typography.Title>
      <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('snapshots.details.id')}><Typography.Text copyable>{node.id}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('snapshots.details.description')}>{node.description || dash}</Descriptions.Item>
        <Descriptions.Item label={t('snapshots.details.kind')}><KindTag kind={node.kind} /></Descriptions.Item>
        <Descriptions.Item label={t('snapshots.details.status')}><SnapshotStatusTag node={node} /> <Typography.Text type="secondary">{node.providerStatus}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('snapshots.details.created')}>{node.createdAt ? formatDateTime(node.createdAt, locale) : dash}</Descriptions.Item>
        <Descriptions.Item label={t('snapshots.details.size')}>{node.sizeBytes !== undefined ? formatBytes(node.sizeBytes, locale) : dash}</Descriptions.Item>
        <Descriptions.Item label={t('snapshots.details.parent')}>{parent?.name ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t('snapshots.details.group')}>{node.group}</Descriptions.Item>
        <Descriptions.Item label={t('snapshots.details.resource')}>{`${t(resourceLabelKey(node.resource))} · ${node.resource.name ?? ofTarget ?? node.resource.id}`}</Descriptions.Item>
        {node.memory && <Descriptions.Item label={t('snapshots.details.memory')}>{t(`snapshots.memory.${node.memory}`)}</Descriptions.Item>}
        {node.progress !== undefined && <Descriptions.Item label={t('snapshots.details.progress')}>{`${node.progress}%`}</Descriptions.Item>}
      </Descriptions>
      {connection && tree.provider === 'zstack' && <MeasureSize key={snapshotId} connection={connection} tree={tree} snapshotId={snapshotId} />}
      <Typography.Title level={5}>{t('snapshots.details.disks')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(d) => d.partId ?? d.diskId}
        dataSource={node.disks}
        locale={{ emptyText: t('snapshots.details.noDisks') }}
        columns={[
          { key: 'disk', title: t('snapshots.details.disk'), render: (_, d) => d.diskName ?? d.diskId },
          { key: 'part', title: t('snapshots.details.part'), render: (_, d) => d.partId ?? dash },
          // Mode and file only where the provider tells them (DBC).
          ...(node.disks.some((d) => d.mode) ? [{ key: 'mode', title: t('snapshots.details.mode'), render: (_: unknown, d: SnapshotDiskPart) => d.mode ?? dash }] : []),
          ...(node.disks.some((d) => d.file)
            ? [{ key: 'file', title: t('snapshots.details.file'), render: (_: unknown, d: SnapshotDiskPart) => (d.file ? <Typography.Text ellipsis={{ tooltip: d.file }} style={{ maxWidth: 200 }}>{d.file}</Typography.Text> : dash) }]
            : []),
        ]}
      />
      <CompareSnapshots tree={tree} snapshotId={snapshotId} compareId={compareId} onCompare={onCompare} />
    </div>
  );
}
