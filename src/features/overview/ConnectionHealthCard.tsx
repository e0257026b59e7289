import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Tag, Typography, theme } from 'antd';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import { isEmulated } from '@/domain/connections/types';
import type { ProbeResult } from '@/domain/providers/types';
import { CleartextTag } from '@/shared/connections/Cleartext';
import { probeQueryOptions } from '@/shared/connections/queries';
import { useSessionRefusal } from '@/shared/connections/secrets';
import { SignInAgainButton } from '@/shared/connections/SessionRefusedAlert';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { formatNumber } from '@/shared/format';
import { useLocale, useT } from '@/shared/i18n/useT';
import { Freshness, HelpLabel } from '@/shared/ui/Freshness';
import { ConnectionInventory } from './ConnectionInventory';

/** One active connection's health: reachable or not, latency, what it holds, whether we are signed in. */
export function ConnectionHealthCard({ connection }: { connection: Connection }) {
  const t = useT();
  const locale = useLocale();
  const { token } = theme.useToken();
  const probe = useQuery(probeQueryOptions(connection));
  const refused = Boolean(useSessionRefusal(connection.id));

  const status = probe.isPending ? (
    <Space><LoadingOutlined />{t('overview.checking')}</Space>
  ) : probe.isError ? (
    <Space style={{ color: token.colorError }}><CloseCircleFilled />{t('overview.unreachable')}</Space>
  ) : (
    <Space style={{ color: token.colorSuccess }}><CheckCircleFilled />{t('overview.reachable')}</Space>
  );

  return (
    <Card
      style={{ height: '100%' }}
      data-testid={`health-${connection.id}`}
      title={connection.name}
      extra={<Button type="text" aria-label={t('common.retry')} icon={<ReloadOutlined spin={probe.isFetching} />} onClick={() => void probe.refetch()} />}
    >
      <Space size={4} style={{ marginBottom: 12 }}>
        <Tag>{t(`provider.${connection.provider}`)}</Tag>
        {isEmulated(connection) && <Tag color="orange">{t('common.emulator')}</Tag>}
      </Space>
      {/* The same rows in the same order on every card, labels one width: rows line up across the cards. */}
      <Descriptions column={1} size="small" styles={{ label: { width: 130, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('common.status')}>{status}</Descriptions.Item>
        <Descriptions.Item label={t('overview.latency')}>{probe.data ? `${formatNumber(probe.data.latencyMs, locale)} ms` : '—'}</Descriptions.Item>
        <Descriptions.Item label={probe.data ? <CountLabel countOf={probe.data.countOf} /> : t('overview.count.vms')}>
          {probe.data ? <ProbeCount connectionId={connection.id} countOf={probe.data.countOf} text={formatNumber(probe.data.count, locale)} /> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('overview.auth')}>
          {refused ? (
            <Space size={4} data-testid={`health-auth-${connection.id}`}>
              <Typography.Text type="danger" style={{ whiteSpace: 'nowrap' }}><CloseCircleFilled /> {t('dataHealth.refused.short')}</Typography.Text>
              <SignInAgainButton connectionId={connection.id} size="small" type="link" />
            </Space>
          ) : probe.data ? (
            <span data-testid={`health-auth-${connection.id}`}>{probe.data.authenticated ? t('connections.testSignedIn') : t('connections.testAnonymous')}</span>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('dataHealth.lastRead')}>
          <Freshness updatedAt={probe.dataUpdatedAt} error={probe.error ?? undefined} testId={`health-freshness-${connection.id}`} />
        </Descriptions.Item>
      </Descriptions>
      {probe.isError && <ProviderErrorView error={probe.error} />}
      {probe.isSuccess && <div style={{ marginTop: 8 }}><ConnectionInventory connection={connection} /></div>}
      <Space size={4} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable>{connection.baseUrl}</Typography.Text>
        <CleartextTag baseUrl={connection.baseUrl} />
      </Space>
    </Card>
  );
}

/** What the probe counted; DBC's count is of the network, which the GPU nodes tile is not: the help says so. */
function CountLabel({ countOf }: { countOf: ProbeResult['countOf'] }) {
  const t = useT();
  if (countOf === 'nodes') return <HelpLabel label={t('dataHealth.count.networkNodes')} help={t('dataHealth.help.knownNodes')} />;
  return <>{t(`overview.count.${countOf}`)}</>;
}

/**
 * The probe's count, linked to the list behind it. DBC's count is of the nodes its client knows, not of the
 * renter's nodes, so it has no list to link to.
 */
function ProbeCount({ connectionId, countOf, text }: { connectionId: string; countOf: ProbeResult['countOf']; text: string }) {
  if (countOf === 'vms') return <Link to="/vms" search={{ connection: connectionId }}>{text}</Link>;
  if (countOf === 'snapshots') return <Link to="/snapshots" search={{ connection: connectionId }}>{text}</Link>;
  return <>{text}</>;
}
