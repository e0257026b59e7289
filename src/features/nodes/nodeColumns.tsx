import { DeleteOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link } from '@tanstack/react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Popconfirm, Popover, Space, Spin, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { isProviderError } from '@/api/errors';
import type { GpuNode } from '@/domain/nodes/types';
import type { Locale, Translate } from '@/i18n';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatBytes, formatNumber } from '@/shared/format';
import { EllipsisText } from '@/shared/ui/EllipsisText';
import { AsOf } from '@/shared/ui/Freshness';
import { UsageBar } from '@/shared/ui/UsageBar';
import { cpuUsage, diskUsage, gpuUsage, mainDisk, memoryUsage, shortNodeId, type Usage } from './resources';

export interface NodeRow {
  nodeId: string;
  query: UseQueryResult<GpuNode>;
}

function StateCell({ row, t }: { row: NodeRow; t: Translate }) {
  const { query } = row;
  if (query.isPending) return <Space data-testid={`node-state-${row.nodeId}`}><Spin size="small" />{t('nodes.state.loading')}</Space>;
  if (query.isError) {
    const error = query.error;
    const message = isProviderError(error) ? error.message : error instanceof Error ? error.message : String(error);
    return (
      <Space size={4} data-testid={`node-state-${row.nodeId}`}>
        <Popover content={<div style={{ maxWidth: 420 }}><ProviderErrorView error={error} /></div>}>
          <Tag color="error" style={{ cursor: 'help' }}>{t('nodes.state.failed')}</Tag>
        </Popover>
        <EllipsisText type="danger" maxWidth={90} small title={message}>{message}</EllipsisText>
        <Button size="small" type="text" aria-label={t('common.retry')} icon={<ReloadOutlined spin={query.isFetching} />} onClick={() => void query.refetch()} />
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      <Tag color="success" data-testid={`node-state-${row.nodeId}`}>{t('nodes.state.online')}</Tag>
      {/* The row's CPU and memory figures are as of this read; the node page reads them again. */}
      <AsOf at={query.dataUpdatedAt} help={t('dataHealth.asOf.help')} testId={`node-as-of-${row.nodeId}`} />
    </Space>
  );
}

/** Columns of the node table; every machine-info cell shows a dash until its node has answered. */
export function nodeColumns(connectionId: string, t: Translate, locale: Locale, onRemove: (nodeId: string) => void): ColumnsType<NodeRow> {
  const bytes = (value: number | undefined) => (value === undefined ? '—' : formatBytes(value, locale));
  const freeOf = (usage: Usage) => (usage.total === undefined ? undefined : t('nodes.free', { free: bytes(usage.total - (usage.used ?? 0)), total: bytes(usage.total) }));
  return [
    {
      key: 'node',
      title: t('nodes.col.node'),
      width: 160,
      fixed: 'left',
      render: (_, row) => (
        <Link to="/nodes/$connectionId/$nodeId" params={{ connectionId, nodeId: row.nodeId }} search={{ tab: 'overview' }} data-testid={`node-link-${row.nodeId}`}>
          <Typography.Text code title={row.nodeId}>{shortNodeId(row.nodeId)}</Typography.Text>
        </Link>
      ),
    },
    { key: 'state', title: t('nodes.col.state'), width: 190, render: (_, row) => <StateCell row={row} t={t} /> },
    {
      key: 'gpu',
      title: t('nodes.col.gpu'),
      width: 150,
      render: (_, { query: { data } }) =>
        data ? <UsageBar percent={gpuUsage(data).percent} label={`${data.gpu.model ? `${data.gpu.model} · ` : ''}${t('nodes.gpu.used', { used: data.gpu.used, count: data.gpu.count })}`} /> : '—',
    },
    {
      key: 'cpu',
      title: t('nodes.col.cpu'),
      width: 190,
      render: (_, { query: { data } }) =>
        data ? <UsageBar percent={cpuUsage(data).percent} label={[data.cpu.cores !== undefined ? t('nodes.cpu.cores', { cores: data.cpu.cores }) : '', data.cpu.model ?? ''].filter(Boolean).join(' · ')} /> : '—',
    },
    { key: 'memory', title: t('nodes.col.memory'), width: 180, render: (_, { query: { data } }) => (data ? <UsageBar percent={memoryUsage(data).percent} label={freeOf(memoryUsage(data))} /> : '—') },
    {
      key: 'disk',
      title: t('nodes.col.disk'),
      width: 180,
      render: (_, { query: { data } }) => {
        const disk = data && mainDisk(data);
        return disk ? <UsageBar percent={diskUsage(disk).percent} label={freeOf(diskUsage(disk))} /> : '—';
      },
    },
    { key: 'images', title: t('nodes.col.images'), width: 70, align: 'right', render: (_, { query: { data } }) => (data ? formatNumber(data.images.length, locale) : '—') },
    { key: 'version', title: t('nodes.col.version'), width: 80, render: (_, { query: { data } }) => data?.version ?? '—' },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 70,
      render: (_, row) => (
        <Popconfirm
          title={t('nodes.remove.confirm', { id: shortNodeId(row.nodeId) })}
          description={t('nodes.remove.help')}
          okText={t('nodes.remove')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => onRemove(row.nodeId)}
        >
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('nodes.remove')} ${row.nodeId}`} />
        </Popconfirm>
      ),
    },
  ];
}
