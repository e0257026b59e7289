import { screen, waitFor, within } from '@testing-library/react';
import { connectionQueryKeys } from '@/shared/connections/purge';
import { renderApp } from '@/test/renderApp';

/** A seeded running VM of the demo renter (mocks/dbc/seed.ts), with a login password the node reports. */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };

describe('VM detail after signing out', () => {
  it('shows no password, no copy button and keeps nothing read before in the query cache', async () => {
    const app = await renderApp(`/vms/demo-dbc/${RUNNING.id}`, { connections: ['dbc'] });
    expect(await screen.findByTestId('vm-title')).toHaveTextContent(RUNNING.name);
    const saved = app.backend.emulators.dbc.snapshot() as { state: { tasks: { taskId: string; loginPassword: string }[] } };
    const password = saved.state.tasks.find((task) => task.taskId === RUNNING.id)?.loginPassword;
    if (!password) throw new Error('seeded task has no password');
    // Before: the connect card offers the password's copy button.
    expect(within(screen.getByTestId('vm-connect')).getAllByRole('button', { name: /^Copy .*Password/ }).length).toBeGreaterThan(0);

    await app.router.navigate({ to: '/nodes', search: { connection: 'demo-dbc' } });
    await app.user.click(await screen.findByTestId('renter-sign-out'));
    app.router.history.back();

    // Before the fix the page kept the old VM, its connect card and login tab (a refetch without a session fails).
    await waitFor(() => expect(screen.queryByTestId('vm-connect')).not.toBeInTheDocument());
    expect(screen.queryByTestId('login-info')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Copy / })).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(password);
    const notice = screen.getByTestId('signed-out-demo-dbc');
    expect(notice).toHaveTextContent('Signed out of');
    expect(within(notice).getByRole('link', { name: 'Sign in again' })).toBeInTheDocument();
    // Pages still open (the Nodes page) may read again without a session; nothing from before stays.
    const cached = connectionQueryKeys('demo-dbc').flatMap((queryKey) => app.queryClient.getQueryCache().findAll({ queryKey }));
    expect(cached.filter((query) => JSON.stringify(query.state.data ?? null).includes(password)).map((query) => query.queryKey)).toEqual([]);
    expect(app.queryClient.getQueryData(['vms', 'demo-dbc', 'detail', RUNNING.id])).toBeUndefined();
  });
});
