import type { DbcNode, SessionRecord } from '../state';
import { authFailed, type DbcFailure } from '../errors';
import { hasValidMultisig, hasWalletSign, type ParsedRequest } from './request';

/** Signature check and multisig derivation, injected so the rules stay pure and testable. */
export interface AuthCrypto {
  verify(message: string, signature: string, address: string): boolean;
  multisigAddress(wallets: string[], threshold: number): string | undefined;
}

export interface AuthContext {
  crypto: AuthCrypto;
  /** Set while the sessionExpired flag is on: sessions issued before it count as invalid; a new sign-in gets a new one. */
  sessionCutoff?: number;
  /** Non-strict mode only: the seed documents' placeholder session values stand for this wallet's session. */
  placeholderWallet?: string;
}

/** Who the request speaks for once the node accepted it. */
export interface Identity {
  wallet: string;
  signers: string[];
  viaSession: boolean;
}

const PLACEHOLDER_SESSION = /^租用者分发的\s?session_id$/;
const PLACEHOLDER_SIGN = /^租用者分发的\s?session_id_sign$/;

/** The literal values the seed documents put in session_id / session_id_sign. */
export function isPlaceholderSession(req: ParsedRequest): boolean {
  return PLACEHOLDER_SESSION.test(req.sessionId.trim()) && PLACEHOLDER_SIGN.test(req.sessionIdSign.trim());
}

/** Wallet triple or multisig block → the signing identity, or "nonce check failed". */
export function identityFromSignature(req: ParsedRequest, crypto: AuthCrypto): Identity | DbcFailure {
  if (hasWalletSign(req)) {
    if (!crypto.verify(req.nonce, req.sign, req.wallet)) return authFailed('nonce check failed');
    return { wallet: req.wallet, signers: [], viaSession: false };
  }
  const m = req.multisig;
  if (m && hasValidMultisig(req)) {
    const signed = new Set(m.signs.filter((s) => crypto.verify(s.nonce, s.sign, s.wallet)).map((s) => s.wallet));
    if (signed.size < m.threshold) return authFailed('nonce check failed');
    const account = crypto.multisigAddress(m.wallets, m.threshold);
    if (!account) return authFailed('nonce check failed');
    return { wallet: account, signers: [...m.wallets], viaSession: false };
  }
  return authFailed('nonce check failed');
}

function sessionIdentity(req: ParsedRequest, node: DbcNode, ctx: AuthContext): Identity | DbcFailure {
  if (ctx.placeholderWallet && isPlaceholderSession(req)) return { wallet: ctx.placeholderWallet, signers: [], viaSession: true };
  const record = node.sessions.find((s) => s.sessionId === req.sessionId);
  if (!record || isCutOff(record, ctx)) return authFailed('session_id is invalid');
  const signers = [record.wallet, ...record.signers];
  if (!signers.some((wallet) => ctx.crypto.verify(req.sessionId, req.sessionIdSign, wallet))) return authFailed('session_id is invalid');
  return { wallet: record.wallet, signers: record.signers, viaSession: true };
}

/** Rental checks that follow the identity: machine rented, by this wallet, and not expired. */
function checkRental(node: DbcNode, identity: Identity): DbcFailure | undefined {
  if (identity.wallet !== node.rental.renter) return authFailed('wallet not rented');
  if (node.rental.status === 'expired') return authFailed('machine has already expired');
  return undefined;
}

/** check_authority on the node (node_request_service.cpp): every task, snapshot and image call. */
export function checkAuthority(req: ParsedRequest, node: DbcNode, ctx: AuthContext): Identity | DbcFailure {
  if (node.rental.status === 'online') return authFailed('machine is not be rented');
  const useSession = req.sessionId !== '' && req.sessionIdSign !== '';
  const identity = useSession ? sessionIdentity(req, node, ctx) : identityFromSignature(req, ctx.crypto);
  if ('errcode' in identity) return identity;
  return checkRental(node, identity) ?? identity;
}

/** `/mining_nodes/session_id`: only a signature (wallet or multisig) may fetch a session, never a session. */
export function checkSessionRequest(req: ParsedRequest, node: DbcNode, ctx: AuthContext): Identity | DbcFailure {
  if (!hasWalletSign(req) && !hasValidMultisig(req)) return authFailed();
  if (node.rental.status === 'online') return authFailed('machine is not be rented');
  const identity = identityFromSignature(req, ctx.crypto);
  if ('errcode' in identity) return identity;
  return checkRental(node, identity) ?? identity;
}

/** A session issued before the sessionExpired flag was seen (seeded ones have no serial). */
export function isCutOff(record: SessionRecord, ctx: AuthContext): boolean {
  return ctx.sessionCutoff !== undefined && (record.serial ?? -1) < ctx.sessionCutoff;
}

/** The session already issued to this wallet on this node and still valid, if any (the node reuses it). */
export function existingSession(node: DbcNode, wallet: string, ctx: AuthContext): SessionRecord | undefined {
  return node.sessions.find((s) => s.wallet === wallet && !isCutOff(s, ctx));
}
