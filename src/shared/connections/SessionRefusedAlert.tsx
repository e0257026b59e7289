import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import type { Connection } from '@/domain/connections/types';
import { ProviderErrorView } from '../errors/ProviderErrorView';
import { useT } from '../i18n/useT';
import { ButtonLink } from '../ui/ButtonLink';
import { useSessionRefusal } from './secrets';

/** "Sign in again": the connection's renter sign-in on the Nodes page. */
export function SignInAgainButton({ connectionId, size, type = 'primary' }: { connectionId: string; size?: 'small' | 'middle'; type?: 'primary' | 'link' }) {
  const t = useT();
  return (
    <ButtonLink to="/nodes" search={{ connection: connectionId }} size={size} color="primary" variant={type === 'link' ? 'link' : 'solid'} style={type === 'link' ? { paddingInline: 0 } : undefined} data-testid={`sign-in-again-${connectionId}`}>
      {t('dataHealth.refused.signInAgain')}
    </ButtonLink>
  );
}

/**
 * The refused renter session of a DBC connection, said as what it is (not as "no VMs" or a node that "did not
 * answer"), with the way out. Renders nothing while the session is accepted.
 */
export function SessionRefusedAlert({ connection, style }: { connection: Pick<Connection, 'id' | 'name'>; style?: CSSProperties }) {
  const t = useT();
  const refusal = useSessionRefusal(connection.id);
  if (!refusal) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={style}
      data-testid={`session-refused-${connection.id}`}
      title={t('dataHealth.refused.title', { name: connection.name })}
      description={
        <>
          <div>{t('dataHealth.refused.detail', { count: refusal.nodeIds.length })}</div>
          <ProviderErrorView error={refusal.error} />
        </>
      }
      action={<SignInAgainButton connectionId={connection.id} size="small" />}
    />
  );
}
