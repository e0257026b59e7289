import { isProviderError, ProviderError } from '@/api/errors';

/**
 * A sign-in the provider refused (wrong password, unknown account), remembered by the connection's session: every
 * read fails with it at once, sending no login, until the credential changes or the user asks to retry. Without
 * this, each query (and each focus refetch) logged in again, and a few wrong attempts can lock the account.
 */
export class SignInRefused extends ProviderError {
  readonly connectionId: string;

  constructor(refusal: ProviderError, connectionId: string) {
    super({ ...refusal, message: refusal.message, retriable: false });
    this.name = 'SignInRefused';
    this.connectionId = connectionId;
  }
}

export function isSignInRefused(error: unknown): error is SignInRefused {
  return error instanceof SignInRefused;
}

export interface ProviderSession<S> {
  /** The credential requests carry now (token, OAuth session uuid), if any. */
  current(): S | undefined;
  /** Signs in when there is no credential yet; false when the connection has no secret to sign in with. */
  ensure(): Promise<boolean>;
  /** Forget the credential (connection edited, or lost): the next request signs in again. */
  drop(): void;
  /** Ends the credential with the provider where it can be ended (ZStack LogOut), then forgets it. Never throws. */
  close(): Promise<void>;
  /**
   * A read with the credential: when the provider says the credential is gone (expired, revoked, or unknown
   * after a provider restart), sign in again and repeat the read once.
   */
  read<T>(call: () => Promise<T>): Promise<T>;
  /**
   * A mutation with the credential: never repeated. When refused for a lost credential the refusal is reported
   * and the credential forgotten, so the user's next attempt signs in afresh.
   */
  mutate<T>(call: () => Promise<T>): Promise<T>;
}

/** What a provider's domain services call: reads renewed once on a lost credential, mutations never repeated. */
export type SignedCalls = Pick<ProviderSession<unknown>, 'read' | 'mutate'>;

/**
 * A credential the console obtains itself and may lose at any time. One sign-in is shared by every request
 * waiting for it (a fan-out of 6 reads logs in once), and a read that fails with a credential another read has
 * already replaced does not throw the new one away.
 */
export function createProviderSession<S>(options: {
  /** Sign in; undefined when there is no secret to sign in with. `lost`: the credential just refused, if any. */
  signIn(lost: S | undefined): Promise<S | undefined>;
  /** The provider's "this credential is no longer valid" refusal. */
  isLost(error: ProviderError): boolean;
  /** The connection this session signs in for: named by a remembered refusal, so its "Retry sign-in" finds it. */
  connectionId: string;
  /** A sign-in failure that says the secret itself is wrong (remembered); default: an `auth` refusal. */
  isRefused?(error: ProviderError): boolean;
  /** Ends a credential at the provider (ZStack LogOut); absent where the provider has no way to end one. */
  signOut?(credential: S): Promise<void>;
}): ProviderSession<S> {
  let current: S | undefined;
  let lost: S | undefined;
  let signingIn: Promise<S | undefined> | undefined;
  let refusal: SignInRefused | undefined;
  const isRefused = options.isRefused ?? ((error: ProviderError) => error.kind === 'auth');

  /** Signs in once; a refusal is kept (a network failure or timeout is not: the next read tries again). */
  async function signIn(): Promise<S | undefined> {
    try {
      return await options.signIn(lost);
    } catch (error) {
      if (isProviderError(error) && isRefused(error)) refusal = isSignInRefused(error) ? error : new SignInRefused(error, options.connectionId);
      throw refusal ?? error;
    }
  }

  async function ensure(): Promise<boolean> {
    if (current !== undefined) return true;
    if (refusal) throw refusal;
    signingIn ??= signIn().finally(() => (signingIn = undefined));
    current = await signingIn;
    if (current !== undefined) lost = undefined;
    return current !== undefined;
  }

  const isLost = (error: unknown) => isProviderError(error) && options.isLost(error);

  /** Runs `call`; a lost-credential refusal forgets the credential it was sent with (never a newer one). */
  async function send<T>(call: () => Promise<T>): Promise<T> {
    const used = current;
    try {
      return await call();
    } catch (error) {
      if (used !== undefined && current === used && isLost(error)) [lost, current] = [used, undefined];
      throw error;
    }
  }

  return {
    current: () => current,
    ensure,
    drop() {
      current = undefined;
    },
    async close() {
      const ended = current;
      current = undefined;
      if (ended === undefined || !options.signOut) return;
      // Best effort: the console forgets the credential either way, and an unknown session is a success (ZStack).
      await options.signOut(ended).catch(() => undefined);
    },
    async read(call) {
      const signed = await ensure();
      try {
        return await send(call);
      } catch (error) {
        if (!signed || !isLost(error)) throw error;
        await ensure();
        return call();
      }
    },
    async mutate(call) {
      await ensure();
      return send(call);
    },
  };
}
