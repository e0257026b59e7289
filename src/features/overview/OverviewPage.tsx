import { Card, Col, Empty, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useQueries } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import { useConnectionHealth } from '@/shared/connections/health';
import { useActiveConnections } from '@/shared/connections/hooks';
import { probeQueryOptions } from '@/shared/connections/queries';
import { useT } from '@/shared/i18n/useT';
import { selectRunning, useJobs } from '@/shared/jobs/store';
import { readNodeIds, useNodeIds } from '@/shared/nodes/store';
import { HelpLabel } from '@/shared/ui/Freshness';
import { PageHeader } from '@/shared/ui/PageHeader';
import { vmListQueryOptions } from '@/shared/vms/queries';
import { ConnectionHealthCard } from './ConnectionHealthCard';
import { NodeUsage } from './NodeUsage';
import { LastErrors, RunningJobs } from './RecentActivity';

/** Headline numbers; each links to the list behind it. */
function Headline() {
  const t = useT();
  const connections = useActiveConnections();
  const probes = useQueries({ queries: connections.map(probeQueryOptions) });
  const vms = useQueries({ queries: connections.map((c) => ({ ...vmListQueryOptions(c), meta: { silent: true } })) });
  const nodeState = useNodeIds((state) => state);
  const nodes = connections.filter((c) => c.provider === 'dbc').reduce((sum, c) => sum + readNodeIds(c.id, nodeState).length, 0);
  const running = useJobs(useShallow(selectRunning)).length;
  // Reads fetched above; healthy also needs no failed VM list and no refused renter session (as the header).
  const healthy = useConnectionHealth(connections).healthy.size;
  const probing = probes.some((p) => p.isPending);
  const vmCount = vms.reduce((sum, q) => sum + (q.data?.vms.length ?? 0), 0);
  const stat = (to: '/settings/connections' | '/nodes' | '/vms' | '/jobs', title: ReactNode, value: number, suffix?: string, testId?: string) => (
    <Col xs={12} lg={6}>
      <Link to={to} data-testid={testId}>
        <Card hoverable size="small">
          <Statistic title={title} value={value} suffix={suffix} />
        </Card>
      </Link>
    </Col>
  );
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {stat('/settings/connections', <HelpLabel label={t('overview.stat.healthy')} help={t('dataHealth.help.healthy')} />, probing ? 0 : healthy, `/ ${connections.length}`, 'stat-healthy')}
      {stat('/nodes', <HelpLabel label={t('overview.stat.nodes')} help={t('dataHealth.help.gpuNodes')} />, nodes, undefined, 'stat-nodes')}
      {stat('/vms', <HelpLabel label={t('overview.stat.vms')} help={t('dataHealth.help.vms')} />, vmCount, undefined, 'stat-vms')}
      {stat('/jobs', t('overview.stat.jobs'), running, undefined, 'stat-jobs')}
    </Row>
  );
}

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
        <>
          <Headline />
          <Row gutter={[16, 16]} align="stretch">
            {connections.map((connection) => (
              <Col key={connection.id} xs={24} md={12} xl={8} xxl={6}>
                <ConnectionHealthCard connection={connection} />
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            {/* Four bars per node need the width: side by side with jobs and errors only on very wide screens. */}
            <Col xs={24} xxl={12}>
              <NodeUsage />
            </Col>
            <Col xs={24} xxl={12}>
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={12} xxl={24}>
                  <RunningJobs />
                </Col>
                <Col xs={24} lg={12} xxl={24}>
                  <LastErrors />
                </Col>
              </Row>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
