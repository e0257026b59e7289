import { useState } from 'react';
import { useT } from '@/shared/i18n/useT';
import { connectExtension, ExtensionError, type ConnectedExtension } from './browserWallet';

/** Connects the browser wallet extension (polkadot-js preferred) and keeps its accounts for this panel. */
export function useExtension() {
  const t = useT();
  const [connected, setConnected] = useState<ConnectedExtension>();
  const [connecting, setConnecting] = useState(false);
  const [error, setError] = useState<string>();
  const connect = async () => {
    setError(undefined);
    setConnecting(true);
    try {
      setConnected(await connectExtension());
    } catch (failure) {
      const reason = failure instanceof ExtensionError ? failure.reason : 'refused';
      const message = failure instanceof Error ? failure.message : String(failure);
      setError(reason === 'none' ? t('renter.ext.none') : reason === 'noAccounts' ? t('renter.ext.noAccounts') : reason === 'noSignRaw' ? t('renter.ext.noSignRaw') : t('renter.ext.refused', { message }));
    } finally {
      setConnecting(false);
    }
  };
  return { connected, connecting, error, connect };
}
