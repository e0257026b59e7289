import { partialReporter } from './partial';
import type { VmListResult } from './types';

describe('partialReporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first piece at once, then at most one per interval with the latest snapshot', () => {
    const seen: number[] = [];
    let count = 0;
    const report = partialReporter((partial) => seen.push(partial.vms.length), (): VmListResult => ({ vms: Array(count).fill(null), failures: [] }), 400);
    count = 1;
    report();
    expect(seen).toEqual([1]);
    count = 2;
    report();
    count = 3;
    report();
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(400);
    expect(seen).toEqual([1, 3]);
  });

  it('cancel drops a pending piece (the full list has landed); no callback means no work', () => {
    const seen: number[] = [];
    const report = partialReporter((partial) => seen.push(partial.vms.length), (): VmListResult => ({ vms: [], failures: [] }), 400);
    report();
    report();
    report.cancel();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([0]);
    const snapshot = vi.fn((): VmListResult => ({ vms: [], failures: [] }));
    partialReporter(undefined, snapshot)();
    expect(snapshot).not.toHaveBeenCalled();
  });
});
