import { screen, waitFor, within } from '@testing-library/react';
import { useConnectionStore } from '@/shared/connections/store';
import { readSecrets } from '@/shared/connections/secrets';
import { usePreferences } from '@/shared/preferences/store';
import { renderApp } from './renderApp';

/** A DBC task being created on the demo renter's node 58fb… (its create takes minutes of emulator time). */
const CREATING = 'Stable Diffusion WebUI';

describe('renderApp', () => {
  it('starts on the route with the shipped demo connections, their demo credentials and the chosen locale', async () => {
    const app = await renderApp('/settings/connections', { connections: ['zstack', 'vsd'], locale: 'zh-CN' });
    expect(await screen.findByRole('heading', { name: '连接' })).toBeInTheDocument();
    expect(app.router.state.location.pathname).toBe('/settings/connections');
    expect(useConnectionStore.getState().shipped.map((c) => c.connection.id)).toEqual(['demo-zstack', 'demo-vsd']);
    expect(readSecrets('demo-zstack')).toEqual({ password: 'password' });
    // A change a test makes is gone before the next test (checked there).
    useConnectionStore.getState().setActive('demo-vsd', false);
  });

  it('every store starts afresh in the next test', async () => {
    expect(useConnectionStore.getState().shipped).toEqual([]);
    expect(useConnectionStore.getState().activeIds).toBeNull();
    expect(localStorage.length).toBe(0);
    await renderApp('/settings/preferences');
    expect(usePreferences.getState().locale).toBe('en');
  });

  it('the emulators run on the returned clock: a VM being created is running once it is advanced', async () => {
    const app = await renderApp('/vms?provider=dbc&q=Stable', { connections: ['dbc'] });
    const table = await screen.findByTestId('vms-table');
    const row = () => within(table).getByText(CREATING).closest<HTMLElement>('.ant-table-row');
    await waitFor(() => expect(row()).toHaveTextContent('Creating'));

    app.clock.advance(60 * 60_000);
    await app.queryClient.invalidateQueries();
    await waitFor(() => expect(row()).toHaveTextContent('Running'));
  });

  describe('retries', () => {
    // vsd's "not the master node" is transient: the console retries reads that fail with it.
    const notMaster = { provider: 'vsd' as const, route: '/v1/compute/list', times: 1, error: { code: '11057', message: 'not the master node' } };

    it('by default a read fails at once (no backoff to wait through)', async () => {
      const app = await renderApp('/vms', { connections: ['vsd'], emulator: { faults: [notMaster] } });
      expect(await screen.findByText('Could not list the VMs of HCI demo cluster')).toBeInTheDocument();
      expect(app.requests.matching('GET', '/v1/compute/list', 'vsd')).toHaveLength(1);
    });

    it('`app` keeps the console’s policy: a transient failure is retried (without the backoff)', async () => {
      const app = await renderApp('/vms', { connections: ['vsd'], emulator: { faults: [notMaster] }, retries: 'app' });
      await waitFor(() => expect(screen.getByTestId('vms-total')).toHaveTextContent(/^([1-9]\d*) of \1 VMs$/));
      expect(screen.queryByText('Could not list the VMs of HCI demo cluster')).toBeNull();
      expect(app.requests.matching('GET', '/v1/compute/list', 'vsd')).toHaveLength(2);
    });
  });
});
