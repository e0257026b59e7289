/** Something that can sign a message for one SS58 wallet: a local sr25519 key or a browser extension account. */
export interface Signer {
  address: string;
  /** Hex signature (with 0x) of the message's UTF-8 bytes. */
  sign(message: string): Promise<string>;
}

const NONCE_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** A fresh nonce like the DBC tools make (55 base58 characters); the node does not check its format. */
export function makeNonce(length = 55): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => NONCE_ALPHABET[b % NONCE_ALPHABET.length]).join('');
}

/** UTF-8 bytes as 0x-hex: what an extension's signRaw takes as `data`. */
export function utf8ToHex(message: string): string {
  return `0x${Array.from(new TextEncoder().encode(message), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A signer from a mnemonic. The signing code (@polkadot/util-crypto, sr25519) is loaded only now, on first use,
 * and the key lives only inside the returned closure: callers drop the signer when the sign-in ends.
 */
export async function mnemonicSigner(mnemonic: string): Promise<Signer> {
  const { createMnemonicSigner } = await import('./sr25519');
  return createMnemonicSigner(mnemonic);
}
