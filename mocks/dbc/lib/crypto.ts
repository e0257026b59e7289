import { stringToU8a, u8aToHex } from '@polkadot/util';
import { createKeyMulti, cryptoWaitReady, encodeAddress, signatureVerify, sr25519PairFromSeed, sr25519Sign } from '@polkadot/util-crypto';

/**
 * sr25519 primitives for DBC auth: the node verifies `sign` over the raw bytes of `nonce` (or of the
 * session_id for session_id_sign) against an SS58 wallet (docs/providers/dbc.md §2). Pure JS (@scure/sr25519) underneath.
 */

let ready: Promise<boolean> | undefined;
/** Resolves once the crypto backend is initialised (a no-op for the pure-JS sr25519, kept for safety). */
export function cryptoReady(): Promise<boolean> {
  ready ??= cryptoWaitReady();
  return ready;
}

export interface Sr25519Pair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

export function pairFromSeedHex(seedHex: string): Sr25519Pair {
  return sr25519PairFromSeed(seedHex);
}

/** SS58 address with the generic substrate prefix 42 (DBC wallets start with "5"). */
export function addressOf(pair: Sr25519Pair): string {
  return encodeAddress(pair.publicKey, 42);
}

/** Hex signature with `0x`, as @polkadot/keyring's `u8aToHex(pair.sign(msg))` produces it. */
export function signMessage(message: string, pair: Sr25519Pair): string {
  return u8aToHex(sr25519Sign(stringToU8a(message), pair));
}

const verified = new Map<string, boolean>();
const CACHE_LIMIT = 5000;

/** True when `signature` (hex, with or without 0x) is a valid signature of `message` by `address`. Never throws. */
export function verifySignature(message: string, signature: string, address: string): boolean {
  const hex = signature.startsWith('0x') ? signature : `0x${signature}`;
  if (!/^0x[0-9a-fA-F]{128,132}$/.test(hex)) return false;
  const key = `${address}|${hex}|${message}`;
  const cached = verified.get(key);
  if (cached !== undefined) return cached;
  let valid = false;
  try {
    valid = signatureVerify(message, hex, address).isValid;
  } catch {
    valid = false;
  }
  if (verified.size >= CACHE_LIMIT) verified.clear();
  verified.set(key, valid);
  return valid;
}

/** The multisig account substrate derives from the members and the threshold (the node's create_multisig_account). */
export function multisigAddress(wallets: string[], threshold: number): string | undefined {
  try {
    return encodeAddress(createKeyMulti(wallets, threshold), 42);
  } catch {
    return undefined;
  }
}
