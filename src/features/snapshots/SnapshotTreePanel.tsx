import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Connection } from '@/domain/connections/types';
import { SnapshotTreeError } from '@/domain/snapshots/errors';
import type { SnapshotTarget, SnapshotTree } from '@/domain/snapshots/types';
import type { Vm } from '@/domain/vms/types';
import { ActionBar } from '@/shared/actions/ActionBar';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { snapshotTreeQueryOptions } from '@/shared/snapshots/queries';
import { useTableHeight } from '../vms/list/useTableHeight';
import { DeleteRefusal } from './actions/DeleteRefusal';
import { snapshotActionsOf, type SnapshotUiAction } from './actions/registry';
import { useSnapshotActionFlow } from './actions/useSnapshotActionFlow';
import { SnapshotDetails } from './details/SnapshotDetails';
import { DbcSnapshotImage } from './export/DbcSnapshotImage';
import { ShortcutsHelp } from './tree/ShortcutsHelp';
import { SnapshotTreeView } from './tree/SnapshotTreeView';

interface Props {
  connection: Connection;
  target: SnapshotTarget;
  /** Shown in the tree's accessible name, confirmations and the Jobs drawer. */
  targetName: string;
  /** The VM, where known: "power off first" needs it. */
  vm?: Vm;
  selectedId?: string;
  compareId?: string;
  onSelect(id: string | undefined, compareId?: string): void;
}

/** A VM's (or volume's) snapshot tree beside the selected snapshot's details; loading, empty and error states. */
export function SnapshotTreePanel({ connection, target, targetName, vm, selectedId, compareId, onSelect }: Props) {
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
  return (
    <LoadedTree
      connection={connection}
      tree={tree}
      targetName={targetName}
      vm={vm}
      selectedId={selectedId && tree.nodes.has(selectedId) ? selectedId : undefined}
      compareId={compareId}
      onSelect={onSelect}
      height={height}
      toolbar={refresh}
      warning={query.isError ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('snapshots.tree.loadFailed')} description={<ProviderErrorView error={query.error} />} /> : null}
    />
  );
}

interface LoadedProps extends Omit<Props, 'target'> {
  tree: SnapshotTree;
  height: number;
  toolbar: ReactNode;
  warning: ReactNode;
}

/** The tree, its actions (from the registry: toolbar for the target, details bar for the selected snapshot) and details. */
function LoadedTree({ connection, tree, targetName, vm, selectedId: selected, compareId, onSelect, height, toolbar, warning }: LoadedProps) {
  const t = useT();
  const base = { connection, tree, targetName };
  const flow = useSnapshotActionFlow(base, vm);
  const trigger = (name: string, id?: string) => flow.trigger(name as SnapshotUiAction, id);
  const selectedName = selected ? tree.nodes.get(selected)?.name : undefined;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('snapshots.tree.label', { name: targetName })}>
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
            <Space wrap>
              <ActionBar actions={snapshotActionsOf(tree.provider, 'target')} subject={base} onTrigger={(name) => trigger(name)} size="small" testId="snapshot-target-actions" />
              <Typography.Text type="secondary">{t('snapshots.tree.count', { count: tree.nodes.size })}</Typography.Text>
            </Space>
            <Space><ShortcutsHelp />{toolbar}</Space>
          </Space>
          {warning}
          {tree.nodes.size === 0 && <Empty description={t('snapshots.tree.empty')} data-testid="snapshot-tree-empty" style={{ marginBottom: 8 }} />}
          <SnapshotTreeView
            tree={tree}
            label={t('snapshots.tree.label', { name: targetName })}
            selectedId={selected}
            compareId={compareId}
            onOpen={(id) => onSelect(id, id === compareId ? undefined : compareId)}
            onDelete={(id) => trigger('delete', id)}
            height={height}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('snapshots.details.title')}>
          {selected ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <div role="group" aria-label={t('snapshots.action.bar', { name: selectedName ?? selected })}>
                <ActionBar actions={snapshotActionsOf(tree.provider, 'snapshot')} subject={{ ...base, snapshotId: selected }} onTrigger={(name) => trigger(name, selected)} size="small" testId="snapshot-actions" />
              </div>
              <DeleteRefusal subject={{ ...base, snapshotId: selected }} />
              <SnapshotDetails tree={tree} snapshotId={selected} compareId={compareId} onCompare={(id) => onSelect(selected, id)} vmName={targetName} connection={connection} />
              <DbcSnapshotImage connection={connection} tree={tree} snapshotId={selected} />
            </Space>
          ) : (
            <Empty description={t('snapshots.details.none')} />
          )}
        </Card>
      </Col>
      {flow.dialogs}
    </Row>
  );
}
