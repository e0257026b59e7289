// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD_SHA512 } from '../lib/constants';
import { findAccount, renewedExpiry, sessionRefusal } from './auth';

// a ← b ← c, a ← d (a branch)

describe('auth rules', () => {
  const accounts = [{ uuid: 'acc', name: 'admin', password: DEMO_PASSWORD_SHA512, type: 'SystemAdmin' as const, createDate: 0, lastOpDate: 0 }];
  it('compares the SHA-512 hex as sent', () => {
    expect(findAccount(accounts, 'admin', DEMO_PASSWORD_SHA512)).toBe(accounts[0]);
    expect(findAccount(accounts, 'admin', 'password')).toMatchObject({ code: 'ID.1000', details: 'wrong account name or password' });
    expect(findAccount(accounts, 'root', DEMO_PASSWORD_SHA512)).toMatchObject({ code: 'ID.1000' });
  });

  it('expires sessions at expiredDate and slides the window', () => {
    const session = { uuid: 's', accountUuid: 'acc', userUuid: 'acc', userType: 'AccountVO', createDate: 0, lastOpDate: 0, expiredDate: 1000 };
    expect(sessionRefusal(session, 's', 999)).toBeUndefined();
    expect(sessionRefusal(session, 's', 1000)).toMatchObject({ code: 'ID.1001', details: 'Session expired' });
    expect(sessionRefusal(undefined, 'nope', 0)?.code).toBe('ID.1001');
    expect(renewedExpiry(500, 7_200_000)).toBe(7_200_500);
  });
});
