import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { isEmulated, type Connection } from '@/domain/connections/types';
import { RenterIdentityPanel } from '@/features/renter/RenterIdentityPanel';
import { useT } from '@/shared/i18n/useT';
import { readNodeIds, useNodeIds } from '@/shared/nodes/store';
import { AddNodeIds } from './AddNodeIds';
import { NodeTable } from './NodeTable';

/** One DBC connection: who the renter is, which nodes they rent, and those nodes' machine info. */
export function ConnectionNodes({ connection }: { connection: Connection }) {
  const t = useT();
  const nodeIds = useNodeIds((state) => readNodeIds(connection.id, state));
  return (
    <Card
      data-testid={`nodes-${connection.id}`}
      title={
        <Space>
          {connection.name}
          {isEmulated(connection) && <Tag color="orange">{t('common.emulator')}</Tag>}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>{t('nodes.count', { count: nodeIds.length })}</Typography.Text>
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={8}>
          <RenterIdentityPanel connection={connection} />
        </Col>
        <Col xs={24} xxl={16}>
          <AddNodeIds connectionId={connection.id} />
          <NodeTable connection={connection} nodeIds={nodeIds} />
        </Col>
      </Row>
    </Card>
  );
}
