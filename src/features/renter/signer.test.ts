// @vitest-environment node
// (node, not jsdom: jsdom's TextEncoder returns another realm's Uint8Array, which breaks polkadot's SS58 checksum)
import { decodeAddress, sr25519Verify } from '@polkadot/util-crypto';
import { makeNonce, mnemonicSigner, utf8ToHex } from './signer';

const MNEMONIC = 'hub what puppy draw detect tooth barrel attitude trip entire response pyramid';
const ADDRESS = '5FnM3q7xYy11hnmLavBAv3HZvhcnsZ7SfmtksxoBArFWzJEQ';

describe('local signing helpers', () => {
  it('utf8ToHex and makeNonce', () => {
    expect(utf8ToHex('ab')).toBe('0x6162');
    const nonce = makeNonce();
    expect(nonce).toMatch(/^[1-9A-HJ-NP-Za-km-z]{55}$/);
    expect(makeNonce()).not.toBe(nonce);
  });

  it('the mnemonic signer derives the demo renter and signs raw bytes verifiably (no <Bytes> wrapper)', async () => {
    const signer = await mnemonicSigner(MNEMONIC);
    expect(signer.address).toBe(ADDRESS);
    const signature = await signer.sign('hello-nonce');
    expect(signature).toMatch(/^0x[0-9a-f]{128}$/);
    // Strict sr25519 checks (signatureVerify would also accept the wrapped form): the bare bytes verify, the wrapped ones do not.
    const publicKey = decodeAddress(ADDRESS);
    expect(sr25519Verify(new TextEncoder().encode('hello-nonce'), signature, publicKey)).toBe(true);
    expect(sr25519Verify(new TextEncoder().encode('<Bytes>hello-nonce</Bytes>'), signature, publicKey)).toBe(false);
  });

  it('refuses a mistyped mnemonic', async () => {
    await expect(mnemonicSigner('hub what puppy draw')).rejects.toThrow('invalid mnemonic');
  });
});
