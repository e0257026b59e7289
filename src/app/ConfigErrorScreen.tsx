import { Button, Result, Typography } from 'antd';
import type { ConfigIssue } from '@/domain/connections/config';
import { useT } from '@/shared/i18n/useT';

/** Shown instead of the console when config.json is missing or invalid: each issue names its field. */
export function ConfigErrorScreen({ issues }: { issues: ConfigIssue[] }) {
  const t = useT();
  return (
    <Result
      status="error"
      title={t('config.title')}
      subTitle={t('config.subtitle')}
      extra={<Button type="primary" onClick={() => window.location.reload()}>{t('config.reload')}</Button>}
    >
      <ul data-testid="config-issues" style={{ margin: 0 }}>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.code}`}>
            <Typography.Text code>{issue.path}</Typography.Text>{' '}
            {t(`config.issue.${issue.code}`, { expected: issue.expected ?? '' })}
          </li>
        ))}
      </ul>
    </Result>
  );
}
