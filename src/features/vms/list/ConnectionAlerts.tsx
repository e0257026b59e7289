import { Alert, Button, Space } from 'antd';
import type { Connection } from '@/domain/connections/types';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import type { ConnectionState } from './useVmRows';

const shortId = (id: string) => (id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id);

/** A failed connection, or a failed DBC node inside one, shows here; every other source's rows still show. */
export function ConnectionAlerts({ states, connections, onRetry }: { states: ConnectionState[]; connections: ReadonlyMap<string, Connection>; onRetry(): void }) {
  const t = useT();
  const alerts = states.flatMap((state) => {
    const name = connections.get(state.connectionId)?.name ?? state.connectionId;
    if (state.error) {
      return [
        <Alert
          key={state.connectionId}
          type="error"
          showIcon
          data-testid={`vms-error-${state.connectionId}`}
          title={t('vms.list.connectionFailed', { name })}
          description={<ProviderErrorView error={state.error} />}
          action={<Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
        />,
      ];
    }
    return state.failures.map((failure) => (
      <Alert
        key={`${state.connectionId}/${failure.source}`}
        type="warning"
        showIcon
        data-testid={`vms-failure-${state.connectionId}`}
        title={t('vms.list.sourceFailed', { name, source: shortId(failure.source) })}
        description={<ProviderErrorView error={failure.error} />}
      />
    ));
  });
  if (alerts.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {alerts}
    </Space>
  );
}
