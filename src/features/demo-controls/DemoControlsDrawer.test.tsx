import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

/** Opens the Demo controls drawer over the Connections page, with a fault injected and the DBC session expired. */
async function openDrawer(locale: 'en' | 'zh-CN' = 'en') {
  const app = await renderApp('/settings/connections', { connections: ['dbc', 'zstack'], locale });
  app.fault({ provider: 'zstack', route: '/vm-instances', error: { code: 'SYS.1000', message: 'down', status: 503 } });
  app.backend.env.faults.setFlags('dbc', { sessionExpired: true });
  await app.user.click(await screen.findByTestId('demo-controls-open'));
  const drawer = await screen.findByTestId('demo-controls');
  await within(drawer).findByTestId('fault-list');
  return { app, drawer };
}

async function confirmReset(app: Awaited<ReturnType<typeof renderApp>>, drawer: HTMLElement, uncheck?: RegExp) {
  await app.user.click(within(drawer).getByTestId('demo-reset'));
  const confirm = await screen.findByRole('tooltip');
  if (uncheck) await app.user.click(within(confirm).getByRole('checkbox', { name: uncheck }));
  await app.user.click(within(confirm).getByRole('button', { name: 'Reset demo data' }));
}

describe('Demo controls: Reset demo data', () => {
  it('also clears the injected faults and the expired session', async () => {
    const { app, drawer } = await openDrawer();
    await confirmReset(app, drawer);
    await waitFor(() => expect(within(drawer).getByText('No faults: the emulators answer normally.')).toBeInTheDocument());
    expect(app.backend.env.faults.rules()).toEqual([]);
    expect(app.backend.env.faults.flags('dbc')).toEqual({});
    expect(app.requests.filter((r) => r.provider === 'control' && r.method === 'POST' && r.path === '/reset')).toHaveLength(1);
  });

  it('keeps the faults when their box is unchecked in the confirmation', async () => {
    const { app, drawer } = await openDrawer();
    await app.user.click(within(drawer).getByTestId('demo-reset'));
    expect(await screen.findByRole('checkbox', { name: 'Injected faults (1)' })).toBeChecked();
    await app.user.click(screen.getByRole('button', { name: 'Cancel' }));
    await confirmReset(app, drawer, /Injected faults/);
    await waitFor(() => expect(app.backend.env.faults.flags('dbc')).toEqual({}));
    expect(app.backend.env.faults.rules()).toHaveLength(1);
    expect(within(drawer).getByTestId('fault-list')).toHaveTextContent('/vm-instances');
  });
});

describe('Demo controls in zh-CN', () => {
  it('the fault form’s placeholders are Chinese', async () => {
    const { drawer } = await openDrawer('zh-CN');
    const form = within(drawer).getByTestId('fault-form');
    expect(within(form).getByPlaceholderText('例如 /api/v1/tasks')).toBeInTheDocument();
    expect(within(form).getByPlaceholderText('例如 list task timeout')).toBeInTheDocument();
    expect(within(form).getByPlaceholderText('例如 -1')).toBeInTheDocument();
  });
});

describe('Demo controls: DBC transfer stall', () => {
  it('the switch sets the emulator flag that makes the next image transfer stall', async () => {
    const { app, drawer } = await openDrawer();
    const toggle = within(drawer).getByRole('switch', { name: 'Next image transfer stalls half way' });
    expect(toggle).not.toBeChecked();
    await app.user.click(toggle);
    await waitFor(() => expect(app.backend.env.faults.flags('dbc').transferStalls).toBe(true));
    await waitFor(() => expect(toggle).toBeChecked());
  });
});
