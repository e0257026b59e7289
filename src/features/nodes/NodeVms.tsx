import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Skeleton, Table } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { Vm } from '@/domain/vms/types';
import { SessionRefusedAlert } from '@/shared/connections/SessionRefusedAlert';
import { useSecrets, useSessionRefusal } from '@/shared/connections/secrets';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatDateTime } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { isFilling, vmListQueryOptions } from '@/shared/vms/queries';
import { resourcesText } from '@/shared/vms/resources';
import { VmStatusTag } from '@/shared/vms/VmStatusTag';

/** The renter's VMs on this node: the connection's VM list (shared cache with the VMs page), filtered by node. */
export function NodeVms({ connection, nodeId }: { connection: Connection; nodeId: string }) {
  const t = useT();
  const locale = useLocale();
  const signedIn = useSecrets((state) => Boolean(state.byId[connection.id]?.sessionId));
  const refused = useSessionRefusal(connection.id)?.nodeIds.includes(nodeId) ?? false;
  const list = useQuery({ ...vmListQueryOptions(connection), enabled: signedIn, meta: { silent: true } });

  if (!signedIn) return <Alert type="info" showIcon title={t('nodes.detail.vms.needSession')} />;
  // A refused session is not "no VMs on this node": say so, with the way back in.
  if (refused) return <SessionRefusedAlert connection={connection} />;
  if (list.isPending || isFilling(list.data)) return <Skeleton active />;
  if (list.isError) return <Alert type="error" showIcon title={<ProviderErrorView error={list.error} />} data-testid="node-vms-error" />;
  const failure = list.data?.failures.find((f) => f.source === nodeId);
  if (failure) {
    return <Alert type="error" showIcon title={t('dataHealth.nodeVms.failed')} description={<ProviderErrorView error={failure.error} />} data-testid="node-vms-error" />;
  }
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
          { key: 'status', title: t('common.status'), render: (_, vm) => <VmStatusTag vm={vm} /> },
          { key: 'resources', title: t('nodes.detail.vms.resources'), render: (_, vm) => resourcesText(vm, t, locale) },
          { key: 'created', title: t('nodes.detail.vms.created'), render: (_, vm) => formatDateTime(vm.createdAt, locale) },
        ]}
      />
    </div>
  );
}
