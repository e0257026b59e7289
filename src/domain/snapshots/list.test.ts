import { ProviderError } from '@/api/errors';
import { PER_PROVIDER_CONCURRENCY } from '../fanout';
import type { VsdContext } from '../providers/vsd';
import type { Vm } from '../vms/types';
import { listPerVm } from './list';
import { vsdSnapshot } from './testing';
import type { SnapshotNode } from './types';
import { createVsdSnapshotService } from './vsd';

/** One macrotask turn (no timer): every read yields, so the fan-out's reads overlap. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

const vm = (i: number): Vm => ({
  key: `c/vm-${i}`,
  connectionId: 'c',
  provider: 'vsd',
  id: `vm-${i}`,
  name: `VM ${i}`,
  status: 'running',
  providerStatus: 'running',
  location: { kind: 'cluster', id: 'cl' },
  login: [],
});

const node = (id: string, vmId: string): SnapshotNode => ({ id, name: id, kind: 'disk', disks: [], status: 'ready', providerStatus: '', group: vmId, resource: { kind: 'vm', id: vmId } });

describe('listPerVm (vsd, DBC: one read per VM)', () => {
  it('reads every VM through the limiter; a failing VM is a failure beside the others, list failures carried over', async () => {
    const vms = Array.from({ length: 20 }, (_, i) => vm(i));
    let inFlight = 0;
    let peak = 0;
    const failure = new ProviderError({ provider: 'vsd', httpStatus: 500, code: '5001', message: 'down', kind: 'server', retriable: true });
    const result = await listPerVm(
      'vsd',
      'c',
      async () => ({ vms, failures: [{ source: 'cl page 1', error: failure }] }),
      async (v) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await tick();
        inFlight--;
        if (v.id === 'vm-7') throw failure;
        return [node(`${v.id}-a`, v.id), node(`${v.id}-b`, v.id)];
      },
    );
    expect(peak).toBeLessThanOrEqual(PER_PROVIDER_CONCURRENCY);
    expect(peak).toBeGreaterThan(1);
    expect(result.entries).toHaveLength(38);
    expect(result.entries[0]).toMatchObject({ key: 'c/vm-0-a', connectionId: 'c', provider: 'vsd', vm: { id: 'vm-0', name: 'VM 0' }, resource: { kind: 'vm', id: 'vm-0' } });
    expect(result.failures.map((f) => f.source)).toEqual(['cl page 1', 'VM 7']);
  });

  it('vsd service: one snapshot list call per VM, names and memory kind kept, VM names attached', async () => {
    const calls: string[] = [];
    const ctx = {
      connection: { id: 'demo-vsd' },
      scope: { cluster_uuid: 'cl' },
      read: <T,>(call: () => Promise<T>) => call(),
      snapshots: {
        list: async (q: { compute_uuid: string }) => {
          calls.push(q.compute_uuid);
          await tick();
          return { list: q.compute_uuid === 'vm-1' ? [vsdSnapshot('origin', 1631166673), vsdSnapshot('mem', 1631166700, { domain_memory: 'true' })] : [] };
        },
      },
    } as unknown as VsdContext;
    const service = createVsdSnapshotService(ctx, { list: async () => ({ vms: [vm(0), vm(1)], failures: [] }) });
    const { entries, failures } = await service.list();
    expect(calls.sort()).toEqual(['vm-0', 'vm-1']);
    expect(failures).toEqual([]);
    expect(entries.map((e) => [e.name, e.kind, e.vm?.name])).toEqual([
      ['origin', 'disk', 'VM 1'],
      ['mem', 'memoryAndDisk', 'VM 1'],
    ]);
  });
});
