import { ProviderError } from '@/api/errors';
import { vmWith } from '@/domain/vms/testing';
import type { Capability, Vm } from '@/domain/vms/types';
import { runBulk } from './runBulk';

const vm = (id: string, status: Vm['status']): Vm => ({ ...vmWith('dbc', status, status), id, key: `c/${id}`, name: id });

describe('runBulk', () => {
  const vms = [vm('a', 'running'), vm('b', 'stopped'), vm('c', 'running'), vm('d', 'running')];
  const can = (target: Vm): Capability => (target.status === 'running' ? { allowed: true } : { allowed: false, reason: { key: 'vm.reason.alreadyOff', params: { status: 'closed' } } });

  it('runs the allowed ones, skips the others with their reason, and reports a failure without stopping the rest', async () => {
    const calls: string[] = [];
    const results = await runBulk(vms, 'stop', {
      can,
      run: async (target) => {
        calls.push(target.id);
        if (target.id === 'c') throw new ProviderError({ provider: 'dbc', httpStatus: 200, code: '-1', message: 'boom', kind: 'server', retriable: false });
        return { job: { kind: 'dbc-task', nodeId: 'n', taskId: target.id, success: ['closed'], failure: [] } };
      },
    });
    expect(calls.sort()).toEqual(['a', 'c', 'd']);
    expect(results.map((r) => `${r.vm.id}:${r.outcome}`)).toEqual(['a:succeeded', 'b:skipped', 'c:failed', 'd:succeeded']);
    const failed = results[2]!;
    expect(failed.outcome === 'failed' && (failed.error as ProviderError).code).toBe('-1');
    const skipped = results[1]!;
    expect(skipped.outcome === 'skipped' && skipped.reason.key).toBe('vm.reason.alreadyOff');
  });

  it('never has more than `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const many = Array.from({ length: 10 }, (_, i) => vm(`v${i}`, 'running'));
    await runBulk(many, 'stop', {
      can,
      run: async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        // Every worker starts its request before any answers: a yield is enough, no time has to pass.
        await Promise.resolve();
        inFlight--;
        return {};
      },
    }, 3);
    expect(peak).toBe(3);
  });
});
