// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { cryptoReady, multisigAddress, verifySignature } from './crypto';
import { DBC_DEMO_MULTISIG, DBC_DEMO_RENTER, DBC_OTHER_RENTER, signDemo } from '../seed';
import { demoAddress } from './identities';
import { mnemonicToMiniSecret } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';

beforeAll(async () => {
  await cryptoReady();
});

describe('demo identities', () => {
  it('derive from their mnemonics and addresses', () => {
    expect(u8aToHex(mnemonicToMiniSecret(DBC_DEMO_RENTER.mnemonic))).toBe(DBC_DEMO_RENTER.seed);
    expect(demoAddress('renter')).toBe(DBC_DEMO_RENTER.address);
    expect(demoAddress('other')).toBe(DBC_OTHER_RENTER.address);
    expect(DBC_DEMO_MULTISIG.members.map((_, i) => demoAddress(`member${i + 1}` as 'member1'))).toEqual(DBC_DEMO_MULTISIG.wallets);
    expect(multisigAddress([...DBC_DEMO_MULTISIG.wallets], 2)).toBe(DBC_DEMO_MULTISIG.address);
  });
  it('ship precomputed session signatures that verify (with or without 0x)', () => {
    expect(verifySignature(DBC_DEMO_RENTER.sessionId, DBC_DEMO_RENTER.sessionIdSign, DBC_DEMO_RENTER.address)).toBe(true);
    expect(verifySignature(DBC_DEMO_RENTER.sessionId, DBC_DEMO_RENTER.sessionIdSign.slice(2), DBC_DEMO_RENTER.address)).toBe(true);
    expect(verifySignature(DBC_DEMO_MULTISIG.sessionId, DBC_DEMO_MULTISIG.sessionIdSign, DBC_DEMO_MULTISIG.wallets[0] ?? '')).toBe(true);
    expect(verifySignature('other message', DBC_DEMO_RENTER.sessionIdSign, DBC_DEMO_RENTER.address)).toBe(false);
    expect(verifySignature(DBC_DEMO_RENTER.sessionId, 'not-hex', DBC_DEMO_RENTER.address)).toBe(false);
  });
  it('signDemo signs raw message bytes', () => {
    expect(verifySignature('nonce-123', signDemo('nonce-123'), DBC_DEMO_RENTER.address)).toBe(true);
    expect(verifySignature('nonce-123', signDemo('nonce-123', 'other'), DBC_DEMO_RENTER.address)).toBe(false);
  });
});
