// @vitest-environment node
import { ProviderError } from '@/api/errors';
import { createQueryClient, retryDelay, shouldRetryRead } from './queryClient';

const error = (retriable: boolean) =>
  new ProviderError({ provider: 'dbc', httpStatus: 500, code: '-1', message: 'list task timeout', kind: 'timeout', retriable });

describe('query client policy', () => {
  it('retries a read only when the error is retriable, at most 3 times', () => {
    expect(shouldRetryRead(0, error(true))).toBe(true);
    expect(shouldRetryRead(2, error(true))).toBe(true);
    expect(shouldRetryRead(3, error(true))).toBe(false);
    expect(shouldRetryRead(0, error(false))).toBe(false);
    expect(shouldRetryRead(0, new Error('bug'))).toBe(false);
  });

  it('backs off exponentially, capped', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 15000]);
  });

  it('never retries a mutation, and does not poll in the background', async () => {
    const client = createQueryClient();
    expect(client.getDefaultOptions().mutations?.retry).toBe(false);
    expect(client.getDefaultOptions().queries?.refetchIntervalInBackground).toBe(false);
    let calls = 0;
    const mutation = client.getMutationCache().build(client, {
      mutationFn: async () => {
        calls++;
        throw error(true);
      },
    });
    await expect(mutation.execute(undefined)).rejects.toBeInstanceOf(ProviderError);
    expect(calls).toBe(1);
  });

  it('a retriable read failure is tried again, a non-retriable one is not', async () => {
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 1 } });
    let transient = 0;
    await expect(
      client.fetchQuery({
        queryKey: ['transient'],
        queryFn: async () => {
          transient++;
          if (transient < 3) throw error(true);
          return 'ok';
        },
      }),
    ).resolves.toBe('ok');
    expect(transient).toBe(3);
    let permanent = 0;
    await expect(
      client.fetchQuery({
        queryKey: ['permanent'],
        queryFn: async () => {
          permanent++;
          throw error(false);
        },
      }),
    ).rejects.toBeInstanceOf(ProviderError);
    expect(permanent).toBe(1);
  });
});
