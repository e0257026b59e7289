import { addressOf, pairFromSeedHex, signMessage, type Sr25519Pair } from './crypto';

/**
 * Fixed demo wallets (sr25519, SS58 prefix 42). Their secrets are public on purpose: they only ever sign
 * for the emulator. Each seed is mnemonicToMiniSecret(mnemonic), so the mnemonic imports into polkadot.js.
 */

export interface DemoWallet {
  mnemonic: string;
  /** 32-byte mini secret (hex) derived from the mnemonic. */
  seed: string;
  address: string;
}

/** The demo renter: rents 58fb…7f45, 80720…4965 (and every node of the `large` dataset). */
export const DBC_DEMO_RENTER = {
  mnemonic: 'hub what puppy draw detect tooth barrel attitude trip entire response pyramid',
  seed: '0xdfb1197f5aabfd868bc00a416569e1b63dded9afa8ee17895f763a0d0bc4b30c',
  address: '5FnM3q7xYy11hnmLavBAv3HZvhcnsZ7SfmtksxoBArFWzJEQ',
  /** The session the demo nodes issued to this wallet (same value on each of its nodes). */
  sessionId: '3eqzTjUrxSqyyFj9ujKeqa4iu8dGR8iqHd2YKVQar46gsUCLpZKh3JL',
  /** sr25519 signature of sessionId by the renter (precomputed; a unit test verifies it). */
  sessionIdSign:
    '0x1e69dfaf13bf9bb6966e9ef3a6dd8473887cd7c52398410663a6db6fcf50c64105e4c95cf6ab5fa6969cbeec96b641d0435980a1b39ec9eb7e989198e4d34e81',
} as const;

/** Someone else's wallet: rents the "wallet not rented" demo node. */
export const DBC_OTHER_RENTER: DemoWallet = {
  mnemonic: 'math agree state umbrella spread shoot acquire wash april outer base stairs',
  seed: '0x2ae070038d14803bb33c9d15b41c6dda88cd0319541376631593f19b536a4c5a',
  address: '5CkXjf6qtJrZVKQx5EfkPVWF2YVa8qaTY2vATMa4BNXpcPT8',
};

const MEMBERS: DemoWallet[] = [
  {
    mnemonic: 'genre team battle basket one large dolphin owner soft market praise nephew',
    seed: '0x777c8a50217076f2170b2fef02d35ce092ed021469a4e5e4ece9ff4dea0b094e',
    address: '5GN9QDJKNSxtAzzgDSceA3eNWuYJZy6urVXvjBtefS6EwU9P',
  },
  {
    mnemonic: 'disorder sudden mad ethics donor cross become inherit frequent morning gossip shrug',
    seed: '0x1eb9dfce313e6a0ff333e4dc7d0bf281fa03ddfe39d185388d83bd867bd8fcd4',
    address: '5FekLN99MT68TGTSnJNja15wzSgnGDtEzWdWhoVikUi3ZWBh',
  },
  {
    mnemonic: 'suit curious census effort donor nature unhappy index appear sponsor congress true',
    seed: '0xc1d3d3465f0b02746bc71148793408fce96f5922bd8b85a42ad1525590c0d1d1',
    address: '5GE1bJRn1c7YwVyRmT9A8YAw1Aw1Qq3xoMrb6FmoRagwADcx',
  },
];

/** A 2-of-3 multisig; its derived account rents the multisig demo node. */
export const DBC_DEMO_MULTISIG = {
  members: MEMBERS,
  wallets: MEMBERS.map((m) => m.address),
  threshold: '2',
  /** createKeyMulti(wallets, 2) as SS58. */
  address: '5DfZZCa7k25bmRApNctbgeHES7GZMHa3Mkz3qDCMWEkVxjFB',
  sessionId: '5q8dSSVJJ9EAqQZPaDWPVuyJ6s2d3dx1g6oSN5xnHVYmF4H7n911HQm',
  /** Signature of sessionId by member 1 (any member may sign a multisig session). */
  sessionIdSign:
    '0x345c35341db6af0a5d03ab605a27990d349ee54d222d212a017f06e476ffe813d5299f53eac1c4840d595dca8731ad3d70d69fe3316e240baed4e2b28819bf82',
} as const;

export type DemoSigner = 'renter' | 'other' | 'member1' | 'member2' | 'member3';

const pairs = new Map<DemoSigner, Sr25519Pair>();

function pairOf(who: DemoSigner): Sr25519Pair {
  let pair = pairs.get(who);
  if (!pair) {
    const seed = who === 'renter' ? DBC_DEMO_RENTER.seed : who === 'other' ? DBC_OTHER_RENTER.seed : (MEMBERS[Number(who.slice(-1)) - 1] ?? MEMBERS[0]!).seed;
    pair = pairFromSeedHex(seed);
    pairs.set(who, pair);
  }
  return pair;
}

export function demoAddress(who: DemoSigner): string {
  return addressOf(pairOf(who));
}

/** sr25519 signature (hex with 0x) of `message` by a demo wallet: sign a nonce or a session id with it. */
export function signDemo(message: string, who: DemoSigner = 'renter'): string {
  return signMessage(message, pairOf(who));
}

/** A ready wallet auth block `{wallet, nonce, sign}` for a demo wallet. */
export function demoWalletAuth(who: DemoSigner = 'renter', nonce = 'vmdeck-demo-nonce-5q7KRn4d8XyZ'): { wallet: string; nonce: string; sign: string } {
  return { wallet: demoAddress(who), nonce, sign: signDemo(nonce, who) };
}
