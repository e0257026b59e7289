import { Button, Space, Typography } from 'antd';
import type { SignInRefused } from '@/domain/providers/session';
import { useT } from '../i18n/useT';
import { useConnectionLifecycle } from './useConnectionLifecycle';

/** A remembered sign-in refusal: why nothing is tried any more, and the one way to try again. */
export function RetrySignIn({ refusal }: { refusal: SignInRefused }) {
  const t = useT();
  const { retrySignIn } = useConnectionLifecycle();
  return (
    <Space orientation="vertical" size={4} data-testid={`sign-in-refused-${refusal.connectionId}`}>
      <Typography.Text type="secondary">{t('signOut.refused.remembered')}</Typography.Text>
      <Button size="small" onClick={() => retrySignIn(refusal.connectionId)}>{t('signOut.refused.retry')}</Button>
    </Space>
  );
}
