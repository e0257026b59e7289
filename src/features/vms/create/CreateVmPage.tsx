import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Tag } from 'antd';
import { useMemo } from 'react';
import type { Connection } from '@/domain/connections/types';
import { useActiveConnections } from '@/shared/connections/hooks';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatBytes, formatNumber } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { nodeQueryOptions } from '@/shared/nodes/queries';
import { PageHeader } from '@/shared/ui/PageHeader';
import { isFilling, vmListQueryOptions } from '@/shared/vms/queries';
import { CreateProgress } from './CreateProgress';
import { CreateVmForm } from './CreateVmForm';
import { NodePicker } from './NodePicker';
import { nodeLimits } from './validation';

interface Props {
  connectionId?: string;
  nodeId?: string;
  /** The VM whose create the node accepted: its build is shown instead of the form. */
  createdVmId?: string;
  onPick(next: { connection?: string; node?: string }): void;
  onCreated(vmId: string): void;
  onCreateAnother(): void;
}

/** /vms/create?connection=&node=[&created=]: a DBC VM on one of the renter's nodes, then its build. */
export function CreateVmPage({ connectionId, nodeId, createdVmId, onPick, onCreated, onCreateAnother }: Props) {
  const t = useT();
  const dbcConnections = useActiveConnections().filter((c) => c.provider === 'dbc');
  const connection = dbcConnections.find((c) => c.id === connectionId) ?? dbcConnections[0];
  return (
    <>
      <PageHeader title={t('vms.create.title')} subtitle={t('vms.create.subtitle')} />
      {dbcConnections.length === 0 ? (
        <Card>
          <Empty description={t('vms.create.noDbc')}>
            <Link to="/settings/connections">{t('vms.list.openConnections')}</Link>
          </Empty>
        </Card>
      ) : (
        <Card>
          <NodePicker connections={dbcConnections} connection={connection} nodeId={nodeId} onPick={onPick} />
          {connection && createdVmId ? (
            <CreateProgress connection={connection} vmId={createdVmId} onCreateAnother={onCreateAnother} />
          ) : connection && nodeId ? (
            <NodeForm key={`${connection.id}/${nodeId}`} connection={connection} nodeId={nodeId} onCreated={onCreated} />
          ) : (
            <Empty description={t('vms.create.pickNode')} />
          )}
        </Card>
      )}
    </>
  );
}

function NodeForm({ connection, nodeId, onCreated }: { connection: Connection; nodeId: string; onCreated(vmId: string): void }) {
  const t = useT();
  const locale = useLocale();
  const node = useQuery(nodeQueryOptions(connection, nodeId));
  const vms = useQuery({ ...vmListQueryOptions(connection), meta: { silent: true } });
  const vmsOnNode = useMemo(() => (vms.data?.vms ?? []).filter((vm) => vm.location.id === nodeId), [vms.data, nodeId]);

  // A DBC list still filling in (partial, with progress) may not have this node's VMs yet: their ports and
  // cores decide the defaults and the checks, so wait for the whole list.
  if (node.isPending || vms.isPending || isFilling(vms.data)) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (node.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('vms.create.nodeFailed')}
        description={<ProviderErrorView error={node.error} />}
        action={<Button size="small" onClick={() => void node.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  const limits = nodeLimits(node.data, vmsOnNode);
  return (
    <>
      {vms.isError && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('vms.create.vmsUnknown')} description={<ProviderErrorView error={vms.error} />} />}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 4 }}
        style={{ marginBottom: 16 }}
        data-testid="node-free"
        items={[
          { key: 'gpu', label: t('vms.create.freeGpus'), children: <Tag>{`${formatNumber(limits.freeGpus, locale)} / ${formatNumber(node.data.gpu.count, locale)}`}</Tag> },
          { key: 'cpu', label: t('vms.create.freeCpu'), children: limits.freeCpuCores === undefined ? '—' : formatNumber(limits.freeCpuCores, locale) },
          { key: 'mem', label: t('vms.create.freeMemory'), children: node.data.memory.freeBytes === undefined ? '—' : formatBytes(node.data.memory.freeBytes, locale) },
          { key: 'disk', label: t('vms.create.freeDisk'), children: limits.freeDiskGiB === undefined ? '—' : formatBytes(limits.freeDiskGiB * 1024 ** 3, locale) },
        ]}
      />
      <CreateVmForm
        connection={connection}
        nodeId={nodeId}
        limits={limits}
        onCreated={onCreated}
      />
    </>
  );
}
