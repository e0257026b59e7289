import { act, screen, waitFor, within } from '@testing-library/react';
import { trackJob, useJobs } from '@/shared/jobs/store';
import { renderApp } from '@/test/renderApp';

/** A seeded running DBC task (mocks/dbc/seed.ts): a job waiting for it to be "closed" keeps running. */
const TASK = 'Gq3kZ8vR2mXw9TbN4sLpYc';
const NODE = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const HOUR = 60 * 60_000;

function shutdownJob(connectionId: string, startedAt: number) {
  return trackJob(
    {
      connectionId,
      provider: 'dbc',
      action: 'vm.shutdown',
      target: { kind: 'vm', id: TASK, name: 'LLaMA-2 13B' },
      spec: { kind: 'dbc-task', nodeId: NODE, taskId: TASK, success: ['closed'], failure: ['shutdown error'] },
    },
    startedAt,
  );
}

describe('Jobs no longer watched (issue 13, defect 8)', () => {
  it('a job past its maximum age says "unknown: check the provider"; Check again polls it once more', async () => {
    const app = await renderApp('/jobs', { connections: ['dbc'] });
    let id = '';
    act(() => {
      id = shutdownJob('demo-dbc', Date.now() - 3 * HOUR);
    });
    const row = within(await screen.findByTestId(`job-${id}`));
    expect(await row.findByText('No end after 1 h: the console stopped asking. Check the job at the provider.')).toBeInTheDocument();
    expect(row.getByText('Unknown')).toBeInTheDocument();
    const polls = app.requests.matching('POST', `/api/v1/tasks/${TASK}`).length;
    expect(polls).toBe(1);

    await app.user.click(row.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(app.requests.matching('POST', `/api/v1/tasks/${TASK}`).length).toBeGreaterThan(polls));
    expect(useJobs.getState().jobs.find((job) => job.id === id)?.status).toBe('running');
  });

  it('zh-CN: a job whose connection was removed is unknown, never polled, with no Check again', async () => {
    const app = await renderApp('/jobs', { connections: ['dbc'], locale: 'zh-CN' });
    let id = '';
    act(() => {
      id = shutdownJob('removed-connection', Date.now());
    });
    const row = within(await screen.findByTestId(`job-${id}`));
    expect(await row.findByText('该任务的连接已被移除，不再跟踪。请到服务商处核实。')).toBeInTheDocument();
    expect(row.getByText('未知')).toBeInTheDocument();
    expect(row.queryByRole('button', { name: '重新检查' })).toBeNull();
    expect(app.requests.matching('POST', `/api/v1/tasks/${TASK}`)).toHaveLength(0);
  });
});
