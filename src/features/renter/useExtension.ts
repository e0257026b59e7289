import { useState } from 'react';
import { useT } from '@/shared/i18n/useT';
import { connectExtension, ExtensionError, listExtensions, type ConnectedExtension } from './injectedWeb3';

/** Connects the first wallet extension on the page (polkadot-js preferred) and keeps its accounts for this panel. */
export function useExtension() {
  const t = useT();
  const [connected, setConnected] = useState<ConnectedExtension>();
  const [connecting, setConnecting] = useState(false);
  const [error, setError] = useState<string>();
  const connect = async () => {
    setError(undefined);
    const names = listExtensions();
    const name = names.includes('polkadot-js') ? 'polkadot-js' : names[0];
    if (!name) {
      setError(t('renter.ext.none'));
      return;
    }
    setConnecting(true);
    try {
      setConnected(await connectExtension(name));
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
