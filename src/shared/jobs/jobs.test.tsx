import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { JobCheck, JobSpec } from '@/domain/jobs/types';
import { parseAppConfig } from '@/domain/connections/config';
import type * as Polling from '../polling';
import { useConnectionStore } from '../connections/store';
import { snapshotKeys, vmKeys } from '../queryKeys';
import { jobCheckKey, JobTracker } from './JobTracker';
import { trackJob, useJobs } from './store';

const checks: JobCheck[] = [];
const checkJob = vi.fn(async (_spec: JobSpec): Promise<JobCheck> => checks.shift() ?? { status: 'running' });

vi.mock('../connections/runtime', () => ({ runtime: () => ({ checkJob }) }));
vi.mock('../polling', async (original) => ({ ...(await original<typeof Polling>()), FAST_POLL_MS: 20 }));

const spec: JobSpec = { kind: 'dbc-task', nodeId: 'n', taskId: 't', success: ['running'], failure: ['create error'] };
const newJob = () => trackJob({ connectionId: 'demo-dbc', provider: 'dbc', action: 'vm.create', target: { kind: 'vm', id: 't', name: 'gpu-box' }, spec });

describe('jobs store', () => {
  beforeEach(() => useJobs.setState({ jobs: [] }));

  it('a job runs until a check ends it; later checks do not reopen it', () => {
    const id = newJob();
    useJobs.getState().applyCheck(id, { status: 'running', progress: 40, providerStatus: 'creating' }, 1000);
    expect(useJobs.getState().jobs[0]).toMatchObject({ status: 'running', progress: 40, providerStatus: 'creating' });
    useJobs.getState().applyCheck(id, { status: 'failed', providerStatus: 'create error', error: { code: 'create error', message: 'image not found' } }, 2000);
    useJobs.getState().applyCheck(id, { status: 'succeeded' }, 3000);
    expect(useJobs.getState().jobs[0]).toMatchObject({ status: 'failed', finishedAt: 2000, error: { message: 'image not found' } });
  });

  it('is persisted to localStorage so a reload resumes watching', () => {
    newJob();
    expect(localStorage.getItem('vmdeck.jobs')).toContain('gpu-box');
  });

  it('keeps at most 200 jobs, dropping the oldest finished first', () => {
    for (let i = 0; i < 201; i++) {
      const id = newJob();
      if (i === 0) useJobs.getState().applyCheck(id, { status: 'succeeded' });
    }
    const { jobs } = useJobs.getState();
    expect(jobs).toHaveLength(200);
    expect(jobs.every((job) => job.status === 'running')).toBe(true);
  });
});

describe('JobTracker', () => {
  beforeEach(() => {
    useJobs.setState({ jobs: [] });
    checks.length = 0;
    checkJob.mockClear();
    const config = parseAppConfig({ connections: [{ id: 'demo-dbc', provider: 'dbc', name: 'DBC', baseUrl: '/mock/dbc' }] });
    if (config.ok) useConnectionStore.getState().initFromConfig(config.config);
  });

  it('polls a running job to its end, then stops polling and refreshes that connection’s VMs', async () => {
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    checks.push({ status: 'running', providerStatus: 'creating' }, { status: 'succeeded', providerStatus: 'running' });
    const id = newJob();
    render(
      <QueryClientProvider client={queryClient}>
        <JobTracker />
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(useJobs.getState().jobs.find((j) => j.id === id)).toMatchObject({ status: 'succeeded', providerStatus: 'running' }), { timeout: 10_000 });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: vmKeys.connection('demo-dbc') });
    expect(checkJob).toHaveBeenCalledWith(spec);
    // Polling stopped: the job's watcher is gone, so nothing observes its check and no refetch interval is left to fire.
    await vi.waitFor(() => expect(queryClient.getQueryCache().find({ queryKey: jobCheckKey(id) })?.getObserversCount()).toBe(0), { timeout: 10_000 });
  });

  it('refreshes what the job itself names (its action’s refresh), not everything of the connection', async () => {
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    checks.push({ status: 'succeeded' });
    const id = trackJob({ connectionId: 'demo-dbc', provider: 'dbc', action: 'snapshot.delete', target: { kind: 'snapshot', id: 's', name: 's' }, spec, refresh: [snapshotKeys.connection('demo-dbc')] });
    render(
      <QueryClientProvider client={queryClient}>
        <JobTracker />
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(useJobs.getState().jobs.find((j) => j.id === id)?.status).toBe('succeeded'), { timeout: 10_000 });
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([snapshotKeys.connection('demo-dbc')]);
  });

  it('a job whose connection was removed is marked unknown (orphaned) and never polled', async () => {
    const id = trackJob({ connectionId: 'removed', provider: 'dbc', action: 'vm.create', target: { kind: 'vm', id: 't', name: 'gpu-box' }, spec });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <JobTracker />
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(useJobs.getState().jobs.find((j) => j.id === id)).toMatchObject({ status: 'unknown', unknownReason: 'orphaned' }));
    expect(checkJob).not.toHaveBeenCalled();
  });

  it('a job past its maximum age stops being polled after one more check; "check again" watches it anew', async () => {
    const queryClient = new QueryClient();
    const threeHoursAgo = Date.now() - 3 * 60 * 60_000;
    const id = trackJob({ connectionId: 'demo-dbc', provider: 'dbc', action: 'vm.create', target: { kind: 'vm', id: 't', name: 'gpu-box' }, spec }, threeHoursAgo);
    render(
      <QueryClientProvider client={queryClient}>
        <JobTracker />
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(useJobs.getState().jobs.find((j) => j.id === id)).toMatchObject({ status: 'unknown', unknownReason: 'expired' }));
    expect(checkJob).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(queryClient.getQueryCache().find({ queryKey: jobCheckKey(id) })?.getObserversCount()).toBe(0));

    checks.push({ status: 'succeeded', providerStatus: 'running' });
    useJobs.getState().checkAgain(id);
    expect(useJobs.getState().jobs.find((j) => j.id === id)).toMatchObject({ status: 'running', unknownReason: undefined });
    await vi.waitFor(() => expect(useJobs.getState().jobs.find((j) => j.id === id)).toMatchObject({ status: 'succeeded' }), { timeout: 10_000 });
  });
});
