import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { Vm } from '@/domain/vms/types';
import type { MessageKey } from '@/i18n';
import { useSecrets } from '@/shared/connections/secrets';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatBytes, formatDateTime } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { VM_STATUS_COLOR } from '@/shared/vms/status';
import { isFilling, vmListQueryOptions } from '@/shared/vms/queries';

/** The renter's VMs on this node: the connection's VM list (shared cache with the VMs page), filtered by node. */
export function NodeVms({ connection, nodeId }: { connection: Connection; nodeId: string }) {
  const t = useT();
  const locale = useLocale();
  const signedIn = useSecrets((state) => Boolean(state.byId[connection.id]?.sessionId));
  const list = useQuery({ ...vmListQueryOptions(connection), enabled: signedIn, meta: { silent: true } });

  if (!signedIn) return <Alert type="info" showIcon title={t('nodes.detail.vms.needSession')} />;
  if (list.isPending || isFilling(list.data)) return <Skeleton active />;
  if (list.isError) return <Alert type="error" showIcon title={<ProviderErrorView error={list.error} />} data-testid="node-vms-error" />;
  const vms = (list.data?.vms ?? []).filter((vm) => vm.location.id === nodeId);
  if (list.isSuccess && vms.length === 0) return <Empty description={t('nodes.detail.vms.empty')} />;

  return (
    <div data-testid="node-vms">
      <Table<Vm>
        size="small"
        rowKey="key"
        dataSource={vms}
        pagination={vms.length > 20 ? { pageSize: 20 } : false}
        columns={[
          {
            key: 'name',
            title: t('nodes.detail.vms.name'),
            render: (_, vm) => (
              <Link to="/vms/$connectionId/$vmId" params={{ connectionId: connection.id, vmId: vm.id }}>
                {vm.name || vm.id}
              </Link>
            ),
          },
          {
            key: 'status',
            title: t('common.status'),
            render: (_, vm) => (
              <>
                <Tag color={VM_STATUS_COLOR[vm.status]}>{t(`vm.status.${vm.status}` as MessageKey)}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{vm.providerStatus}</Typography.Text>
              </>
            ),
          },
          {
            key: 'resources',
            title: t('nodes.detail.vms.resources'),
            render: (_, vm) =>
              [vm.gpuCount !== undefined ? `${vm.gpuCount} GPU` : '', vm.cpuCores !== undefined ? `${vm.cpuCores} vCPU` : '', vm.memoryBytes !== undefined ? formatBytes(vm.memoryBytes, locale) : '']
                .filter(Boolean)
                .join(' · ') || '—',
          },
          { key: 'created', title: t('nodes.detail.vms.created'), render: (_, vm) => formatDateTime(vm.createdAt, locale) },
        ]}
      />
    </div>
  );
}
