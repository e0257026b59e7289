// @vitest-environment node
// Node, not jsdom: extension-dapp re-encodes every address with util-crypto, whose checksum fails on jsdom's
// own Uint8Array. The page is the global object here, with a loaded document, as in a browser.
Object.assign(globalThis, { window: globalThis, document: { readyState: 'complete' } });

import { connectExtension, ExtensionError, listExtensions } from './browserWallet';

/** The injected-web3 shapes an extension puts on the page (what @polkadot/extension-dapp reads). */
interface SignerPayloadRaw {
  address: string;
  data: string;
  type: 'bytes';
}
interface InjectedWindowProvider {
  version?: string;
  enable(appName: string): Promise<unknown>;
}

const ADDRESS = '5FnM3q7xYy11hnmLavBAv3HZvhcnsZ7SfmtksxoBArFWzJEQ';

type Win = { injectedWeb3?: Record<string, InjectedWindowProvider> };
const win = window as unknown as Win;

/** A fake polkadot{.js}: records what it was asked to sign and answers with a fixed signature. */
function fakeExtension(options: { refuse?: boolean; accounts?: string[]; noSignRaw?: boolean } = {}) {
  const requests: SignerPayloadRaw[] = [];
  const enabledBy: string[] = [];
  const provider: InjectedWindowProvider = {
    version: '0.58.1',
    enable: (appName) => {
      enabledBy.push(appName);
      if (options.refuse) return Promise.reject(new Error('Rejected by user'));
      return Promise.resolve({
        accounts: { get: () => Promise.resolve((options.accounts ?? [ADDRESS]).map((address) => ({ address, name: 'renter' }))) },
        signer: options.noSignRaw
          ? {}
          : {
              signRaw: (payload: SignerPayloadRaw) => {
                requests.push(payload);
                return Promise.resolve({ id: requests.length, signature: `0x${'ab'.repeat(64)}` });
              },
            },
      });
    },
  };
  return { provider, requests, enabledBy };
}


afterEach(() => {
  delete win.injectedWeb3;
});

describe('browser wallet extensions (through @polkadot/extension-dapp)', () => {
  it('lists nothing when no extension is installed, and connecting says so', async () => {
    expect(listExtensions()).toEqual([]);
    await expect(connectExtension()).rejects.toMatchObject({ reason: 'none' });
  });

  it('enables the extension with the app name, lists its accounts, and signs the UTF-8 bytes of the message as hex', async () => {
    const fake = fakeExtension();
    win.injectedWeb3 = { 'polkadot-js': fake.provider };
    expect(listExtensions()).toEqual(['polkadot-js']);
    const connected = await connectExtension();
    expect(connected.name).toBe('polkadot-js');
    expect(fake.enabledBy).toEqual(['VM Deck']);
    expect(connected.accounts).toEqual([{ address: ADDRESS, name: 'renter' }]);
    const signature = await connected.signerFor(ADDRESS).sign('nonce-é');
    expect(signature).toBe(`0x${'ab'.repeat(64)}`);
    expect(fake.requests).toEqual([{ address: ADDRESS, data: '0x6e6f6e63652dc3a9', type: 'bytes' }]);
  });

  it.each([
    [{ refuse: true }, 'refused'],
    [{ accounts: [] as string[] }, 'noAccounts'],
    [{ noSignRaw: true }, 'noSignRaw'],
  ] as const)('reports %j as %s', async (options, reason) => {
    win.injectedWeb3 = { 'polkadot-js': fakeExtension(options).provider };
    const failure = connectExtension();
    await expect(failure).rejects.toBeInstanceOf(ExtensionError);
    await expect(failure).rejects.toMatchObject({ reason });
  });
});
