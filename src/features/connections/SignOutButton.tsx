import { Button } from 'antd';
import type { Connection } from '@/domain/connections/types';
import { useSecrets } from '@/shared/connections/secrets';
import { useConnectionLifecycle } from '@/shared/connections/useConnectionLifecycle';
import { reportSuccess } from '@/shared/errors/notify';
import { useT } from '@/shared/i18n/useT';

/** Ends the connection's provider session and forgets its secrets; shown only while it has secrets to forget. */
export function SignOutButton({ connection }: { connection: Pick<Connection, 'id' | 'name'> }) {
  const t = useT();
  const { signOut } = useConnectionLifecycle();
  const hasSecrets = useSecrets((state) => Object.keys(state.byId[connection.id] ?? {}).length > 0);
  if (!hasSecrets) return null;
  return (
    <Button
      size="small"
      type="link"
      data-testid={`sign-out-${connection.id}`}
      onClick={() => {
        signOut(connection.id);
        reportSuccess(t('signOut.done', { name: connection.name }));
      }}
    >
      {t('signOut.action')}
    </Button>
  );
}
