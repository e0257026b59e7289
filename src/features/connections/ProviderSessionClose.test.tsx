import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import type { VmListResult } from '@/domain/vms/types';
import { renderApp } from '@/test/renderApp';

type App = Awaited<ReturnType<typeof renderApp>>;

/** OAuth sessions the ZStack emulator holds (LogInByAccount adds one, LogOut removes it). */
const zstackSessions = (app: App) => (app.backend.emulators.zstack.snapshot() as { sessions: { uuid: string }[] }).sessions.map((s) => s.uuid);
const logouts = (app: App) => app.requests.matching('DELETE', /\/zstack\/v1\/accounts\/sessions\//, 'zstack');

describe('ZStack sessions are logged out', () => {
  it('"Test connection" in the form logs out the session its probe opened', async () => {
    const app = await renderApp('/settings/connections', { connections: ['dbc'] });
    const before = zstackSessions(app);
    await app.user.click(await screen.findByTestId('add-connection'));
    const dialog = await screen.findByRole('dialog');
    const field = (label: string) => formField(dialog, label).control;
    await app.user.click(field('Provider'));
    await app.user.click(await screen.findByTitle('ZStack'));
    await app.user.type(field('Name'), 'Probe ZStack');
    await app.user.type(field('Base URL'), '/mock/zstack');
    await app.user.type(field('Password'), 'password');
    await app.user.click(within(dialog).getByRole('button', { name: 'Test connection' }));

    await waitFor(() => expect(logouts(app)).toHaveLength(1));
    expect(app.requests.matching('PUT', '/zstack/v1/accounts/login', 'zstack')).toHaveLength(1);
    await waitFor(() => expect(zstackSessions(app)).toEqual(before));
  });

  it('removing a connection logs out its session and drops its cached VMs', async () => {
    const app = await renderApp('/vms', { connections: ['zstack'] });
    await waitFor(() => expect(app.queryClient.getQueryData(['vms', 'demo-zstack', 'list'])).toBeDefined());
    const [login] = app.requests.matching('PUT', '/zstack/v1/accounts/login', 'zstack');
    expect(login).toBeDefined();
    const opened = zstackSessions(app);

    await app.router.navigate({ to: '/settings/connections' });
    const table = await screen.findByTestId('connections-table');
    await app.user.click(within(table).getByRole('button', { name: 'Remove' }));
    const confirm = await screen.findByRole('tooltip');
    await app.user.click(within(confirm).getByRole('button', { name: 'Remove' }));

    await waitFor(() => expect(logouts(app)).toHaveLength(1));
    const ended = logouts(app)[0]?.path.split('/').at(-1);
    expect(opened).toContain(ended);
    await waitFor(() => expect(zstackSessions(app)).not.toContain(ended));
    expect(app.queryClient.getQueryCache().findAll({ queryKey: ['vms', 'demo-zstack'] })).toEqual([]);
  });

  it('"Sign out" on the Connections page logs the session out; the VM page then says signed out', async () => {
    const app = await renderApp('/vms', { connections: ['zstack'] });
    await waitFor(() => expect(app.queryClient.getQueryData(['vms', 'demo-zstack', 'list'])).toBeDefined());
    const vm = app.queryClient.getQueryData<VmListResult>(['vms', 'demo-zstack', 'list'])?.vms[0];
    if (!vm) throw new Error('the ZStack demo has no VM');
    const opened = zstackSessions(app);

    await app.router.navigate({ to: '/settings/connections' });
    const table = await screen.findByTestId('connections-table');
    await app.user.click(within(table).getByTestId('sign-out-demo-zstack'));

    await waitFor(() => expect(logouts(app)).toHaveLength(1));
    const ended = logouts(app)[0]?.path.split('/').at(-1);
    expect(opened).toContain(ended);
    await waitFor(() => expect(zstackSessions(app)).not.toContain(ended));
    // Nothing left to sign out of.
    expect(within(table).queryByTestId('sign-out-demo-zstack')).toBeNull();

    const sentBefore = app.requests.length;
    await app.router.navigate({ to: '/vms/$connectionId/$vmId', params: { connectionId: 'demo-zstack', vmId: vm.id } });
    const notice = await screen.findByTestId('signed-out-demo-zstack');
    expect(within(notice).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/settings/connections');
    expect(screen.queryByTestId('vm-title')).toBeNull();
    // Signed out: the page asks ZStack nothing.
    expect(app.requests.slice(sentBefore).filter((request) => request.provider === 'zstack')).toEqual([]);
  });
});
