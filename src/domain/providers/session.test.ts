import { ProviderError } from '@/api/errors';
import { createProviderSession } from './session';

const lost = () => new ProviderError({ provider: 'zstack', httpStatus: 401, code: 'ID.1001', message: 'session expired', kind: 'auth', retriable: false });
const refused = () => new ProviderError({ provider: 'zstack', httpStatus: 400, code: 'SYS.1007', message: 'bad request', kind: 'validation', retriable: false });

function rig(secret: boolean = true) {
  let issued = 0;
  const signIn = vi.fn(async (_lost: string | undefined) => (secret ? `s${++issued}` : undefined));
  const session = createProviderSession<string>({ signIn, isLost: (error) => error.code === 'ID.1001', connectionId: 'c1' });
  return { session, signIn };
}

describe('createProviderSession', () => {
  it('signs in once for every read waiting at the same moment', async () => {
    const { session, signIn } = rig();
    const seen = await Promise.all([1, 2, 3, 4, 5, 6].map(() => session.read(async () => session.current())));
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(Array(6).fill('s1'));
  });

  it('a lost credential is replaced and the read repeated once with the new one', async () => {
    const { session, signIn } = rig();
    await session.ensure();
    const call = vi.fn(async () => {
      if (session.current() === 's1') throw lost();
      return session.current();
    });
    await expect(session.read(call)).resolves.toBe('s2');
    expect(call).toHaveBeenCalledTimes(2);
    // The sign-in is told which credential was refused (vsd then makes a new ApiKey instead of reusing it).
    expect(signIn.mock.calls).toEqual([[undefined], ['s1']]);
  });

  it('repeats only once: a credential lost again is reported', async () => {
    const { session } = rig();
    const call = vi.fn(async () => {
      throw lost();
    });
    await expect(session.read(call)).rejects.toMatchObject({ code: 'ID.1001' });
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('any other refusal is reported at once, and the credential kept', async () => {
    const { session, signIn } = rig();
    const call = vi.fn(async () => {
      throw refused();
    });
    await expect(session.read(call)).rejects.toMatchObject({ code: 'SYS.1007' });
    expect(call).toHaveBeenCalledTimes(1);
    expect(session.current()).toBe('s1');
    expect(signIn).toHaveBeenCalledTimes(1);
  });

  it('reads failing together with the old credential sign in once, and none drops the new credential', async () => {
    const { session, signIn } = rig();
    await session.ensure();
    const reads = [1, 2, 3].map(() =>
      session.read(async () => {
        const used = session.current();
        await Promise.resolve();
        if (used === 's1') throw lost();
        return used;
      }),
    );
    expect(await Promise.all(reads)).toEqual(['s2', 's2', 's2']);
    expect(signIn).toHaveBeenCalledTimes(2);
  });

  it('without a secret, reads go out unsigned and a refusal is not retried', async () => {
    const { session } = rig(false);
    expect(await session.ensure()).toBe(false);
    const call = vi.fn(async () => {
      throw lost();
    });
    await expect(session.read(call)).rejects.toMatchObject({ code: 'ID.1001' });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('drop forgets the credential: the next read signs in again', async () => {
    const { session, signIn } = rig();
    await session.ensure();
    session.drop();
    expect(await session.read(async () => session.current())).toBe('s2');
    expect(signIn.mock.calls).toEqual([[undefined], [undefined]]);
  });
});

describe('createProviderSession().mutate', () => {
  it('is never repeated; a lost credential is reported and forgotten, so the next attempt signs in', async () => {
    const { session, signIn } = rig();
    const call = vi.fn(async () => {
      if (session.current() === 's1') throw lost();
      return 'done';
    });
    await expect(session.mutate(call)).rejects.toMatchObject({ code: 'ID.1001' });
    expect(call).toHaveBeenCalledTimes(1);
    expect(session.current()).toBeUndefined();
    await expect(session.mutate(call)).resolves.toBe('done');
    expect(signIn).toHaveBeenCalledTimes(2);
  });
});

describe('createProviderSession: refused sign-ins and closing', () => {
  const wrongPassword = () => new ProviderError({ provider: 'zstack', httpStatus: 400, code: 'ID.1000', message: 'wrong account name or password', kind: 'auth', retriable: false });

  it('remembers a refused sign-in: later reads and mutations fail with it and never sign in again', async () => {
    const signIn = vi.fn(async (): Promise<string | undefined> => {
      throw wrongPassword();
    });
    const session = createProviderSession<string>({ signIn, isLost: () => false, connectionId: 'c1' });
    const call = vi.fn(async () => 'data');
    for (let read = 0; read < 5; read++) await expect(session.read(call)).rejects.toMatchObject({ name: 'SignInRefused', code: 'ID.1000', connectionId: 'c1' });
    await expect(session.mutate(call)).rejects.toMatchObject({ code: 'ID.1000' });
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(call).not.toHaveBeenCalled();
  });

  it('a network failure during sign-in is not remembered', async () => {
    const signIn = vi
      .fn<(lost: string | undefined) => Promise<string | undefined>>()
      .mockRejectedValueOnce(new ProviderError({ provider: 'zstack', httpStatus: 0, code: 'NETWORK', message: 'offline', kind: 'network', retriable: true }))
      .mockResolvedValue('s1');
    const session = createProviderSession<string>({ signIn, isLost: () => false, connectionId: 'c1' });
    await expect(session.read(async () => 'data')).rejects.toMatchObject({ code: 'NETWORK' });
    await expect(session.read(async () => 'data')).resolves.toBe('data');
    expect(signIn).toHaveBeenCalledTimes(2);
  });

  it('close ends the credential at the provider once, forgets it, and never throws', async () => {
    const { signIn } = rig();
    const signOut = vi.fn(async (_credential: string) => {
      throw new Error('provider unreachable');
    });
    const session = createProviderSession<string>({ signIn, isLost: () => false, connectionId: 'c1', signOut });
    await session.ensure();
    await expect(session.close()).resolves.toBeUndefined();
    expect(signOut.mock.calls).toEqual([['s1']]);
    expect(session.current()).toBeUndefined();
    await session.close();
    expect(signOut).toHaveBeenCalledTimes(1);
  });
});
