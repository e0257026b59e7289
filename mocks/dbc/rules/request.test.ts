// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkAuthShape, parseJsonBody, parseRequestFields, atoi, type ParsedRequest } from './request';

describe('request parsing (client side)', () => {
  it('refuses empty, malformed and non-object bodies', () => {
    expect(parseJsonBody('')).toMatchObject({ httpStatus: 400, errcode: -25, message: 'http request body is empty' });
    expect(parseJsonBody('{"a":')).toMatchObject({ httpStatus: 400, errcode: -25 });
    expect((parseJsonBody('{"a":') as { message: string }).message).toMatch(/^json parse error: /);
    expect(parseJsonBody('[1]')).toMatchObject({ message: 'invalid json' });
  });
  it('checks the required fields and every optional type with the client messages', () => {
    const parse = (doc: Record<string, unknown>) => parseRequestFields(doc);
    expect(parse({})).toMatchObject({ message: 'has no peer_nodes_list' });
    expect(parse({ peer_nodes_list: 'x', additional: {} })).toMatchObject({ message: 'peer_nodes_list is not array' });
    expect(parse({ peer_nodes_list: [] })).toMatchObject({ message: 'has no additional' });
    expect(parse({ peer_nodes_list: [], additional: [] })).toMatchObject({ message: 'additional is not object' });
    expect(parse({ peer_nodes_list: [], additional: {}, wallet: 5 })).toMatchObject({ message: 'wallet is not string' });
    expect(parse({ peer_nodes_list: [], additional: {}, session_id: 1 })).toMatchObject({ message: 'session_id is not string' });
    const threshold = { wallets: ['a', 'b'], threshold: 2, signs: [] };
    expect(parse({ peer_nodes_list: [], additional: {}, multisig_accounts: threshold })).toMatchObject({ message: 'multisig_accounts member threshold is not string' });
    expect(parse({ peer_nodes_list: [], additional: {}, multisig_accounts: { threshold: '2', signs: [] } })).toMatchObject({ message: 'multisig_accounts has no member wallets' });
  });
  it('needs a session pair, a wallet triple or a valid multisig block', () => {
    const base = parseRequestFields({ peer_nodes_list: ['n'], additional: {} }) as ParsedRequest;
    const refused = { httpStatus: 400, errcode: -25, message: 'wallet_sign and multisig_wallets all invalid' };
    expect(checkAuthShape(base)).toEqual(refused);
    expect(checkAuthShape({ ...base, sessionId: 's', sessionIdSign: 'x' })).toBeUndefined();
    expect(checkAuthShape({ ...base, wallet: 'w', nonce: 'n', sign: 's' })).toBeUndefined();
    const signs = [{ wallet: 'a', nonce: 'n', sign: 's' }, { wallet: 'b', nonce: 'n', sign: 's' }];
    expect(checkAuthShape({ ...base, multisig: { wallets: ['a', 'b', 'c'], threshold: 2, signs } })).toBeUndefined();
    // Fewer signs than the threshold; a threshold above the member count; a sign from a non-member (b).
    expect(checkAuthShape({ ...base, multisig: { wallets: ['a', 'b', 'c'], threshold: 3, signs } })).toEqual(refused);
    expect(checkAuthShape({ ...base, multisig: { wallets: ['a'], threshold: 2, signs } })).toEqual(refused);
    expect(checkAuthShape({ ...base, multisig: { wallets: ['a', 'c'], threshold: 2, signs } })).toEqual(refused);
  });
  it('atoi reads a leading integer like C', () => {
    expect([atoi('8'), atoi('8G'), atoi('abc'), atoi(''), atoi('-2')]).toEqual([8, 8, 0, 0, -2]);
  });
});
