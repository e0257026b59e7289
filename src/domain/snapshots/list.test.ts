import { ProviderError } from '@/api/errors';
import { PER_PROVIDER_CONCURRENCY } from '../fanout';
import type { Idc51Context } from '../providers/idc51';
import type { VsdContext } from '../providers/vsd';
import { createIdc51SnapshotService, IDC51_SNAPSHOT_PAGE } from './idc51';
import type { Vm } from '../vms/types';
import { listPerVm } from './list';
import { idc51Point, vsdSnapshot } from './testing';
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

  it('51idc: the zone’s backups page by page; a volume backup belongs to the instance the volume is on', async () => {
    const points = Array.from({ length: 130 }, (_, i) =>
      idc51Point(`ss-${i}`, i === 0 ? { resource: { resource_id: 'ins-A', resource_name: 'web-01', resource_type: 'instance' } } : i === 1 ? { resource: { resource_id: 'vol-LOOSE', resource_name: 'spare', resource_type: 'volume' } } : {}),
    );
    const pages: number[] = [];
    const ctx = {
      connection: { id: 'demo-idc51' },
      zone: 'ac1',
      read: <T,>(call: () => Promise<T>) => call(),
      snapshots: {
        list: async (_zone: string, q: { offset: number; limit: number }) => {
          pages.push(q.offset);
          return { snapshots: points.slice(q.offset, q.offset + q.limit), total_count: points.length };
        },
      },
      client: {
        listInstances: async () => ({ instances: [{ instance_id: 'ins-A', instance_name: 'web-01', volumes: [{ volume_id: 'vol-SACNVJNS', volume_name: 'db-data', volume_type: 0, size: 100 }] }], total_count: 1 }),
      },
    } as unknown as Idc51Context;
    const { entries, failures } = await createIdc51SnapshotService(ctx).list();
    expect(pages).toEqual([0, IDC51_SNAPSHOT_PAGE]);
    expect(failures).toEqual([]);
    expect(entries).toHaveLength(130);
    expect(entries[0]).toMatchObject({ resource: { kind: 'vm', id: 'ins-A' }, vm: { id: 'ins-A', name: 'web-01' } });
    expect(entries[1]!.vm).toBeUndefined();
    expect(entries[2]).toMatchObject({ resource: { kind: 'volume', id: 'vol-SACNVJNS', name: 'db-data' }, vm: { id: 'ins-A', name: 'web-01' }, sizeBytes: 1024 * 1024 * 1024 });
  });
});
