import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Tag } from 'antd';
import { useMemo, useState } from 'react';
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
  onPick(next: { connection?: string; node?: string }): void;
}

/** /vms/create?connection=&node=: a DBC VM on one of the renter's nodes. */
export function CreateVmPage({ connectionId, nodeId, onPick }: Props) {
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
          {connection && nodeId ? <NodeForm key={`${connection.id}/${nodeId}`} connection={connection} nodeId={nodeId} /> : <Empty description={t('vms.create.pickNode')} />}
        </Card>
      )}
    </>
  );
}

function NodeForm({ connection, nodeId }: { connection: Connection; nodeId: string }) {
  const t = useT();
  const locale = useLocale();
  // The VM the node accepted: the page then follows its build instead of showing the form.
  const [created, setCreated] = useState<{ vmId: string; name: string }>();
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
  if (created) return <CreateProgress connection={connection} vmId={created.vmId} name={created.name} onCreateAnother={() => setCreated(undefined)} />;
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
        onCreated={(vmId, name) => setCreated({ vmId, name })}
      />
    </>
  );
}
