import { describe, expect, it } from 'vitest';
import { addSample, DEFAULT_STALL_MS, isStalled, parsePercentText, parseTransferProgress, transferRate, type ProgressSample } from './progress';

describe('parseTransferProgress', () => {
  it('reads the emulated and documented answers: "NN%" while running, done at the end', () => {
    expect(parseTransferProgress({ status: 'uploading', progress: '42%' })).toEqual({ percent: 42, done: false, status: 'uploading' });
    expect(parseTransferProgress({ status: 'done', progress: '100%' })).toEqual({ percent: 100, done: true, status: 'done' });
    // A stopped transfer is "done" below 100 %: over, but not complete.
    expect(parseTransferProgress({ status: 'done', progress: '37%' })).toEqual({ percent: 37, done: true, status: 'done' });
  });

  it('takes numbers, bare strings, decimals and spaces; clamps; ignores what is not a percentage', () => {
    expect(parsePercentText(12.5)).toBe(12.5);
    expect(parsePercentText(' 7 % ')).toBe(7);
    expect(parsePercentText('130%')).toBe(100);
    expect(parsePercentText('abc')).toBeUndefined();
    expect(parsePercentText(Number.NaN)).toBeUndefined();
    expect(parseTransferProgress('55%')).toEqual({ percent: 55, done: false });
    expect(parseTransferProgress(100)).toEqual({ percent: 100, done: true });
  });

  it('a missing progress is unknown, not 0', () => {
    expect(parseTransferProgress({ status: 'downloading' })).toEqual({ percent: undefined, done: false, status: 'downloading' });
    expect(parseTransferProgress(undefined)).toEqual({ percent: undefined, done: false });
    expect(parseTransferProgress({})).toEqual({ percent: undefined, done: false, status: undefined });
  });

  it('a failure word or an error text is a failure with that text', () => {
    expect(parseTransferProgress({ status: 'error', progress: '50%' })).toMatchObject({ failed: true, done: true, percent: 50, error: 'error' });
    expect(parseTransferProgress({ status: 'uploading', progress: '50%', error: 'rsync: connection unexpectedly closed' })).toMatchObject({
      failed: true,
      error: 'rsync: connection unexpectedly closed',
    });
    expect(parseTransferProgress({ status: 'download failed' })).toMatchObject({ failed: true, error: 'download failed' });
  });
});

describe('samples, speed and stalls', () => {
  const feed = (points: Array<[number, number]>) =>
    points.reduce<{ samples: ProgressSample[]; wentBack: boolean[] }>(
      (acc, [at, percent]) => {
        const next = addSample(acc.samples, { at, percent });
        return { samples: next.samples, wentBack: [...acc.wentBack, next.wentBack] };
      },
      { samples: [], wentBack: [] },
    );

  it('never goes back: a lower percentage is dropped and noted', () => {
    const { samples, wentBack } = feed([
      [0, 10],
      [1000, 30],
      [2000, 20],
      [3000, 40],
    ]);
    expect(samples.map((s) => s.percent)).toEqual([10, 30, 40]);
    expect(wentBack).toEqual([false, false, true, false]);
  });

  it('keeps only movement, so the newest sample is when it last moved; keeps a bounded history', () => {
    const { samples } = feed([
      [0, 10],
      [1000, 10],
      [2000, 10],
    ]);
    expect(samples).toEqual([{ at: 0, percent: 10 }]);
    expect(addSample([], { at: 0, percent: 1 }, 2).samples).toHaveLength(1);
    expect(feed(Array.from({ length: 20 }, (_, i): [number, number] => [i * 1000, i])).samples).toHaveLength(8);
  });

  it('speed and time left only once two samples show movement; bytes only with a size', () => {
    expect(transferRate([])).toBeUndefined();
    expect(transferRate([{ at: 0, percent: 10 }])).toBeUndefined();
    const samples = feed([
      [0, 10],
      [10_000, 20],
    ]).samples;
    expect(transferRate(samples)).toEqual({ percentPerSecond: 1, bytesPerSecond: undefined, secondsLeft: 80 });
    expect(transferRate(samples, 1000 * 1024 * 1024)?.bytesPerSecond).toBeCloseTo(10 * 1024 * 1024);
  });

  it('stalled after the configured time without movement, never at 100 %, and from the start without any percentage', () => {
    const samples = feed([
      [0, 10],
      [5000, 20],
      [60_000, 20],
    ]).samples;
    expect(isStalled(samples, 5000 + DEFAULT_STALL_MS - 1)).toBe(false);
    expect(isStalled(samples, 5000 + DEFAULT_STALL_MS)).toBe(true);
    expect(isStalled(samples, 5000 + 30_000, 30_000)).toBe(true);
    expect(isStalled([{ at: 0, percent: 100 }], 10 * DEFAULT_STALL_MS)).toBe(false);
    expect(isStalled([], DEFAULT_STALL_MS, DEFAULT_STALL_MS, 0)).toBe(true);
    expect(isStalled([], DEFAULT_STALL_MS)).toBe(false);
  });
});
