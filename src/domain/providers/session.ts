import { isProviderError, type ProviderError } from '@/api/errors';

export interface ProviderSession<S> {
  /** The credential requests carry now (token, OAuth session uuid), if any. */
  current(): S | undefined;
  /** Signs in when there is no credential yet; false when the connection has no secret to sign in with. */
  ensure(): Promise<boolean>;
  /** Forget the credential (connection edited, or lost): the next request signs in again. */
  drop(): void;
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
}): ProviderSession<S> {
  let current: S | undefined;
  let lost: S | undefined;
  let signingIn: Promise<S | undefined> | undefined;

  async function ensure(): Promise<boolean> {
    if (current !== undefined) return true;
    signingIn ??= options.signIn(lost).finally(() => (signingIn = undefined));
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
