import { utf8ToHex, type Signer } from './signer';

/**
 * Sign-in with a browser wallet extension (polkadot{.js} and compatible ones) through
 * `@polkadot/extension-dapp`, loaded only when the user connects.
 *
 * Caveat: the extension wraps raw bytes as `<Bytes>…</Bytes>` before signing, while the DBC node verifies the
 * signature over the bare nonce bytes (docs/providers/dbc.md §2). A node that does not accept the wrapped form refuses such
 * signatures; then use DBC's sign tool and paste the session instead.
 */
export interface WalletAccount {
  address: string;
  name?: string;
}

export class ExtensionError extends Error {
  constructor(readonly reason: 'none' | 'refused' | 'noAccounts' | 'noSignRaw', message: string) {
    super(message);
    this.name = 'ExtensionError';
  }
}

export interface ConnectedExtension {
  name: string;
  accounts: WalletAccount[];
  /** A signer for one of the accounts; signs the message's UTF-8 bytes with signRaw. */
  signerFor(address: string): Signer;
}

type InjectedWindow = { injectedWeb3?: Record<string, unknown> };

/** Names of the wallet extensions present in this page (e.g. "polkadot-js"), without loading the dapp library. */
export function listExtensions(): string[] {
  if (typeof window === 'undefined') return [];
  return Object.keys((window as unknown as InjectedWindow).injectedWeb3 ?? {});
}

/**
 * Asks every extension for access (each shows its own approval dialog), then uses `preferred` if it agreed,
 * else the first that did: its accounts, and its raw signer.
 */
export async function connectExtension(preferred = 'polkadot-js', appName = 'VM Deck'): Promise<ConnectedExtension> {
  if (listExtensions().length === 0) throw new ExtensionError('none', 'no wallet extension in this browser');
  const dapp = await import('@polkadot/extension-dapp');
  const enabled = await dapp.web3Enable(appName);
  // extension-dapp drops an extension that refused (it only logs why): none left means every one refused.
  const source = enabled.find((e) => e.name === preferred)?.name ?? enabled[0]?.name;
  if (!source) throw new ExtensionError('refused', 'the wallet extension did not grant access');
  const accounts = await dapp.web3Accounts({ extensions: [source] });
  if (accounts.length === 0) throw new ExtensionError('noAccounts', 'the extension shares no accounts');
  const { signer } = await dapp.web3FromSource(source);
  const signRaw = signer.signRaw?.bind(signer);
  if (!signRaw) throw new ExtensionError('noSignRaw', 'the extension cannot sign raw bytes');
  return {
    name: source,
    accounts: accounts.map(({ address, meta }) => ({ address, ...(meta.name ? { name: meta.name } : {}) })),
    signerFor: (address) => ({
      address,
      sign: async (message) => (await signRaw({ address, data: utf8ToHex(message), type: 'bytes' })).signature,
    }),
  };
}
