import { WarningOutlined } from '@ant-design/icons';
import { Alert, Tag, Tooltip } from 'antd';
import { sendsSecretsInClear } from '@/domain/connections/baseUrl';
import { useT } from '@/shared/i18n/useT';

/** In the connection form: plain http to another machine is allowed (lab setups) but never silently. */
export function CleartextAlert({ baseUrl }: { baseUrl: string | undefined }) {
  const t = useT();
  if (!baseUrl || !sendsSecretsInClear(baseUrl.trim())) return null;
  return <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="cleartext-warning" title={t('configSafety.cleartext.title')} description={t('configSafety.cleartext.body')} />;
}

/** Beside a saved connection's URL: the same warning, for as long as the connection stays on plain http. */
export function CleartextTag({ baseUrl }: { baseUrl: string }) {
  const t = useT();
  if (!sendsSecretsInClear(baseUrl)) return null;
  return (
    <Tooltip title={t('configSafety.cleartext.body')}>
      <Tag color="red" icon={<WarningOutlined />} data-testid="cleartext-tag">
        {t('configSafety.cleartext.tag')}
      </Tag>
    </Tooltip>
  );
}
