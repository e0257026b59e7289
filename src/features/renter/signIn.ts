import type { NodeService } from '@/domain/nodes/types';
import { makeNonce, type Signer } from './signer';

/** What a sign-in leaves in the connection's secrets: the shareable session, never a key. */
export interface RenterSession {
  sessionId: string;
  sessionIdSign: string;
  /** Who signed (a wallet or the multisig's members), shown as "signed in as". */
  renterWallet: string;
}

/**
 * Wallet sign-in (docs/providers/dbc.md §2): sign a fresh nonce, ask the node for the wallet's session id, then sign the
 * session id so the pair can be handed to others. The signer is only used inside this call.
 */
export async function signInWithWallet(nodes: NodeService, nodeId: string, signer: Signer): Promise<RenterSession> {
  const nonce = makeNonce();
  const sign = await signer.sign(nonce);
  const sessionId = await nodes.sessionId(nodeId, { wallet: signer.address, nonce, sign });
  return { sessionId, sessionIdSign: await signer.sign(sessionId), renterWallet: signer.address };
}

export interface MultisigInput {
  wallets: string[];
  threshold: number;
  signs: Array<{ wallet: string; nonce: string; sign: string }>;
}

export type MultisigProblem = 'wallets' | 'threshold' | 'signsTooFew' | 'signerNotMember';

/** The client's own checks (docs/providers/dbc.md §2): threshold ≤ wallets and ≤ signs, every signer one of the wallets. */
export function checkMultisig({ wallets, threshold, signs }: MultisigInput): MultisigProblem | undefined {
  if (wallets.length < 2) return 'wallets';
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > wallets.length) return 'threshold';
  const complete = signs.filter((s) => s.wallet && s.nonce && s.sign);
  if (complete.some((s) => !wallets.includes(s.wallet))) return 'signerNotMember';
  if (complete.length < threshold) return 'signsTooFew';
  return undefined;
}

/** The multisig session id: the threshold goes as a STRING (a number is refused by the client). */
export function multisigSessionId(nodes: NodeService, nodeId: string, input: MultisigInput): Promise<string> {
  const signs = input.signs.filter((s) => s.wallet && s.nonce && s.sign);
  return nodes.sessionId(nodeId, { multisig_accounts: { wallets: input.wallets, threshold: String(input.threshold), signs } });
}

/** A member's signature over a nonce, for the multisig `signs` list. */
export async function memberSign(signer: Signer): Promise<{ wallet: string; nonce: string; sign: string }> {
  const nonce = makeNonce();
  return { wallet: signer.address, nonce, sign: await signer.sign(nonce) };
}

export const SIGNATURE_PATTERN = /^(0x)?[0-9a-fA-F]{128}$/;
