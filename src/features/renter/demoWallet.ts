import { parseAppConfig } from '@/domain/connections/config';
import { isEmulated, type Connection } from '@/domain/connections/types';
import { mnemonicSigner } from './signer';
import type { Signer } from './signer';

/**
 * The built-in demo wallet: its mnemonic is read from config.json at the moment of signing (emulator
 * connections only) and lives only inside the returned signer, which the caller drops after signing in.
 */
export async function demoWalletSigner(connection: Connection, fetcher: typeof fetch = fetch): Promise<Signer> {
  if (!isEmulated(connection)) throw new Error('the demo wallet signs for emulator connections only');
  const response = await fetcher(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  const parsed = parseAppConfig(await response.json());
  const mnemonic = parsed.ok ? parsed.config.demoWallets?.[connection.id]?.mnemonic : undefined;
  if (!mnemonic) throw new Error('config.json has no demoWallet for this connection');
  return mnemonicSigner(mnemonic);
}
