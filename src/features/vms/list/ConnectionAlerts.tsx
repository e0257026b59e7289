import { Alert, Button, Flex, Space, Typography } from 'antd';
import type { Connection } from '@/domain/connections/types';
import type { MessageKey } from '@/i18n';
import { SessionRefusedAlert } from '@/shared/connections/SessionRefusedAlert';
import { useSecrets } from '@/shared/connections/secrets';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { Freshness } from '@/shared/ui/Freshness';
import type { ConnectionState } from './useVmRows';

const shortId = (id: string) => (id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id);

/** What a list calls its rows: the test-id prefix and the two failure messages (`{name}`, `{source}`). */
export interface AlertLabels {
  testId: string;
  failed: MessageKey;
  source: MessageKey;
}

const VM_LABELS: AlertLabels = { testId: 'vms', failed: 'vms.list.connectionFailed', source: 'vms.list.sourceFailed' };

/**
 * Per connection: a refused renter session (said as such, with "Sign in again"), a failed connection, old rows
 * kept after a failed refresh (stale), or a failed DBC node inside one; every other source's rows still show.
 * Under them, when each connection's rows were last fetched.
 */
export function ConnectionAlerts({
  states,
  connections,
  onRetry,
  labels = VM_LABELS,
}: {
  states: ConnectionState[];
  connections: ReadonlyMap<string, Connection>;
  onRetry(): void;
  /** The Images page shares these alerts with its own words. */
  labels?: AlertLabels;
}) {
  const t = useT();
  const refused = useSecrets((state) => state.refused);
  const alerts = states.flatMap((state) => {
    const name = connections.get(state.connectionId)?.name ?? state.connectionId;
    const refusal = refused[state.connectionId];
    const sessionAlert = refusal ? [<SessionRefusedAlert key={`${state.connectionId}/session`} connection={{ id: state.connectionId, name }} />] : [];
    if (state.error) {
      const stale = state.updatedAt > 0;
      return [
        ...sessionAlert,
        <Alert
          key={state.connectionId}
          type={stale ? 'warning' : 'error'}
          showIcon
          data-testid={`${labels.testId}-error-${state.connectionId}`}
          title={stale ? `${name}: ${t('dataHealth.stale')}` : t(labels.failed, { name })}
          description={<ProviderErrorView error={state.error} />}
          action={<Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
        />,
      ];
    }
    // Nodes that refused the session are covered by the session alert: one cause, said once.
    const failures = state.failures.filter((failure) => !refusal?.nodeIds.includes(failure.source));
    return [
      ...sessionAlert,
      ...failures.map((failure) => (
        <Alert
          key={`${state.connectionId}/${failure.source}`}
          type="warning"
          showIcon
          data-testid={`${labels.testId}-failure-${state.connectionId}`}
          title={t(labels.source, { name, source: shortId(failure.source) })}
          description={<ProviderErrorView error={failure.error} />}
        />
      )),
    ];
  });
  const answered = states.filter((state) => !state.loading || state.updatedAt > 0);
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {alerts}
      {answered.length > 0 && (
        <Flex wrap gap={16} data-testid={`${labels.testId}-freshness`}>
          {answered.map((state) => (
            <Space key={state.connectionId} size={4} wrap>
              <Typography.Text style={{ fontSize: 12 }}>{connections.get(state.connectionId)?.name ?? state.connectionId}</Typography.Text>
              <Freshness updatedAt={state.updatedAt} error={state.error} testId={`${labels.testId}-freshness-${state.connectionId}`} />
            </Space>
          ))}
        </Flex>
      )}
    </Space>
  );
}
