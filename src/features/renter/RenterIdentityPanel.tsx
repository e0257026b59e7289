import { CheckCircleFilled, CloseCircleFilled, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Space, Tabs, Typography, theme } from 'antd';
import { useState } from 'react';
import { isEmulated, type Connection } from '@/domain/connections/types';
import { useSessionRefusal } from '@/shared/connections/secrets';
import { useT } from '@/shared/i18n/useT';
import { MultisigForm } from './MultisigForm';
import { PasteSessionForm } from './PasteSessionForm';
import { SessionShare } from './SessionShare';
import { useRenterSession } from './useRenterSession';
import { DemoWalletSignIn, ExtensionSignIn } from './WalletSignIn';

/** "Who am I on this DBC connection": the three ways the DBC client accepts (docs/providers/dbc.md §2), and the session to share. */
export function RenterIdentityPanel({ connection }: { connection: Connection }) {
  const t = useT();
  const { token } = theme.useToken();
  const api = useRenterSession(connection);
  const [rememberForTab, setRememberForTab] = useState(api.remembered);
  const signedIn = Boolean(api.sessionId && api.sessionIdSign);
  // The nodes refused the session held: not "signed in" any more; the sign-in methods show again.
  const refused = Boolean(useSessionRefusal(connection.id));
  const showSignIn = !signedIn || refused;
  const props = { connection, api, rememberForTab };

  const who = refused ? (
    <Space style={{ color: token.colorError }} data-testid="renter-status">
      <CloseCircleFilled />
      {t('dataHealth.refused.status')}
    </Space>
  ) : signedIn ? (
    <Space style={{ color: token.colorSuccess }} data-testid="renter-status">
      <CheckCircleFilled />
      {api.renterWallet ? t('renter.signedInAs', { wallet: api.renterWallet }) : t('renter.sessionPasted')}
    </Space>
  ) : (
    <Space data-testid="renter-status">
      <UserOutlined />
      <Typography.Text type="secondary">{t('renter.notSignedIn')}</Typography.Text>
    </Space>
  );

  const methods = [
    ...(isEmulated(connection) ? [{ key: 'demo', label: t('renter.method.demo'), children: <DemoWalletSignIn {...props} /> }] : []),
    { key: 'paste', label: t('renter.method.paste'), children: <PasteSessionForm {...props} /> },
    { key: 'extension', label: t('renter.method.extension'), children: <ExtensionSignIn {...props} /> },
    { key: 'multisig', label: t('renter.method.multisig'), children: <MultisigForm {...props} /> },
  ];

  return (
    <Card size="small" title={t('renter.title')} data-testid={`renter-${connection.id}`}>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Flex justify="space-between" align="center" wrap gap={8}>
          {who}
          {signedIn && (
            <Button icon={<LogoutOutlined />} onClick={api.signOut} data-testid="renter-sign-out">
              {t('renter.signOut')}
            </Button>
          )}
        </Flex>
        {signedIn && !refused && api.sessionId && <SessionShare sessionId={api.sessionId} sessionIdSign={api.sessionIdSign} />}
        {showSignIn && (
          <>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('renter.intro')}</Typography.Paragraph>
            {api.firstNode && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('renter.forNode', { node: `${api.firstNode.slice(0, 8)}…${api.firstNode.slice(-5)}` })}
              </Typography.Text>
            )}
            <Tabs size="small" items={methods} destroyOnHidden />
            <Checkbox checked={rememberForTab} onChange={(e) => setRememberForTab(e.target.checked)}>
              {t('renter.rememberForTab')}
            </Checkbox>
          </>
        )}
      </Space>
    </Card>
  );
}
