import type { Idc51Context } from '../providers/idc51';
import { createIdc51SnapshotService } from './idc51';

describe('51idc snapshot tree reads', () => {
  it('an instance with more disks than the limiter has slots still loads (no slot held while its pages wait)', async () => {
    const volumes = Array.from({ length: 9 }, (_, i) => ({ volume_id: `vol-${i}`, volume_name: `disk-${i}` }));
    const pagesRead: string[] = [];
    const ctx = {
      zone: 'z1',
      read: <T>(call: () => Promise<T>) => call(),
      client: { listInstances: () => Promise.resolve({ instances: [{ instance_id: 'ins-1', instance_name: 'web', volumes }], total_count: 1 }) },
      snapshots: {
        list: (_zone: string, q: { resource_id?: string }) => {
          pagesRead.push(q.resource_id ?? '');
          return Promise.resolve({ snapshots: [], total_count: 0 });
        },
      },
    } as unknown as Idc51Context;
    const tree = await createIdc51SnapshotService(ctx).tree({ vmId: 'ins-1' });
    expect(pagesRead.sort()).toEqual(['ins-1', ...volumes.map((v) => v.volume_id)].sort());
    expect(tree.positions.map((p) => p.scope.id)).toContain('vol-8');
  });
});
