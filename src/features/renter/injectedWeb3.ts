import { utf8ToHex, type Signer } from './signer';

/**
 * The injected-web3 protocol that polkadot{.js} and compatible wallet extensions put on the page (what
 * @polkadot/extension-dapp wraps): `window.injectedWeb3[name].enable(appName)` gives accounts and a signer.
 *
 * Caveat: the extension wraps raw bytes as `<Bytes>…</Bytes>` before signing, while the DBC node verifies the
 * signature over the bare nonce bytes (dbc.md §2). A node that does not accept the wrapped form refuses such
 * signatures; then use DBC's sign tool and paste the session instead.
 */
export interface InjectedAccount {
  address: string;
  name?: string;
  type?: string;
}

export interface SignerPayloadRaw {
  address: string;
  data: string;
  type: 'bytes';
}

export interface InjectedExtension {
  accounts: { get(anyType?: boolean): Promise<InjectedAccount[]> };
  signer: { signRaw?(payload: SignerPayloadRaw): Promise<{ id: number; signature: string }> };
}

export interface InjectedWindowProvider {
  enable(appName: string): Promise<InjectedExtension>;
  version?: string;
}

type InjectedWindow = { injectedWeb3?: Record<string, InjectedWindowProvider> };

function injected(): Record<string, InjectedWindowProvider> {
  if (typeof window === 'undefined') return {};
  return (window as unknown as InjectedWindow).injectedWeb3 ?? {};
}

/** Names of the wallet extensions present in this page (e.g. "polkadot-js"). */
export function listExtensions(): string[] {
  return Object.keys(injected());
}

export class ExtensionError extends Error {
  constructor(readonly reason: 'none' | 'refused' | 'noAccounts' | 'noSignRaw', message: string) {
    super(message);
    this.name = 'ExtensionError';
  }
}

export interface ConnectedExtension {
  name: string;
  accounts: InjectedAccount[];
  /** A signer for one of the accounts; signs the message's UTF-8 bytes with signRaw. */
  signerFor(address: string): Signer;
}

/** Asks the extension for access (it shows its own approval dialog), then lists its accounts. */
export async function connectExtension(name: string, appName = 'VM Deck'): Promise<ConnectedExtension> {
  const provider = injected()[name];
  if (!provider) throw new ExtensionError('none', `wallet extension "${name}" not found`);
  let extension: InjectedExtension;
  try {
    extension = await provider.enable(appName);
  } catch (error) {
    throw new ExtensionError('refused', error instanceof Error ? error.message : String(error));
  }
  const accounts = await extension.accounts.get();
  if (accounts.length === 0) throw new ExtensionError('noAccounts', 'the extension shares no accounts');
  const signRaw = extension.signer.signRaw?.bind(extension.signer);
  if (!signRaw) throw new ExtensionError('noSignRaw', 'the extension cannot sign raw bytes');
  return {
    name,
    accounts,
    signerFor: (address) => ({
      address,
      sign: async (message) => (await signRaw({ address, data: utf8ToHex(message), type: 'bytes' })).signature,
    }),
  };
}
