// @vitest-environment node
import { FAST_POLL_MS, pollWhile } from './polling';

type Vm = { status: string };
const query = (data: Vm[] | undefined) => ({ state: { data, error: null } });

describe('pollWhile', () => {
  const interval = pollWhile<Vm[]>({ transitional: (vms) => vms.some((vm) => vm.status === 'creating') });

  it('polls fast while something is transitional', () => {
    expect(interval(query([{ status: 'running' }, { status: 'creating' }]))).toBe(FAST_POLL_MS);
  });

  it('stops polling when nothing is changing, and before the first data', () => {
    expect(interval(query([{ status: 'running' }]))).toBe(false);
    expect(interval(query(undefined))).toBe(false);
  });

  it('can keep a slow idle interval', () => {
    const slow = pollWhile<Vm[]>({ transitional: () => false, idleMs: 60_000 });
    expect(slow(query([]))).toBe(60_000);
  });
});
