import { ProviderError } from '@/api/errors';
import type { DbcTaskDetail, DbcTaskSummary } from '@/api/dbc/types';
import { providerLimiter } from '../fanout';
import type { DbcContext } from '../providers/dbc';
import { createDbcVmService } from './dbc';

const nodes = Array.from({ length: 40 }, (_, i) => i.toString(16).padStart(64, '0'));
/** One macrotask turn (no timer): every call yields, so the fan-out's calls overlap. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A fake DBC client: each node has 3 tasks; one node fails; every call yields a turn so calls overlap. */
function fakeContext(failing: string) {
  let inFlight = 0;
  let peak = 0;
  const track = async <T>(value: () => T): Promise<T> => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await tick();
    inFlight--;
    return value();
  };
  const client = {
    listTasks: (nodeId: string) =>
      track((): DbcTaskSummary[] => {
        if (nodeId === failing) throw new ProviderError({ provider: 'dbc', httpStatus: 200, code: '-3', message: 'check authority failed: machine has already expired', kind: 'auth', retriable: false });
        return [0, 1, 2].map((i) => ({ task_id: `${nodeId.slice(-4)}-${i}`, create_time: '2024-01-01 00:00:00', desc: '', status: 'running' }));
      }),
    getTask: (_nodeId: string, _auth: object, taskId: string) =>
      track(() => ({ task_id: taskId, status: 'running', create_time: '2024-01-01 00:00:00', desc: '', ssh_ip: '198.51.100.1', ssh_port: '22', vnc_port: '5900', cpu_cores: 2, gpu_count: 1, mem_size: '8G', disks: [] }) as unknown as DbcTaskDetail),
  };
  const listCalls: string[] = [];
  const listTasks = client.listTasks;
  client.listTasks = (nodeId: string) => {
    listCalls.push(nodeId);
    return listTasks(nodeId);
  };
  const ctx = { connection: { id: 'c', options: { era: 'current' } }, auth: () => ({}), nodeIds: () => nodes, client, readClient: () => client } as unknown as DbcContext;
  return { ctx, peak: () => peak, listCalls };
}

describe('DBC VM list fan-out', () => {
  it('caps requests in flight at 6, keeps going past a failing node, and reports it with its id', async () => {
    const failing = nodes[7]!;
    const fake = fakeContext(failing);
    const { vms, failures } = await createDbcVmService(fake.ctx).list();
    expect(fake.peak()).toBe(6);
    expect(vms).toHaveLength(39 * 3);
    expect(failures).toEqual([{ source: failing, error: expect.objectContaining({ kind: 'auth' }) }]);
    expect(providerLimiter('dbc').active()).toBe(0);
  });

  it('get() asks the node list() found the task on', async () => {
    const fake = fakeContext('none');
    const service = createDbcVmService(fake.ctx);
    await service.list();
    const vm = await service.get(`${nodes[12]!.slice(-4)}-1`);
    expect(vm.location.id).toBe(nodes[12]);
  });

  it('get() on a direct link asks nodes in order and stops once one has the task', async () => {
    const fake = fakeContext('none');
    const vm = await createDbcVmService(fake.ctx).get(`${nodes[2]!.slice(-4)}-0`);
    expect(vm.location.id).toBe(nodes[2]);
    // Nodes 0-5 were already in flight (6 slots) when node 2 answered; nodes 6..39 never got a request.
    expect(fake.listCalls.length).toBeLessThanOrEqual(8);
    expect(fake.listCalls.slice(0, 3)).toEqual(nodes.slice(0, 3));
  });

  it('reports partial lists with progress while nodes answer, then the full list without progress', async () => {
    const fake = fakeContext(nodes[3]!);
    const partials: Array<{ vms: number; done: number; total: number; failures: number }> = [];
    const full = await createDbcVmService(fake.ctx).list({
      onPartial: ({ vms, progress, failures }) => partials.push({ vms: vms.length, done: progress!.done, total: progress!.total, failures: failures.length }),
    });
    expect(full.progress).toBeUndefined();
    expect(full.vms).toHaveLength(39 * 3);
    // The first node to finish is reported at once; later ones are throttled (every call yields a turn here).
    expect(partials[0]).toMatchObject({ done: 1, total: 40 });
    expect(partials.every((p, i) => i === 0 || p.done >= partials[i - 1]!.done)).toBe(true);
    // Each answered node brings its 3 VMs, the failing one its failure instead.
    expect(partials.every((p) => p.vms === 3 * (p.done - p.failures))).toBe(true);
  });
});
