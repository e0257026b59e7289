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

describe('createLimiter: a reader that went away (issue 13, defect 8)', () => {
  it('an aborted running call gives its slot back at once, even if its task never settles', async () => {
    const limiter = createLimiter(1);
    const reader = new AbortController();
    const stuck = limiter.run(() => new Promise<never>(() => undefined), { signal: reader.signal });
    let nextStarted = false;
    const next = limiter.run(async () => {
      nextStarted = true;
      return 'next';
    });
    await tick();
    expect(limiter.active()).toBe(1);
    expect(nextStarted).toBe(false);
    reader.abort();
    await expect(stuck).rejects.toMatchObject({ name: 'AbortError' });
    await expect(next).resolves.toBe('next');
    expect(nextStarted).toBe(true);
    expect(limiter.active()).toBe(0);
  });

  it('a queued call whose reader went away never starts (never reaches the network)', async () => {
    const limiter = createLimiter(1);
    const gate = deferred<string>();
    const running = limiter.run(() => gate.promise);
    const reader = new AbortController();
    let called = 0;
    const queued = limiter.run(
      async () => {
        called++;
        return 'late';
      },
      { signal: reader.signal },
    );
    await tick();
    expect(limiter.queued()).toBe(1);
    reader.abort();
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    expect(limiter.queued()).toBe(0);
    gate.resolve('done');
    await expect(running).resolves.toBe('done');
    await tick();
    expect(called).toBe(0);
    const already = new AbortController();
    already.abort();
    await expect(limiter.run(async () => called++, { signal: already.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(called).toBe(0);
  });

  it('fanOut with an aborted signal settles every item as rejected without starting the rest', async () => {
    const reader = new AbortController();
    const started: number[] = [];
    const gates = Array.from({ length: 10 }, () => deferred<number>());
    const all = fanOut('vsd', gates.map((_, i) => i), (i) => {
      started.push(i);
      return gates[i]!.promise;
    }, undefined, { signal: reader.signal });
    await tick();
    expect(started).toHaveLength(PER_PROVIDER_CONCURRENCY);
    reader.abort();
    const results = await all;
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(started).toHaveLength(PER_PROVIDER_CONCURRENCY);
    expect(providerLimiter('vsd').active()).toBe(0);
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
