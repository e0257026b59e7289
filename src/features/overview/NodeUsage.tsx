import { Card, Empty, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from '@tanstack/react-router';
import { useQueries } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { GpuNode } from '@/domain/nodes/types';
import { useActiveConnections } from '@/shared/connections/hooks';
import { useT } from '@/shared/i18n/useT';
import { nodeQueryOptions } from '@/shared/nodes/queries';
import { useNodeIds } from '@/shared/nodes/store';
import { UsageBar } from '@/shared/ui/UsageBar';

interface Row {
  key: string;
  connection: Connection;
  nodeId: string;
  node?: GpuNode;
  failed: boolean;
}

const percent = (used?: number, total?: number) => (used === undefined || !total ? undefined : Math.round((used / total) * 100));

/** GPU / CPU / memory / disk use of every DBC node of the active connections, as bars. */
export function NodeUsage() {
  const t = useT();
  const connections = useActiveConnections().filter((c) => c.provider === 'dbc');
  const byConnection = useNodeIds((state) => state);
  const pairs = connections.flatMap((connection) =>
    (byConnection.byConnection[connection.id] ?? byConnection.presets[connection.id] ?? []).map((nodeId) => ({ connection, nodeId })),
  );
  const results = useQueries({ queries: pairs.map(({ connection, nodeId }) => nodeQueryOptions(connection, nodeId)) });
  const rows: Row[] = pairs.map(({ connection, nodeId }, i) => ({
    key: `${connection.id}/${nodeId}`,
    connection,
    nodeId,
    node: results[i]?.data,
    failed: Boolean(results[i]?.isError),
  }));

  const columns: ColumnsType<Row> = [
    {
      key: 'node',
      title: t('overview.stat.nodes'),
      width: 190,
      render: (_, row) => (
        <Flex vertical style={{ whiteSpace: 'nowrap' }}>
          <Link to="/nodes" search={{ connection: row.connection.id }}>
            <Typography.Text code>{`${row.nodeId.slice(0, 8)}…${row.nodeId.slice(-4)}`}</Typography.Text>
          </Link>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 170 }}>
            {row.failed ? t('overview.node.offline') : row.node?.gpu.model ?? row.connection.name}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'gpu',
      title: t('overview.node.gpu'),
      render: (_, row) => <UsageBar percent={percent(row.node?.gpu.used, row.node?.gpu.count)} label={row.node ? `${row.node.gpu.used} / ${row.node.gpu.count}` : undefined} />,
    },
    { key: 'cpu', title: t('overview.node.cpu'), render: (_, row) => <UsageBar percent={row.node?.cpu.usagePercent === undefined ? undefined : Math.round(row.node.cpu.usagePercent)} /> },
    { key: 'memory', title: t('overview.node.memory'), render: (_, row) => <UsageBar percent={row.node?.memory.usagePercent === undefined ? undefined : Math.round(row.node.memory.usagePercent)} /> },
    {
      key: 'disk',
      title: t('overview.node.disk'),
      render: (_, row) => {
        const disk = row.node?.disks[0];
        return <UsageBar percent={disk?.usagePercent === undefined ? undefined : Math.round(disk.usagePercent)} label={disk?.path} />;
      },
    },
  ];

  return (
    <Card title={t('overview.nodesTitle')} data-testid="node-usage">
      {rows.length === 0 ? (
        <Empty description={t('overview.nodesEmpty')} />
      ) : (
        <Table<Row> size="small" rowKey="key" scroll={{ x: 'max-content' }} columns={columns} dataSource={rows} pagination={rows.length > 10 ? { pageSize: 10 } : false} loading={results.some((r) => r.isPending) && rows.every((r) => !r.node)} />
      )}
    </Card>
  );
}
