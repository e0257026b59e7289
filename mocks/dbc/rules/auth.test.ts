// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { cryptoReady, multisigAddress, verifySignature } from '../lib/crypto';
import { checkAuthority, checkSessionRequest, isPlaceholderSession, type AuthContext } from './auth';
import type { ParsedRequest } from './request';
import { buildDemo, DBC_DEMO_MULTISIG, DBC_DEMO_RENTER, DBC_NODES, DBC_OTHER_RENTER, demoWalletAuth, signDemo } from '../seed';
import { findNode } from '../state';

const state = buildDemo(Date.UTC(2026, 10, 23), 1);
const node = (id: string) => findNode(state, id)!;
const ctx = (patch: Partial<AuthContext> = {}): AuthContext => ({ crypto: { verify: verifySignature, multisigAddress }, ...patch });
const req = (patch: Partial<ParsedRequest>): ParsedRequest => ({ nodeId: DBC_NODES.main, additional: {}, wallet: '', nonce: '', sign: '', sessionId: '', sessionIdSign: '', rentOrder: '', ...patch });
const session = { sessionId: DBC_DEMO_RENTER.sessionId, sessionIdSign: DBC_DEMO_RENTER.sessionIdSign };

beforeAll(async () => {
  await cryptoReady();
});

describe('node authority', () => {
  it('accepts the renter by wallet signature or session', () => {
    expect(checkAuthority(req(demoWalletAuth()), node(DBC_NODES.main), ctx())).toMatchObject({ wallet: DBC_DEMO_RENTER.address, viaSession: false });
    expect(checkAuthority(req(session), node(DBC_NODES.main), ctx())).toMatchObject({ wallet: DBC_DEMO_RENTER.address, viaSession: true });
  });
  it('refuses bad signatures, other renters, unrented and expired machines', () => {
    const bad = { ...demoWalletAuth(), sign: signDemo('different nonce') };
    expect(checkAuthority(req(bad), node(DBC_NODES.main), ctx())).toEqual({ httpStatus: 200, errcode: -3, message: 'check authority failed: nonce check failed' });
    expect(checkAuthority(req(demoWalletAuth()), node(DBC_NODES.otherRenter), ctx())).toMatchObject({ message: 'check authority failed: wallet not rented' });
    expect(checkAuthority(req(demoWalletAuth()), node(DBC_NODES.notRented), ctx())).toMatchObject({ message: 'check authority failed: machine is not be rented' });
    expect(checkAuthority(req(demoWalletAuth()), node(DBC_NODES.expired), ctx())).toMatchObject({ message: 'check authority failed: machine has already expired' });
    expect(checkAuthority(req(demoWalletAuth('other')), node(DBC_NODES.otherRenter), ctx())).toMatchObject({ wallet: DBC_OTHER_RENTER.address });
  });
  it('refuses unknown, badly signed or expired sessions', () => {
    expect(checkAuthority(req({ ...session, sessionId: 'unknown' }), node(DBC_NODES.main), ctx())).toMatchObject({ message: 'check authority failed: session_id is invalid' });
    expect(checkAuthority(req({ ...session, sessionIdSign: signDemo(session.sessionId, 'other') }), node(DBC_NODES.main), ctx())).toMatchObject({ message: 'check authority failed: session_id is invalid' });
    // sessionExpired: a session issued before the cutoff (the seeded one has no serial) is refused, a later one is not.
    expect(checkAuthority(req(session), node(DBC_NODES.main), ctx({ sessionCutoff: 0 }))).toMatchObject({ message: 'check authority failed: session_id is invalid' });
    const renewed = { ...node(DBC_NODES.main), sessions: [{ sessionId: session.sessionId, wallet: DBC_DEMO_RENTER.address, signers: [], serial: 5 }] };
    expect(checkAuthority(req(session), renewed, ctx({ sessionCutoff: 5 }))).toMatchObject({ wallet: DBC_DEMO_RENTER.address, viaSession: true });
    // A session of this node's renter does not exist on a node rented by someone else.
    expect(checkAuthority(req(session), node(DBC_NODES.otherRenter), ctx())).toMatchObject({ message: 'check authority failed: session_id is invalid' });
  });
  it('accepts a 2-of-3 multisig with two valid member signatures, and its session signed by a member', () => {
    const [m1 = '', m2 = '', m3 = ''] = DBC_DEMO_MULTISIG.wallets;
    const signs = [
      { wallet: m1, nonce: 'n1', sign: signDemo('n1', 'member1') },
      { wallet: m3, nonce: 'n3', sign: signDemo('n3', 'member3') },
    ];
    const multisig = { wallets: [...DBC_DEMO_MULTISIG.wallets], threshold: 2, signs };
    expect(checkAuthority(req({ multisig }), node(DBC_NODES.multisig), ctx())).toMatchObject({ wallet: DBC_DEMO_MULTISIG.address });
    const oneBad = { ...multisig, signs: [signs[0]!, { wallet: m2, nonce: 'n2', sign: signDemo('n2', 'member1') }] };
    expect(checkAuthority(req({ multisig: oneBad }), node(DBC_NODES.multisig), ctx())).toMatchObject({ message: 'check authority failed: nonce check failed' });
    expect(checkAuthority(req({ multisig }), node(DBC_NODES.main), ctx())).toMatchObject({ message: 'check authority failed: wallet not rented' });
    const msSession = { sessionId: DBC_DEMO_MULTISIG.sessionId, sessionIdSign: signDemo(DBC_DEMO_MULTISIG.sessionId, 'member2') };
    expect(checkAuthority(req(msSession), node(DBC_NODES.multisig), ctx())).toMatchObject({ wallet: DBC_DEMO_MULTISIG.address, viaSession: true });
  });
  it('treats the seed placeholders as the demo renter only when allowed (non-strict)', () => {
    const placeholder = { sessionId: '租用者分发的session_id', sessionIdSign: '租用者分发的session_id_sign' };
    expect(isPlaceholderSession(req({ sessionId: '租用者分发的 session_id', sessionIdSign: '租用者分发的 session_id_sign' }))).toBe(true);
    expect(checkAuthority(req(placeholder), node(DBC_NODES.main), ctx({ placeholderWallet: DBC_DEMO_RENTER.address }))).toMatchObject({ wallet: DBC_DEMO_RENTER.address });
    expect(checkAuthority(req(placeholder), node(DBC_NODES.main), ctx())).toMatchObject({ message: 'check authority failed: session_id is invalid' });
  });
  it('never lets a session fetch a session', () => {
    expect(checkSessionRequest(req(session), node(DBC_NODES.main), ctx())).toEqual({ httpStatus: 200, errcode: -3, message: 'check authority failed' });
    expect(checkSessionRequest(req(demoWalletAuth()), node(DBC_NODES.main), ctx())).toMatchObject({ wallet: DBC_DEMO_RENTER.address });
  });
});
