import { act, screen, waitFor, within } from '@testing-library/react';
import { vmKeys } from '@/shared/queryKeys';
import { trackJob, useJobs } from '@/shared/jobs/store';
import { renderApp } from '@/test/renderApp';
import { useLastVmSearch } from '../list/lastSearch';

/** A running DBC task of the demo renter (mocks/dbc/seed.ts). */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };

async function openVm(id: string) {
  const app = await renderApp(`/vms/demo-dbc/${id}`, { connections: ['dbc'] });
  expect(await screen.findByTestId('vm-title')).toHaveTextContent(RUNNING.name);
  return app;
}

/** Deletes the open VM from its detail page: Delete, then the confirmation's Delete. */
async function deleteFromDetail(app: Awaited<ReturnType<typeof renderApp>>) {
  await app.user.click(within(screen.getByTestId('vm-actions')).getByRole('button', { name: 'Delete' }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveTextContent(`Delete "${RUNNING.name}"?`);
  await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));
}

describe('a deleted VM', () => {
  it('deleting from the detail page lands on the VM list once the provider accepts it (one request sent)', async () => {
    const app = await openVm(RUNNING.id);
    await deleteFromDetail(app);
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/vms'));
    expect(await screen.findByText(`Delete started for ${RUNNING.name}; follow it in Jobs`)).toBeInTheDocument();
    expect(await screen.findByTestId('vms-search')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('vm-title')).toBeNull());
    expect(app.requests.matching('POST', `/tasks/delete/${RUNNING.id}`)).toHaveLength(1);
  });

  it('the list it lands on keeps the filters the user left it with', async () => {
    const app = await openVm(RUNNING.id);
    useLastVmSearch.getState().remember({ provider: 'dbc', status: 'running,unknown' });
    await deleteFromDetail(app);
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/vms'));
    expect(app.router.state.location.search).toMatchObject({ provider: 'dbc', status: 'running,unknown' });
  });

  it('a VM seen on its page and then gone (deleted elsewhere) leaves for the list, saying it was deleted', async () => {
    const app = await openVm(RUNNING.id);
    // From now on the node answers its detail read as for a task it no longer has (mocks/dbc/http/tasks.ts).
    app.fault({ provider: 'dbc', route: `/api/v1/tasks/${RUNNING.id}`, method: 'POST', error: { status: 200, code: '-3', message: 'task_id not exist' } });
    await act(() => app.queryClient.refetchQueries({ queryKey: vmKeys.detail('demo-dbc', RUNNING.id) }));
    expect(await screen.findByText(`"${RUNNING.name}" was deleted.`)).toBeInTheDocument();
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/vms'));
  });

  it('a URL of a VM that never existed keeps its not-found page', async () => {
    const app = await renderApp('/vms/demo-dbc/NoSuchTask0000000000000', { connections: ['dbc'] });
    expect(await screen.findByTestId('vm-detail-error')).toBeInTheDocument();
    expect(app.router.state.location.pathname).toBe('/vms/demo-dbc/NoSuchTask0000000000000');
  });

  it('its jobs name it as plain text with "(deleted)" once the delete job has ended, instead of linking to it', async () => {
    const app = await openVm(RUNNING.id);
    // An earlier job of this VM (a synchronous one, listed as done).
    trackJob({ connectionId: 'demo-dbc', provider: 'dbc', action: 'vm.modify', target: { kind: 'vm', id: RUNNING.id, name: RUNNING.name }, spec: { kind: 'immediate' } });
    await deleteFromDetail(app);
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/vms'));
    app.clock.advance(60_000);
    await waitFor(() => expect(useJobs.getState().jobs.find((job) => job.action === 'vm.delete')).toMatchObject({ status: 'succeeded' }), { timeout: 15_000 });

    await app.user.click(screen.getByTestId('jobs-open'));
    const drawer = within(await screen.findByTestId('jobs-drawer'));
    const rows = drawer.getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(within(row).getByTestId('job-target-deleted')).toHaveTextContent(`${RUNNING.name} (deleted)`);
      expect(within(row).queryByRole('link')).toBeNull();
    }
  });

  it('its jobs are not links either when the provider answers "not found" for it (deleted elsewhere)', async () => {
    const app = await renderApp('/jobs', { connections: ['dbc'] });
    trackJob({ connectionId: 'demo-dbc', provider: 'dbc', action: 'vm.modify', target: { kind: 'vm', id: 'GoneElsewhere00000000000', name: 'old box' }, spec: { kind: 'immediate' } });
    const list = within(await screen.findByTestId('job-list'));
    expect(await list.findByRole('link', { name: 'old box' })).toBeInTheDocument();
    // The detail read of that VM answers "not found".
    await app.router.navigate({ to: '/vms/$connectionId/$vmId', params: { connectionId: 'demo-dbc', vmId: 'GoneElsewhere00000000000' } });
    expect(await screen.findByTestId('vm-detail-error')).toBeInTheDocument();
    await app.router.navigate({ to: '/jobs' });
    expect(await screen.findByTestId('job-target-deleted')).toHaveTextContent('old box (deleted)');
    expect(within(screen.getByTestId('job-list')).queryByRole('link', { name: /old box/ })).toBeNull();
  });
});
