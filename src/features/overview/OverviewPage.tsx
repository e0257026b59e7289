import { Card, Col, Empty, Row } from 'antd';
import { Link } from '@tanstack/react-router';
import { useActiveConnections } from '@/shared/connections/hooks';
import { useT } from '@/shared/i18n/useT';
import { PageHeader } from '@/shared/ui/PageHeader';
import { ConnectionHealthCard } from './ConnectionHealthCard';

export function OverviewPage() {
  const t = useT();
  const connections = useActiveConnections();
  return (
    <>
      <PageHeader title={t('overview.title')} subtitle={t('overview.subtitle')} />
      {connections.length === 0 ? (
        <Card>
          <Empty description={t('overview.noActive')}>
            <Link to="/settings/connections">{t('header.manageConnections')}</Link>
          </Empty>
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {connections.map((connection) => (
            <Col key={connection.id} xs={24} md={12} xl={8} xxl={6}>
              <ConnectionHealthCard connection={connection} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
