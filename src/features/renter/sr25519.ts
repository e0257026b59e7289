import { cryptoWaitReady, encodeAddress, mnemonicToMiniSecret, mnemonicValidate, sr25519PairFromSeed, sr25519Sign } from '@polkadot/util-crypto';
import type { Signer } from './signer';

/** Loaded lazily by signer.ts: keeps sr25519 and the BIP39 word list out of the first-load bundle. */

const toHex = (bytes: Uint8Array) => `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;

/** polkadot{.js}'s default derivation for a mnemonic without a path: mini secret → sr25519 pair, SS58 prefix 42. */
export async function createMnemonicSigner(mnemonic: string): Promise<Signer> {
  await cryptoWaitReady();
  const words = mnemonic.trim().split(/\s+/).join(' ');
  if (!mnemonicValidate(words)) throw new Error('invalid mnemonic');
  const pair = sr25519PairFromSeed(mnemonicToMiniSecret(words));
  return {
    address: encodeAddress(pair.publicKey, 42),
    // The node verifies the raw bytes of the message: no <Bytes> wrapper, no hashing (docs/providers/dbc.md §2).
    sign: (message) => Promise.resolve(toHex(sr25519Sign(new TextEncoder().encode(message), pair))),
  };
}
