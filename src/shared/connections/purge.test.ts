import { QueryClient } from '@tanstack/react-query';
import type { JobSpec } from '@/domain/jobs/types';
import { jobCheckKey } from '../jobs/JobTracker';
import { trackJob, useJobs } from '../jobs/store';
import { imageKeys, nodeKeys, snapshotKeys, vmKeys } from '../queryKeys';
import { purgeConnection } from './purge';
import { connectionKeys } from './queries';

const spec: JobSpec = { kind: 'zstack-api-job', jobUuid: 'j1' };
const job = (connectionId: string) =>
  trackJob({ connectionId, provider: 'zstack', action: 'snapshot.size', target: { kind: 'snapshot', id: 's', name: 'snap' }, spec });

describe('purgeConnection', () => {
  beforeEach(() => useJobs.setState({ jobs: [] }));

  it("drops every query of the connection and what the provider answered in its jobs; other connections keep theirs", () => {
    const queryClient = new QueryClient();
    const keys = (id: string) => [vmKeys.detail(id, 'vm-1'), nodeKeys.detail(id, 'n'), imageKeys.list(id), snapshotKeys.list(id), connectionKeys.probe(id)];
    for (const id of ['gone', 'kept']) for (const key of keys(id)) queryClient.setQueryData(key, { password: `secret-of-${id}` });
    const [goneJob, keptJob] = [job('gone'), job('kept')];
    for (const id of [goneJob, keptJob]) {
      queryClient.setQueryData(jobCheckKey(id), { status: 'failed' });
      useJobs.getState().applyCheck(id, { status: 'failed', result: { size: 1 }, error: { code: 'E', message: 'failed', details: 'raw provider body' } });
    }

    purgeConnection(queryClient, 'gone');

    expect(keys('gone').map((key) => queryClient.getQueryData(key))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(queryClient.getQueryData(jobCheckKey(goneJob))).toBeUndefined();
    expect(keys('kept').map((key) => queryClient.getQueryData(key))).toEqual(Array(5).fill({ password: 'secret-of-kept' }));
    const [gone, kept] = [goneJob, keptJob].map((id) => useJobs.getState().jobs.find((j) => j.id === id));
    expect(gone).toMatchObject({ status: 'failed', action: 'snapshot.size', error: { code: 'E', message: 'failed' } });
    expect(gone?.result).toBeUndefined();
    expect(gone?.error?.details).toBeUndefined();
    expect(kept).toMatchObject({ result: { size: 1 }, error: { details: 'raw provider body' } });
  });
});
