/** Pure session rules: login check, sliding expiry, the sessionExpired fault flag. */
import type { ZStackErrorCode } from '../../../src/api/zstack/types';
import { sessionInvalid, zsError } from '../errors';
import type { AccountRec, SessionRec } from '../state';

/** LogInByAccount compares name and the SHA-512 hex as sent. */
export function findAccount(accounts: AccountRec[], accountName: string, password: string): AccountRec | ZStackErrorCode {
  const account = accounts.find((a) => a.name === accountName && a.password === password);
  return account ?? zsError('ID.1000', 'wrong account name or password');
}

/** A session is usable while now < expiredDate. */
export function sessionRefusal(session: SessionRec | undefined, sessionUuid: string, now: number): ZStackErrorCode | undefined {
  if (!session) return sessionInvalid(`Session[uuid:${sessionUuid}] not found`);
  if (session.expiredDate <= now) return sessionInvalid('Session expired');
  return undefined;
}

/** The sliding window: every authorised call moves the expiry to now + timeout. */
export function renewedExpiry(now: number, timeoutMs: number): number {
  return now + timeoutMs;
}
