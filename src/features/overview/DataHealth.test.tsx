import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

describe('overview data health', () => {
  it('on a page that reads no connection the header claims nothing (not "0/2"), and counts once the overview has checked', async () => {
    const app = await renderApp('/settings/preferences', { connections: ['dbc', 'zstack'] });
    const badge = screen.getByTestId('header-health-badge');
    expect(badge).toHaveTextContent(/^2$/);
    expect(badge.querySelector('[aria-label]')?.getAttribute('aria-label') ?? badge.getAttribute('aria-label')).toContain('2 not checked yet');
    app.fault({ provider: 'zstack', route: 'vm-instances', method: 'GET', errorRate: 1, error: { status: 500, message: 'internal error' } });
    await act(() => app.router.navigate({ to: '/' }));
    await waitFor(() => expect(screen.getByTestId('header-health-badge')).toHaveTextContent('1/2'), { timeout: 15_000 });
  });

  it('a refused DBC session and a failing ZStack list: not "signed in" nor healthy, each read failure listed once in the last errors', async () => {
    const app = await renderApp('/settings/preferences', { connections: ['dbc', 'zstack'] });
    app.backend.env.faults.setFlags('dbc', { sessionExpired: true });
    app.fault({ provider: 'zstack', route: 'vm-instances', method: 'GET', errorRate: 1, error: { status: 500, message: 'internal error' } });
    await act(() => app.router.navigate({ to: '/' }));

    const auth = await screen.findByTestId('health-auth-demo-dbc', {}, { timeout: 15_000 });
    await waitFor(() => expect(auth).toHaveTextContent('Session refused'));
    expect(within(auth).getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/nodes?connection=demo-dbc');
    expect(screen.getByTestId('health-freshness-demo-dbc')).toHaveTextContent(/Updated .* ago/);
    // Both reach their hosts, neither is healthy: the headline and the header say so.
    await waitFor(() => expect(screen.getByTestId('stat-healthy')).toHaveTextContent('0/ 2'));
    expect(screen.getByTestId('header-health-badge')).toHaveTextContent('0/2');

    const errors = screen.getByTestId('overview-errors');
    await within(errors).findByText('Read failed: VM list of ZStack demo');
    await within(errors).findByText('Read failed: VM list of DBC demo client');
    // Failing again (a refetch, a poll) does not add copies while the read has not recovered.
    await act(() => app.queryClient.refetchQueries({ queryKey: ['vms'] }));
    await act(() => app.queryClient.refetchQueries({ queryKey: ['vms'] }));
    // ZStack's connection check reads the VM list too (one instance, with the count): its own entry.
    expect(within(errors).getAllByText(/^Read failed: /).map((entry) => entry.textContent).sort()).toEqual([
      'Read failed: Connection check of ZStack demo',
      'Read failed: VM list of DBC demo client',
      'Read failed: VM list of ZStack demo',
    ]);
    expect(app.requests.matching('GET', 'vm-instances', 'zstack').length).toBeGreaterThanOrEqual(3);
  });
});
