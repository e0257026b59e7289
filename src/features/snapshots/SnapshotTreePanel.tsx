import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import { SnapshotTreeError } from '@/domain/snapshots/errors';
import type { SnapshotTarget } from '@/domain/snapshots/types';
import { useTableHeight } from '../vms/list/useTableHeight';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { snapshotTreeQueryOptions } from '@/shared/snapshots/queries';
import { SnapshotDetails } from './details/SnapshotDetails';
import { ShortcutsHelp } from './tree/ShortcutsHelp';
import { SnapshotTreeView } from './tree/SnapshotTreeView';

interface Props {
  connection: Connection;
  target: SnapshotTarget;
  /** Shown in the tree's accessible name. */
  targetName: string;
  selectedId?: string;
  compareId?: string;
  onSelect(id: string | undefined, compareId?: string): void;
}

/** A VM's (or volume's) snapshot tree beside the selected snapshot's details; loading, empty and error states. */
export function SnapshotTreePanel({ connection, target, targetName, selectedId, compareId, onSelect }: Props) {
  const t = useT();
  const query = useQuery({ ...snapshotTreeQueryOptions(connection, target), meta: { silent: true } });
  const height = useTableHeight(360, 360);
  const refresh = (
    <Button size="small" icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => void query.refetch()}>
      {t('snapshots.tree.refresh')}
    </Button>
  );
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} data-testid="snapshot-tree-loading" />;
  if (query.isError && query.data === undefined) {
    const badData = query.error instanceof SnapshotTreeError;
    return (
      <Alert
        type="error"
        showIcon
        data-testid={badData ? 'snapshot-tree-bad-data' : 'snapshot-tree-error'}
        title={t(badData ? 'snapshots.tree.badData' : 'snapshots.tree.loadFailed')}
        description={<ProviderErrorView error={query.error} />}
        action={refresh}
      />
    );
  }
  const tree = query.data;
  if (!tree) return null;
  const selected = selectedId && tree.nodes.has(selectedId) ? selectedId : undefined;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card
          size="small"
          title={t('snapshots.tree.label', { name: targetName })}
        >
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
            <Typography.Text type="secondary">{t('snapshots.tree.count', { count: tree.nodes.size })}</Typography.Text>
            <Space><ShortcutsHelp />{refresh}</Space>
          </Space>
          {query.isError && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('snapshots.tree.loadFailed')} description={<ProviderErrorView error={query.error} />} />}
          {tree.nodes.size === 0 && <Empty description={t('snapshots.tree.empty')} data-testid="snapshot-tree-empty" style={{ marginBottom: 8 }} />}
          <SnapshotTreeView
            tree={tree}
            label={t('snapshots.tree.label', { name: targetName })}
            selectedId={selected}
            compareId={compareId}
            onOpen={(id) => onSelect(id, id === compareId ? undefined : compareId)}
            height={height}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('snapshots.details.title')}>
          {selected ? (
            <SnapshotDetails tree={tree} snapshotId={selected} compareId={compareId} onCompare={(id) => onSelect(selected, id)} vmName={targetName} connection={connection} />
          ) : (
            <Empty description={t('snapshots.details.none')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
