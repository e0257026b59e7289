import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Empty, Table, Typography } from 'antd';
import { useMemo } from 'react';
import type { Connection } from '@/domain/connections/types';
import { reportSuccess } from '@/shared/errors/notify';
import { useLocale, useT } from '@/shared/i18n/useT';
import { nodeQueryOptions } from '@/shared/nodes/queries';
import { useNodeIds } from '@/shared/nodes/store';
import { nodeKeys } from '@/shared/queryKeys';
import { nodeColumns, type NodeRow } from './nodeColumns';
import { shortNodeId } from './resources';

const ROW_HEIGHT = 56;
const MAX_BODY_HEIGHT = 560;
/** Up to this many rows the table takes its natural height: no virtual body, nothing to clip. */
const PLAIN_ROWS = Math.floor(MAX_BODY_HEIGHT / ROW_HEIGHT);

/**
 * One query per node (through the DBC limiter: at most 6 in flight), so rows fill in as their node answers
 * and a failing node shows its own error without holding up the rest. Virtualized: 500 nodes stay smooth.
 */
export function NodeTable({ connection, nodeIds }: { connection: Connection; nodeIds: string[] }) {
  const t = useT();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const queries = useQueries({ queries: nodeIds.map((nodeId) => nodeQueryOptions(connection, nodeId)) });
  const rows: NodeRow[] = nodeIds.map((nodeId, i) => ({ nodeId, query: queries[i]! }));

  const columns = useMemo(
    () =>
      nodeColumns(connection.id, t, locale, (nodeId) => {
        useNodeIds.getState().remove(connection.id, [nodeId]);
        queryClient.removeQueries({ queryKey: nodeKeys.detail(connection.id, nodeId) });
        reportSuccess(t('nodes.remove.done', { id: shortNodeId(nodeId) }));
      }),
    [connection.id, t, locale, queryClient],
  );

  if (nodeIds.length === 0) return <Empty description={t('nodes.empty')} data-testid={`nodes-empty-${connection.id}`} />;

  const loaded = queries.filter((q) => q.isSuccess).length;
  const failed = queries.filter((q) => q.isError).length;
  return (
    <>
      <Typography.Text type="secondary" data-testid={`nodes-progress-${connection.id}`} style={{ display: 'block', marginBottom: 8 }}>
        {t('nodes.progress', { loaded, total: nodeIds.length, failed, pending: nodeIds.length - loaded - failed })}
      </Typography.Text>
      <div data-testid={`nodes-table-${connection.id}`}>
      <Table<NodeRow>
        size="small"
        rowKey="nodeId"
        columns={columns}
        dataSource={rows}
        pagination={false}
        // A virtual body needs a fixed height, but a row's height depends on its cells (two-line resources, an
        // error) and the horizontal scrollbar takes some of it: sized from ROW_HEIGHT, a 2-row body clipped its
        // second row. So only a long list is virtual (it scrolls anyway); a short one shows every row in full.
        virtual={rows.length > PLAIN_ROWS}
        scroll={rows.length > PLAIN_ROWS ? { x: 1270, y: MAX_BODY_HEIGHT } : { x: 1270 }}
      />
      </div>
    </>
  );
}
