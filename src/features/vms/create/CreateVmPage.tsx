import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Tag } from 'antd';
import { useMemo } from 'react';
import type { Connection } from '@/domain/connections/types';
import { VM_CREATE_STYLE } from '@/domain/vms/create';
import { useActiveConnections } from '@/shared/connections/hooks';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatBytes, formatNumber } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { nodeQueryOptions } from '@/shared/nodes/queries';
import { PageHeader } from '@/shared/ui/PageHeader';
import { isFilling, vmListQueryOptions } from '@/shared/vms/queries';
import { CreateProgress } from './CreateProgress';
import { CreateVmForm } from './CreateVmForm';
import { dbcImagePreselect } from './imagePreselect';
import { ImageVmForm } from './ImageVmForm';
import { NodePicker } from './NodePicker';
import { nodeLimits } from './validation';

interface Props {
  connectionId?: string;
  nodeId?: string;
  /** ?image=: an ImageRecord id of this connection to start from (Images page, image detail). */
  imageId?: string;
  /** The VM whose create the node accepted: its build is shown instead of the form. */
  createdVmId?: string;
  onPick(next: { connection?: string; node?: string }): void;
  onCreated(vmId: string): void;
  onCreateAnother(): void;
}

/**
 * /vms/create?connection=[&node=][&image=][&created=]: a VM on any connection whose API can make one (a DBC node, or
 * ZStack from an image), then its build.
 */
export function CreateVmPage({ connectionId, nodeId, imageId, createdVmId, onPick, onCreated, onCreateAnother }: Props) {
  const t = useT();
  const connections = useActiveConnections();
  const creating = connections.filter((c) => VM_CREATE_STYLE[c.provider] !== undefined);
  const connection = creating.find((c) => c.id === connectionId) ?? creating[0];
  const style = connection ? VM_CREATE_STYLE[connection.provider] : undefined;
  // A DBC image names its node and file (node:<id>/<file>): start on that node with that file.
  const dbcImage = style === 'node' && connection?.id === connectionId ? dbcImagePreselect(imageId) : undefined;
  const node = nodeId ?? dbcImage?.nodeId;
  return (
    <>
      <PageHeader title={style === 'image' ? t('createFromImage.title') : t('vms.create.title')} subtitle={style === 'image' ? t('createFromImage.subtitle.image') : t('vms.create.subtitle')} />
      {creating.length === 0 ? (
        <Card>
          <Empty description={t('createFromImage.noConnection')}>
            <Link to="/settings/connections">{t('vms.list.openConnections')}</Link>
          </Empty>
        </Card>
      ) : (
        <Card>
          <NodePicker connections={connections} connection={connection} nodeId={node} onPick={onPick} />
          {connection && createdVmId ? (
            <CreateProgress connection={connection} vmId={createdVmId} onCreateAnother={onCreateAnother} />
          ) : connection && style === 'image' ? (
            <ImageVmForm key={connection.id} connection={connection} imageId={connection.id === connectionId ? imageId : undefined} onCreated={onCreated} />
          ) : connection && node ? (
            <NodeForm key={`${connection.id}/${node}`} connection={connection} nodeId={node} imageName={dbcImage?.imageName} onCreated={onCreated} />
          ) : (
            <Empty description={t('vms.create.pickNode')} />
          )}
        </Card>
      )}
    </>
  );
}

function NodeForm({ connection, nodeId, imageName, onCreated }: { connection: Connection; nodeId: string; imageName?: string; onCreated(vmId: string): void }) {
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
        imageName={imageName}
        onCreated={onCreated}
      />
    </>
  );
}
