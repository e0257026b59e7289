import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Alert, Button, Card, Empty, Skeleton, Space, Tabs, Typography } from 'antd';
import { isProviderError } from '@/api/errors';
import type { Connection } from '@/domain/connections/types';
import { useConnections } from '@/shared/connections/hooks';
import { runtime } from '@/shared/connections/runtime';
import { useSignedOut } from '@/shared/connections/secrets';
import { SignedOutNotice } from '@/shared/connections/SignedOutNotice';
import { reportSuccess } from '@/shared/errors/notify';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { PageHeader } from '@/shared/ui/PageHeader';
import { vmDetailQueryOptions } from '@/shared/vms/queries';
import { VmSnapshotsTab } from '../../snapshots/VmSnapshots';
import { VmActionBar } from '../actions/VmActionBar';
import { LoginInfo } from '../components/LoginInfo';
import { useLastVmSearch } from '../list/lastSearch';
import { VmListLink } from '../list/VmListLink';
import { VmStatusTag } from '@/shared/vms/VmStatusTag';
import { ConnectCard } from './ConnectCard';
import { StatusHistory } from './StatusHistory';
import type { VmDetailTab } from './tabs';
import { useStatusHistory } from './useStatusHistory';
import { VmLogs } from './VmLogs';
import { VmDataVolumes } from './VmDataVolumes';
import { VmProperties } from './VmProperties';

interface Props {
  connectionId: string;
  vmId: string;
  tab: VmDetailTab;
  onTab(tab: VmDetailTab): void;
}

export function VmDetailPage({ connectionId, vmId, tab, onTab }: Props) {
  const t = useT();
  const connection = useConnections().find((c) => c.id === connectionId);
  if (!connection) {
    return (
      <Empty description={t('vms.detail.unknownConnection', { id: connectionId })}>
        <VmListLink>{t('vms.detail.backToList')}</VmListLink>
      </Empty>
    );
  }
  return <VmDetail connection={connection} vmId={vmId} tab={tab} onTab={onTab} />;
}

function VmDetail({ connection, vmId, tab, onTab }: Omit<Props, 'connectionId'> & { connection: Connection }) {
  const t = useT();
  const signedOut = useSignedOut(connection.id);
  // Signed out: nothing read with the old credential is shown, and nothing is asked without one.
  const query = useQuery({ ...vmDetailQueryOptions(connection, vmId), meta: { silent: true }, enabled: !signedOut });
  const history = useStatusHistory(query.data);
  const service = runtime(connection).vms;
  const navigate = useNavigate();

  if (signedOut) {
    return (
      <>
        <PageHeader title={vmId} />
        <SignedOutNotice connection={connection} />
      </>
    );
  }
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError && history.length > 0 && isProviderError(query.error) && query.error.kind === 'notFound') {
    // Seen on this page, now gone: it was deleted (here or elsewhere). A page of it is a dead end: back to the list.
    return <BackToList name={query.data?.name ?? vmId} />;
  }
  if (query.isError && query.data === undefined) {
    return (
      <>
        <PageHeader title={vmId} />
        <Alert
          type="error"
          showIcon
          data-testid="vm-detail-error"
          title={t('vms.detail.loadFailed')}
          description={<ProviderErrorView error={query.error} />}
          action={
            <Space orientation="vertical">
              <Button size="small" onClick={() => void query.refetch()}>{t('common.retry')}</Button>
              <VmListLink>{t('vms.detail.backToList')}</VmListLink>
            </Space>
          }
        />
      </>
    );
  }
  const vm = query.data;
  if (!vm) return null;
  return (
    <>
      <PageHeader
        title={
          <Space>
            <span data-testid="vm-title">{vm.name}</span>
            <VmStatusTag vm={vm} />
          </Space>
        }
        subtitle={<Typography.Text type="secondary">{vm.id}</Typography.Text>}
      />
      {query.isError && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('vms.detail.refreshFailed')} description={<ProviderErrorView error={query.error} />} />}
      <Card style={{ marginBottom: 16 }}>
        {/* A VM being deleted has nothing left to show: the list shows it going (and the Jobs drawer its job). */}
        <VmActionBar connection={connection} vm={vm} onAccepted={(action) => action === 'delete' && void navigate({ to: '/vms', search: useLastVmSearch.getState().search })} />
      </Card>
      <ConnectCard vm={vm} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => onTab(key as VmDetailTab)}
          items={[
            {
              key: 'overview',
              label: t('vms.detail.tab.overview'),
              children: (
                <Space orientation="vertical" size={24} style={{ width: '100%' }}>
                  <VmProperties connection={connection} vm={vm} />
                  {vm.dataVolumes && <VmDataVolumes connection={connection} volumes={vm.dataVolumes} />}
                  <StatusHistory history={history} />
                </Space>
              ),
            },
            { key: 'login', label: t('vms.detail.tab.login'), children: <LoginInfo login={vm.login} /> },
            ...(service.logs ? [{ key: 'logs', label: t('vms.detail.tab.logs'), children: <VmLogs connection={connection} vm={vm} /> }] : []),
            {
              key: 'snapshots',
              label: t('vms.detail.tab.snapshots'),
              children: <VmSnapshotsTab connection={connection} vm={vm} />,
            },
          ]}
        />
      </Card>
    </>
  );
}

/** Leaves the page of a VM found deleted for the list, saying so. */
function BackToList({ name }: { name: string }) {
  const t = useT();
  const navigate = useNavigate();
  // Once: StrictMode runs effects twice in development, and one toast is enough.
  const told = useRef(false);
  useEffect(() => {
    if (told.current) return;
    told.current = true;
    reportSuccess(t('vms.detail.deleted', { name }));
    void navigate({ to: '/vms', search: useLastVmSearch.getState().search, replace: true });
  }, [name, navigate, t]);
  return <Skeleton active paragraph={{ rows: 8 }} />;
}
