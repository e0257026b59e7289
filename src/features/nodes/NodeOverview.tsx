import { Card, Col, Descriptions, Progress, Row, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { GpuNode } from '@/domain/nodes/types';
import { formatBytes } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { AsOf } from '@/shared/ui/Freshness';
import { cpuUsage, diskUsage, gpuUsage, memoryUsage, type Usage } from './resources';

function ResourceBar({ title, usage, detail, testId }: { title: string; usage: Usage; detail?: string; testId: string }) {
  return (
    <div data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      <Progress percent={usage.percent ?? 0} status={usage.percent === undefined ? 'normal' : usage.percent >= 90 ? 'exception' : 'active'} showInfo={usage.percent !== undefined} />
      {detail && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{detail}</Typography.Text>}
    </div>
  );
}

/** The node's machine info and its GPU / CPU / memory / disk use as bars. */
export function NodeOverview({ connection, node, readAt }: { connection: Connection; node: GpuNode; readAt: number }) {
  const t = useT();
  const locale = useLocale();
  const bytes = (value?: number) => (value === undefined ? '—' : formatBytes(value, locale));
  const freeOf = (usage: Usage) => (usage.total === undefined ? undefined : t('nodes.free', { free: bytes(usage.total - (usage.used ?? 0)), total: bytes(usage.total) }));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('nodes.detail.nodeId')}>
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{node.nodeId}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('nodes.detail.connection')}>{connection.name}</Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>{t('nodes.state.online')}</Descriptions.Item>
            <Descriptions.Item label={t('nodes.detail.ip')}>{node.ip ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('nodes.detail.os')}>{node.os ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('nodes.detail.version')}>{node.version ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('nodes.detail.cpuModel')}>{node.cpu.model ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('nodes.detail.gpuModel')}>{node.gpu.model ?? <Typography.Text type="secondary">{t('nodes.detail.gpuModelUnknown')}</Typography.Text>}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('nodes.detail.resources')} extra={<AsOf at={readAt} help={t('dataHealth.asOf.help')} testId="node-resources-as-of" />}>
          <ResourceBar testId="bar-gpu" title={t('nodes.col.gpu')} usage={gpuUsage(node)} detail={t('nodes.gpu.used', { used: node.gpu.used, count: node.gpu.count })} />
          <ResourceBar
            testId="bar-cpu"
            title={t('nodes.col.cpu')}
            usage={cpuUsage(node)}
            detail={node.cpu.cores !== undefined ? t('nodes.cpu.cores', { cores: node.cpu.cores }) : undefined}
          />
          <ResourceBar testId="bar-memory" title={t('nodes.col.memory')} usage={memoryUsage(node)} detail={freeOf(memoryUsage(node))} />
          {node.disks.map((disk, i) => (
            <ResourceBar
              key={disk.path ?? i}
              testId={`bar-disk-${i}`}
              title={`${t('nodes.detail.diskPath', { path: disk.path ?? '' })}${disk.type ? ` (${disk.type})` : ''}`}
              usage={diskUsage(disk)}
              detail={freeOf(diskUsage(disk))}
            />
          ))}
        </Card>
      </Col>
    </Row>
  );
}
