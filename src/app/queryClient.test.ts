// @vitest-environment node
import { ProviderError } from '@/api/errors';
import { createQueryClient } from './queryClient';

const error = (retriable: boolean) =>
  new ProviderError({ provider: 'dbc', httpStatus: 500, code: '-1', message: 'list task timeout', kind: 'timeout', retriable });

/** Fetches `queryFn` through the app's query client on fake timers; the times (ms from the start) of every attempt. */
async function readWith(queryFn: () => Promise<string>) {
  const client = createQueryClient();
  const started = Date.now();
  const attempts: number[] = [];
  const outcome = client
    .fetchQuery({
      queryKey: ['read'],
      queryFn: () => {
        attempts.push(Date.now() - started);
        return queryFn();
      },
      meta: { silent: true },
    })
    .then(
      (value) => ({ value }),
      (reason: unknown) => ({ reason }),
    );
  await vi.runAllTimersAsync();
  return { attempts, outcome: await outcome };
}

describe('query client policy', () => {
  // Retries wait on timers: fake ones, so the backoff is observed exactly and no test waits for real seconds.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a read failing with a retriable error is tried 3 more times, 1 s, 2 s then 4 s apart, then fails', async () => {
    const { attempts, outcome } = await readWith(async () => {
      throw error(true);
    });
    expect(attempts).toEqual([0, 1000, 3000, 7000]);
    expect(outcome).toEqual({ reason: expect.objectContaining({ name: 'ProviderError', retriable: true }) });
  });

  it('a transient failure recovers on a retry', async () => {
    let calls = 0;
    const { attempts, outcome } = await readWith(async () => {
      if (++calls < 3) throw error(true);
      return 'ok';
    });
    expect(attempts).toEqual([0, 1000, 3000]);
    expect(outcome).toEqual({ value: 'ok' });
  });

  it('a non-retriable failure, or a bug that is no ProviderError, surfaces at once', async () => {
    for (const failure of [error(false), new Error('bug')]) {
      const { attempts, outcome } = await readWith(async () => {
        throw failure;
      });
      expect(attempts).toEqual([0]);
      expect(outcome).toEqual({ reason: failure });
    }
  });

  it('never retries a mutation, and does not poll in the background', async () => {
    const client = createQueryClient();
    expect(client.getDefaultOptions().queries?.refetchIntervalInBackground).toBe(false);
    let calls = 0;
    const mutation = client.getMutationCache().build(client, {
      mutationFn: async () => {
        calls++;
        throw error(true);
      },
    });
    const outcome = mutation.execute(undefined).catch((reason: unknown) => reason);
    await vi.runAllTimersAsync();
    expect(await outcome).toBeInstanceOf(ProviderError);
    expect(calls).toBe(1);
  });
});
