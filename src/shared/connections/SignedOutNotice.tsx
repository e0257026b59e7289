import { Alert } from 'antd';
import type { Connection } from '@/domain/connections/types';
import { useT } from '../i18n/useT';
import { ButtonLink } from '../ui/ButtonLink';
import { SignInAgainButton } from './SessionRefusedAlert';

/** Said in place of a connection's data once the user signed out of it, with the way back in. */
export function SignedOutNotice({ connection }: { connection: Pick<Connection, 'id' | 'name' | 'provider'> }) {
  const t = useT();
  return (
    <Alert
      type="info"
      showIcon
      data-testid={`signed-out-${connection.id}`}
      title={t('signOut.signedOut.title', { name: connection.name })}
      description={t('signOut.signedOut.detail')}
      action={
        // DBC signs in with a renter session (the Nodes page); the others with the connection's own credentials.
        connection.provider === 'dbc' ? (
          <SignInAgainButton connectionId={connection.id} size="small" />
        ) : (
          <ButtonLink to="/settings/connections" size="small" type="primary">{t('signOut.signIn')}</ButtonLink>
        )
      }
    />
  );
}
