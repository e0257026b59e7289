import { Alert, Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { isEmulated, type Connection } from '@/domain/connections/types';
import { ProviderErrorView } from '@/shared/errors/ProviderErrorView';
import { useT } from '@/shared/i18n/useT';
import { demoWalletSigner } from './demoWallet';
import { useExtension } from './useExtension';
import { signInWithWallet } from './signIn';
import { useSignInMutation, type RenterSessionApi } from './useRenterSession';

interface Props {
  connection: Connection;
  api: RenterSessionApi;
  rememberForTab: boolean;
}

function NeedNode() {
  const t = useT();
  return <Alert type="warning" showIcon title={t('renter.needNode')} />;
}

/** (c) The built-in demo wallet: signs a nonce and the session id for the emulator's demo renter. */
export function DemoWalletSignIn({ connection, api, rememberForTab }: Props) {
  const t = useT();
  const signIn = useSignInMutation(api, rememberForTab, async () => {
    const nodeId = api.firstNode;
    if (!nodeId) throw new Error(t('renter.needNode'));
    return signInWithWallet(api.nodes(), nodeId, await demoWalletSigner(connection));
  });
  if (!isEmulated(connection)) return <Alert type="info" showIcon title={t('renter.demo.unavailable')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('renter.demo.help')}</Typography.Paragraph>
      {!api.firstNode && <NeedNode />}
      <Button type="primary" loading={signIn.isPending} disabled={!api.firstNode} onClick={() => signIn.mutate()} data-testid="renter-demo-sign-in">
        {t('renter.demo.signIn')}
      </Button>
      {signIn.isError && <Alert type="error" showIcon title={<ProviderErrorView error={signIn.error} />} />}
    </Space>
  );
}

/** (a) polkadot{.js} or a compatible extension: pick an account, sign the nonce and the session id. */
export function ExtensionSignIn({ api, rememberForTab }: Props) {
  const t = useT();
  const extension = useExtension();
  const [account, setAccount] = useState<string>();
  const chosen = account ?? extension.connected?.accounts[0]?.address;
  const signIn = useSignInMutation(api, rememberForTab, async () => {
    if (!api.firstNode) throw new Error(t('renter.needNode'));
    if (!extension.connected || !chosen) throw new Error(t('renter.ext.none'));
    return signInWithWallet(api.nodes(), api.firstNode, extension.connected.signerFor(chosen));
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('renter.ext.help')}</Typography.Paragraph>
      <Alert type="warning" showIcon title={t('renter.ext.caveat')} />
      {!api.firstNode && <NeedNode />}
      {!extension.connected ? (
        <Button onClick={() => extension.connect()} loading={extension.connecting} data-testid="renter-ext-connect">
          {t('renter.ext.connect')}
        </Button>
      ) : (
        <Space wrap>
          <Select
            aria-label={t('renter.ext.account')}
            style={{ minWidth: 320 }}
            value={chosen}
            onChange={setAccount}
            options={extension.connected.accounts.map((a) => ({ value: a.address, label: a.name ? `${a.name} · ${a.address}` : a.address }))}
          />
          <Button type="primary" loading={signIn.isPending} disabled={!api.firstNode} onClick={() => signIn.mutate()}>
            {t('renter.ext.signIn')}
          </Button>
        </Space>
      )}
      {extension.error && <Alert type="error" showIcon title={extension.error} />}
      {signIn.isError && <Alert type="error" showIcon title={<ProviderErrorView error={signIn.error} />} />}
    </Space>
  );
}
