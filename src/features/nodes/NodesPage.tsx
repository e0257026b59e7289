import { Link } from '@tanstack/react-router';
import { Alert, Card, Empty, Space } from 'antd';
import { useActiveConnections } from '@/shared/connections/hooks';
import { useT } from '@/shared/i18n/useT';
import { PageHeader } from '@/shared/ui/PageHeader';
import { ConnectionNodes } from './ConnectionNodes';

export interface NodesSearch {
  /** Show one connection only (the overview links here with it). */
  connection?: string;
}

/** Every active DBC connection's renter identity and GPU nodes. */
export function NodesPage({ search }: { search: NodesSearch }) {
  const t = useT();
  const dbc = useActiveConnections().filter((c) => c.provider === 'dbc');
  const shown = search.connection ? dbc.filter((c) => c.id === search.connection) : dbc;
  return (
    <>
      <PageHeader title={t('nodes.title')} subtitle={t('nodes.subtitle')} />
      {search.connection && shown.length === 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('nodes.connectionMissing', { id: search.connection })} />}
      {dbc.length === 0 ? (
        <Card>
          <Empty description={t('nodes.noDbc')}>
            <Link to="/settings/connections">{t('header.manageConnections')}</Link>
          </Empty>
        </Card>
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {shown.map((connection) => (
            <ConnectionNodes key={connection.id} connection={connection} />
          ))}
        </Space>
      )}
    </>
  );
}
