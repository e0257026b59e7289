import { QueryClient } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import { jobEnded, useJobs } from '../jobs/store';
import { snapshotKeys, vmKeys } from '../queryKeys';
import { settleAction } from './settle';

const connection = { id: 'demo-zstack', provider: 'zstack', name: 'ZStack' } as Connection;
const target = { kind: 'snapshot', id: 's-1', name: 'before-upgrade' } as const;

describe('settleAction: the one end of an accepted action', () => {
  beforeEach(() => useJobs.setState({ jobs: [] }));

  it('tracks each provider job with what it refreshes, and refreshes that at once', () => {
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const refresh = [snapshotKeys.connection(connection.id), vmKeys.connection(connection.id)];
    const ids = settleAction(queryClient, { connection, action: 'snapshot.create', target, jobs: [{ kind: 'zstack-api-job', jobUuid: 'j1' }, { kind: 'zstack-api-job', jobUuid: 'j2' }], refresh });
    expect(ids).toHaveLength(2);
    expect(useJobs.getState().jobs.map((j) => [j.status, j.action, j.refresh])).toEqual([
      ['running', 'snapshot.create', refresh],
      ['running', 'snapshot.create', refresh],
    ]);
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual(refresh);
  });

  it('lists a synchronous action as done (never polled)', async () => {
    const [id] = settleAction(new QueryClient(), { connection, action: 'snapshot.modify', target, jobs: [], refresh: [] });
    expect(useJobs.getState().jobs[0]).toMatchObject({ id, status: 'succeeded', progress: 100, spec: { kind: 'immediate' } });
    await expect(jobEnded(id!)).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('jobEnded waits for the poll that ends the job', async () => {
    const [id] = settleAction(new QueryClient(), { connection, action: 'snapshot.delete', target, jobs: [{ kind: 'zstack-api-job', jobUuid: 'j3' }], refresh: [] });
    let ended: unknown;
    void jobEnded(id!).then((job) => (ended = job));
    useJobs.getState().applyCheck(id!, { status: 'running', progress: 50 });
    await Promise.resolve();
    expect(ended).toBeUndefined();
    useJobs.getState().applyCheck(id!, { status: 'failed', error: { code: 'SYS.1000', message: 'disk gone' } });
    await vi.waitFor(() => expect(ended).toMatchObject({ status: 'failed', error: { code: 'SYS.1000' } }));
  });
});
