import type { ProviderId } from '@/api/provider';

/**
 * Fan-out done right: a renter may have hundreds of DBC nodes, each a separate request. A limiter keeps at
 * most `concurrency` calls in flight and starts the rest in order as slots free up.
 */
export interface RunOptions {
  /**
   * Start ahead of everything queued: the second step of work already under way (a node's VM details after
   * its list) should not wait behind the first step of 500 other nodes.
   */
  first?: boolean;
  /**
   * The reader went away (react-query aborts a page's reads when it is left): a queued call never starts, and a
   * running one gives its slot back at once, even if its task is slow to notice the abort.
   */
  signal?: AbortSignal;
}

/** What a limited call rejects with when its signal aborted (the signal's own reason where it gave one). */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The read was cancelled', 'AbortError');
}

export interface Limiter {
  run<T>(task: () => Promise<T>, options?: RunOptions): Promise<T>;
  /** In flight now (for tests and the bench). */
  active(): number;
  queued(): number;
  /** Highest number ever in flight at once. */
  peak(): number;
}

export function createLimiter(concurrency: number): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
  let active = 0;
  let peak = 0;
  // Two FIFO queues: work marked `first` starts before the rest, in the order it was asked for.
  const urgent: Array<() => void> = [];
  const waiting: Array<() => void> = [];
  const next = () => {
    if (active >= concurrency) return;
    const start = urgent.shift() ?? waiting.shift();
    if (start) start();
  };
  return {
    run<T>(task: () => Promise<T>, { first = false, signal }: RunOptions = {}): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (signal?.aborted) {
          reject(abortReason(signal));
          return;
        }
        const queue = first ? urgent : waiting;
        let running = false;
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          active--;
          next();
        };
        const onAbort = () => {
          if (running) {
            release();
          } else {
            const at = queue.indexOf(start);
            if (at >= 0) queue.splice(at, 1);
          }
          reject(abortReason(signal!));
        };
        const start = () => {
          // Aborted while a slot freed by another abort of the same signal was being handed on: skip it.
          if (signal?.aborted) {
            reject(abortReason(signal));
            next();
            return;
          }
          running = true;
          active++;
          peak = Math.max(peak, active);
          task()
            .then(resolve, reject)
            .finally(() => {
              signal?.removeEventListener('abort', onAbort);
              release();
            });
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(start);
        next();
      });
    },
    active: () => active,
    queued: () => urgent.length + waiting.length,
    peak: () => peak,
  };
}

/** Requests in flight per provider, across all of its connections. */
export const PER_PROVIDER_CONCURRENCY = 6;

const limiters = new Map<ProviderId, Limiter>();

export function providerLimiter(provider: ProviderId): Limiter {
  let limiter = limiters.get(provider);
  if (!limiter) {
    limiter = createLimiter(PER_PROVIDER_CONCURRENCY);
    limiters.set(provider, limiter);
  }
  return limiter;
}

/**
 * Runs `work` for every item through the provider's limiter; each settles on its own (one failing item
 * never blocks the others), and `onSettled` reports each as it lands so rows can fill in progressively.
 */
export async function fanOut<I, T>(
  provider: ProviderId,
  items: readonly I[],
  work: (item: I) => Promise<T>,
  onSettled?: (item: I, result: PromiseSettledResult<T>) => void,
  options: RunOptions = {},
): Promise<Array<PromiseSettledResult<T>>> {
  const limiter = providerLimiter(provider);
  return Promise.all(
    items.map(async (item) => {
      let result: PromiseSettledResult<T>;
      try {
        result = { status: 'fulfilled', value: await limiter.run(() => work(item), options) };
      } catch (reason) {
        result = { status: 'rejected', reason };
      }
      onSettled?.(item, result);
      return result;
    }),
  );
}
