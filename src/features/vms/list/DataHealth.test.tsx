import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

/** The VM list's per-connection data health: a refused DBC session, when rows were fetched, stale rows. */
describe('VM list data health', () => {
  it('a refused DBC renter session is said as such with "Sign in again", never as an empty list; the header badge drops it', async () => {
    const app = await renderApp('/vms', { connections: ['dbc'] });
    const freshness = await screen.findByTestId('vms-freshness-demo-dbc');
    await waitFor(() => expect(freshness).toHaveTextContent(/Updated .* ago/));
    await waitFor(() => expect(screen.getByTestId('header-health-badge')).toHaveTextContent('1/1'));

    app.backend.env.faults.setFlags('dbc', { sessionExpired: true });
    await app.user.click(screen.getByRole('button', { name: /Refresh$/ }));

    const alert = await screen.findByTestId('session-refused-demo-dbc');
    expect(alert).toHaveTextContent('DBC demo client: the node refused your renter session');
    expect(alert).toHaveTextContent('check authority failed: session_id is invalid');
    expect(within(alert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/nodes?connection=demo-dbc');
    // The two refused nodes are one cause said once, not two "did not answer" warnings.
    expect(screen.queryByTestId('vms-failure-demo-dbc')).toBeNull();
    // Missing rows are unknown, not "no VMs".
    expect(await screen.findByText('No VMs could be read: 2 source(s) did not answer (see above).')).toBeInTheDocument();
    expect(screen.queryByText('No VMs on the active connections yet.')).toBeNull();
    expect(screen.getByTestId('header-health-badge')).toHaveTextContent('0/1');
    // What the nodes were asked: the VM list of each node with the renter's session.
    expect(app.requests.matching('POST', /^\/api\/v1\/tasks$/, 'dbc').length).toBeGreaterThanOrEqual(4);
  });

  it('ZStack answering 500 on a refetch keeps the old rows marked stale, with the reason and when they were fetched', async () => {
    const app = await renderApp('/vms', { connections: ['zstack'], locale: 'zh-CN' });
    const freshness = await screen.findByTestId('vms-freshness-demo-zstack');
    await waitFor(() => expect(freshness).toHaveTextContent(/更新于/));
    const rowsBefore = (await screen.findAllByRole('row')).length;
    expect(screen.queryByTestId('vms-freshness-demo-zstack-stale')).toBeNull();

    app.fault({ provider: 'zstack', route: 'vm-instances', method: 'GET', errorRate: 1, error: { status: 500, message: 'internal error' } });
    await app.user.click(screen.getByRole('button', { name: /刷新$/ }));

    const stale = await screen.findByTestId('vms-freshness-demo-zstack-stale');
    expect(stale).toHaveTextContent('数据已过时：上次刷新失败（HTTP 500');
    // The old rows still show (marked), not an empty table.
    expect(screen.getAllByRole('row')).toHaveLength(rowsBefore);
    expect(screen.getByTestId('header-health-badge')).toHaveTextContent('0/1');
    expect(app.requests.matching('GET', 'vm-instances', 'zstack').length).toBeGreaterThanOrEqual(2);
  });
});
