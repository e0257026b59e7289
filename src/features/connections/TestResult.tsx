import { Alert } from 'antd';
import type { ProbeResult } from '@/domain/providers/types';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { errorTitle } from '@/shared/errors/describe';
import { useT } from '@/shared/i18n/useT';

/** The outcome of a connection test, in place (success or the provider's own error). */
export function TestResult({ result, error }: { result?: ProbeResult; error?: unknown }) {
  const t = useT();
  if (error) return <Alert type="error" showIcon title={errorTitle(error, t)} description={<ProviderErrorView error={error} />} data-testid="test-result" />;
  if (!result) return null;
  const what = t(`connections.countOf.${result.countOf}`);
  const auth = result.authenticated ? t('connections.testSignedIn') : t('connections.testAnonymous');
  return (
    <Alert
      type="success"
      showIcon
      data-testid="test-result"
      title={`${t('connections.testOk', { ms: result.latencyMs, count: result.count, what })} · ${auth}`}
    />
  );
}
