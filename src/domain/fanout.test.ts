// @vitest-environment node
import { createLimiter, fanOut, providerLimiter, PER_PROVIDER_CONCURRENCY } from './fanout';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending promise settle (a macrotask turn, no timer: nothing here depends on how long it takes). */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('createLimiter', () => {
  it('never has more than `concurrency` tasks in flight and starts the rest in order', async () => {
    const limiter = createLimiter(2);
    const gates = Array.from({ length: 5 }, () => deferred<number>());
    const started: number[] = [];
    const results = gates.map((gate, i) =>
      limiter.run(() => {
        started.push(i);
        return gate.promise;
      }),
    );
    const firstOutcome = results[0]!.catch((error: Error) => error.message);
    await tick();
    expect(started).toEqual([0, 1]);
    expect(limiter.active()).toBe(2);
    expect(limiter.queued()).toBe(3);
    gates[1]!.resolve(1);
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.reject(new Error('node offline'));
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[2]!.resolve(2);
    gates[3]!.resolve(3);
    gates[4]!.resolve(4);
    expect(await firstOutcome).toBe('node offline');
    await expect(Promise.all(results.slice(1))).resolves.toEqual([1, 2, 3, 4]);
    expect(limiter.peak()).toBe(2);
    expect(limiter.active()).toBe(0);
  });

  it('work marked first starts before everything queued, in the order it was asked for', async () => {
    const limiter = createLimiter(1);
    const gate = deferred<void>();
    const started: string[] = [];
    const run = (name: string, first = false) => limiter.run(async () => void started.push(name), { first });
    const all = [limiter.run(() => gate.promise), run('list-2'), run('list-3'), run('detail-1a', true), run('detail-1b', true)];
    gate.resolve();
    await Promise.all(all);
    expect(started).toEqual(['detail-1a', 'detail-1b', 'list-2', 'list-3']);
  });

  it('refuses a nonsensical concurrency', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});

describe('fanOut', () => {
  it('caps a 500-item fan-out at the per-provider limit; failures settle alone; results arrive progressively', async () => {
    const items = Array.from({ length: 500 }, (_, i) => i);
    let inFlight = 0;
    let maxInFlight = 0;
    const landed: number[] = [];
    const results = await fanOut(
      'dbc',
      items,
      async (i) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // Items finish out of order: each yields one to three turns.
        for (let turn = 0; turn <= i % 3; turn++) await tick();
        inFlight--;
        if (i % 50 === 7) throw new Error(`node ${i} unreachable`);
        return i * 2;
      },
      (item) => landed.push(item),
    );
    expect(maxInFlight).toBe(PER_PROVIDER_CONCURRENCY);
    expect(providerLimiter('dbc').peak()).toBeLessThanOrEqual(PER_PROVIDER_CONCURRENCY);
    expect(landed).toHaveLength(500);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(10);
    expect(results[8]).toEqual({ status: 'fulfilled', value: 16 });
  });
});
