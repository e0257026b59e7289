import { Collapse, Space, Tag, Typography } from 'antd';
import { isProviderError } from '@/api/errors';
import { isSignInRefused } from '@/domain/providers/session';
import { RetrySignIn } from '../connections/RetrySignIn';
import { useLocale, useT } from '../i18n/useT';
import { consoleMessage, localizedMessages } from './describe';

/** The body of every error display: message (both languages when given), provider code, HTTP status, details. */
export function ProviderErrorView({ error }: { error: unknown }) {
  const t = useT();
  const locale = useLocale();
  if (!isProviderError(error)) {
    return <Typography.Text>{error instanceof Error ? error.message : String(error)}</Typography.Text>;
  }
  const own = consoleMessage(error, t);
  const { primary, secondary } = own ? { primary: own, secondary: undefined } : localizedMessages(error, locale);
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="provider-error">
      <Typography.Text>{primary}</Typography.Text>
      {secondary && <Typography.Text type="secondary">{secondary}</Typography.Text>}
      <Space size={4} wrap>
        <Tag>{t('error.code', { code: error.code })}</Tag>
        {error.httpStatus > 0 && <Tag>{t('error.http', { status: error.httpStatus })}</Tag>}
      </Space>
      {isSignInRefused(error) && <RetrySignIn refusal={error} />}
      {error.details && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'details',
              label: t('error.showDetails'),
              children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} copyable>{error.details}</Typography.Paragraph>,
            },
          ]}
        />
      )}
    </Space>
  );
}
