import { ArrowLeftOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Result, Skeleton, Space, Tabs } from 'antd';
import { useConnections } from '@/shared/connections/hooks';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { nodeQueryOptions } from '@/shared/nodes/queries';
import { readNodeIds, useNodeIds } from '@/shared/nodes/store';
import { ButtonLink } from '@/shared/ui/ButtonLink';
import type { NodeTab } from './tabs';
import { PageHeader } from '@/shared/ui/PageHeader';
import { NodeImages } from './NodeImages';
import { NodeOverview } from './NodeOverview';
import { NodeVms } from './NodeVms';
import { shortNodeId } from './resources';


interface Props {
  connectionId: string;
  nodeId: string;
  tab: NodeTab;
  onTab(tab: NodeTab): void;
}

/** One node: machine info with resource bars, the renter's VMs on it, its images; the tab lives in the URL. */
export function NodeDetailPage({ connectionId, nodeId, tab, onTab }: Props) {
  const t = useT();
  const connection = useConnections().find((c) => c.id === connectionId && c.provider === 'dbc');
  const inList = useNodeIds((state) => readNodeIds(connectionId, state).includes(nodeId));
  const node = useQuery({ ...nodeQueryOptions(connection ?? { id: connectionId, provider: 'dbc', name: '', baseUrl: '', options: { era: 'current' }, origin: 'user' }, nodeId), enabled: Boolean(connection) });

  const back = (
    <Link to="/nodes" search={{ connection: connectionId }}>
      <ArrowLeftOutlined /> {t('nodes.detail.back')}
    </Link>
  );
  if (!connection) return <Result status="404" title={t('nodes.connectionMissing', { id: connectionId })} extra={back} />;

  const body = node.isPending ? (
    <Card><Skeleton active /></Card>
  ) : node.isError ? (
    <Alert
      type="error"
      showIcon
      data-testid="node-error"
      title={<ProviderErrorView error={node.error} />}
      action={<Button icon={<ReloadOutlined />} onClick={() => void node.refetch()}>{t('common.retry')}</Button>}
    />
  ) : (
    <Tabs
      activeKey={tab}
      onChange={(key) => onTab(key as NodeTab)}
      items={[
        { key: 'overview', label: t('nodes.detail.tab.overview'), children: <NodeOverview connection={connection} node={node.data} readAt={node.dataUpdatedAt} /> },
        { key: 'vms', label: t('nodes.detail.tab.vms'), children: <NodeVms connection={connection} nodeId={nodeId} /> },
        { key: 'images', label: `${t('nodes.detail.tab.images')} (${node.data.images.length})`, children: <NodeImages connection={connection} node={node.data} /> },
      ]}
    />
  );

  return (
    <>
      <PageHeader
        title={t('nodes.detail.title', { id: shortNodeId(nodeId) })}
        subtitle={connection.name}
        extra={
          <Space>
            {back}
            <ButtonLink to="/vms/create" search={{ connection: connectionId, node: nodeId }} type="primary" icon={<PlusOutlined />} data-testid="create-vm-link">
              {t('nodes.detail.createVm')}
            </ButtonLink>
          </Space>
        }
      />
      {!inList && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('nodes.detail.notInList')} />}
      {body}
    </>
  );
}
