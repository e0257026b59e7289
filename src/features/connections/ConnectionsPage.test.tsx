import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import { renderApp } from '@/test/renderApp';

/** Everything the console keeps in a web storage, as one string. */
function stored(storage: Storage): string {
  return Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i) ?? '')}`).join('\n');
}

async function openConnections() {
  const app = await renderApp('/settings/connections');
  const table = await screen.findByTestId('connections-table');
  await within(table).findByText('ZStack demo');
  const row = (name: string) => {
    const tr = within(table).getByText(name).closest('tr');
    if (!tr) throw new Error(`no row for ${name}`);
    return within(tr);
  };
  return { app, table, row };
}

/** Picks an option of an antd Select by its label (options render in a popup outside the form). */
async function pick(app: Awaited<ReturnType<typeof renderApp>>, control: HTMLElement, label: string) {
  await app.user.click(control);
  await app.user.click(await screen.findByTitle(label));
}

describe('Settings → Connections', () => {
  it('adds a connection: validation under each field, a test with the typed values, save; the secret never reaches storage', async () => {
    const { app, table } = await openConnections();
    await app.user.click(screen.getByRole('button', { name: /Add connection$/ }));
    const dialog = await screen.findByRole('dialog');
    const field = (label: string) => formField(dialog, label);

    await pick(app, field('Provider').control, '51idc');
    await app.user.type(field('Name').control, 'Lab 51idc');
    expect(field('Id').control).toHaveValue('lab-51idc');
    await app.user.type(field('Base URL').control, 'ftp://nope');
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(field('Base URL').errors()).toEqual(['Enter an http(s) URL or a path starting with /']));
    expect(field('Name').control).toHaveValue('Lab 51idc');
    // The provider's own options, with its defaults; emptying a required one is refused too.
    expect(field('Zone').control).toHaveValue('ac1');
    await app.user.clear(field('Zone').control);
    await waitFor(() => expect(field('Zone').errors()).toEqual(['Required']));

    await app.user.clear(field('Base URL').control);
    await app.user.type(field('Base URL').control, '/mock/idc51');
    await app.user.type(field('Zone').control, 'ac1');
    await app.user.type(field('Client id (APIKey access_id)').control, 'demo-access-id');
    await app.user.type(field('Client secret').control, 'demo-secret-key');
    await app.user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByTestId('test-result')).toHaveTextContent(/^Reachable in \d+ ms: \d+ backups · signed in$/);
    expect(app.requests.matching('POST', '/oauth2/token', 'idc51')).toHaveLength(1);

    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(table).findByText('Lab 51idc')).toBeInTheDocument();
    expect(stored(localStorage)).toContain('lab-51idc');
    expect(stored(localStorage)).not.toContain('demo-secret-key');
    expect(stored(sessionStorage)).not.toContain('demo-secret-key');
  });

  it('a duplicate id and a missing name are refused with clear messages; what was typed stays', async () => {
    const { app } = await openConnections();
    await app.user.click(screen.getByRole('button', { name: /Add connection$/ }));
    const dialog = await screen.findByRole('dialog');
    const field = (label: string) => formField(dialog, label);
    await app.user.type(field('Id').control, 'demo-dbc');
    await app.user.type(field('Base URL').control, 'http://10.0.0.5:5002');
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    // antd shows each field's messages on its own (debounced) render: wait for both.
    await waitFor(() => {
      expect(field('Id').errors()).toEqual(['Another connection already uses this id']);
      expect(field('Name').errors()).toEqual(['Required']);
    });
    expect(field('Base URL').errors()).toEqual([]);
    expect(field('Base URL').control).toHaveValue('http://10.0.0.5:5002');
    expect(field('Id').control).toHaveValue('demo-dbc');
  });

  it('tests, edits and removes a shipped connection; a changed password stays out of storage', async () => {
    const { app, table, row } = await openConnections();
    await app.user.click(row('ZStack demo').getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(row('ZStack demo').getByTestId('test-result')).toHaveTextContent(/^Reachable in \d+ ms: \d+ VMs · signed in$/));

    await app.user.click(row('ZStack demo').getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    const field = (label: string) => formField(dialog, label);
    expect(field('Id').control).toBeDisabled();
    expect(field('Password').control).toHaveValue('password');
    await app.user.clear(field('Name').control);
    await app.user.type(field('Name').control, 'ZStack lab');
    await app.user.clear(field('Password').control);
    await app.user.type(field('Password').control, 'zs-new-secret-7');
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    // The emulator refuses the new password: the save asks first (tested in ConnectionForm.test.tsx).
    const ask = await within(dialog).findByTestId('save-unreachable');
    await app.user.click(within(ask).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(table).findByText('ZStack lab')).toBeInTheDocument();
    expect(stored(localStorage)).toContain('ZStack lab');
    expect(stored(localStorage)).not.toContain('zs-new-secret-7');
    expect(stored(sessionStorage)).not.toContain('zs-new-secret-7');

    await app.user.click(row('ZStack lab').getByRole('button', { name: 'Remove' }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('Remove connection “ZStack lab”?');
    await app.user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(table).queryByText('ZStack lab')).toBeNull());
    expect(await screen.findByText('Connection removed')).toBeInTheDocument();
  });
});
