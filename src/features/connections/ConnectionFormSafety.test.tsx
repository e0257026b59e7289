import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { formField } from '@/test/form';
import { renderApp } from '@/test/renderApp';

type App = Awaited<ReturnType<typeof renderApp>>;

/** Opens "Add connection" on the Connections page; `field(label)` finds a control of the dialog. */
async function openAddDialog(options: Parameters<typeof renderApp>[1] = {}) {
  const app = await renderApp('/settings/connections', options);
  const table = await screen.findByTestId('connections-table');
  await app.user.click(await screen.findByTestId('add-connection'));
  const dialog = await screen.findByRole('dialog');
  return { app, table, dialog, field: (label: string | RegExp) => formField(dialog, label) };
}

async function pick(app: App, control: HTMLElement, label: string) {
  await app.user.click(control);
  await app.user.click(await screen.findByTitle(label));
}

/** Requests that went anywhere but the DBC emulator the page itself reads (a refused connection must cause none). */
const sentFor = (app: App) => app.requests.filter((request) => request.provider !== 'dbc').map((request) => request.url);

describe('Connection form: base URLs and ids it refuses', () => {
  it('refuses //evil.example (a path in looks only) and sends nothing there', async () => {
    const { app, table, dialog, field } = await openAddDialog({ connections: ['dbc'] });
    await pick(app, field('Provider').control, 'ZStack');
    await app.user.type(field('Name').control, 'Evil');
    await app.user.type(field('Base URL').control, '//evil.example');
    await app.user.type(field('Password').control, 'pw');
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(field('Base URL').errors()).toEqual(['Starts with // or /\\, so it names another host: write https://host/… or a path with a single /']));
    expect(sentFor(app)).toEqual([]);
    expect(within(table).queryByText('Evil')).toBeNull();
  });

  it('refuses user:password@ in the URL: never sent, saved or shown in the list', async () => {
    const { app, table, dialog, field } = await openAddDialog({ connections: ['dbc'] });
    await pick(app, field('Provider').control, 'ZStack');
    await app.user.type(field('Name').control, 'Leaky');
    await app.user.type(field('Base URL').control, 'https://admin:hunter2@zs.example.com');
    await app.user.type(field('Password').control, 'pw');
    await app.user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(field('Base URL').errors()).toEqual(['No user name or password in the URL: put the credentials in the secret fields below']));
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(sentFor(app)).toEqual([]);
    expect(within(table).queryByText('Leaky')).toBeNull();
    expect(JSON.stringify({ ...localStorage })).not.toContain('hunter2');
  });

  it.each(['constructor', '__proto__'])('refuses the id %s by name', async (id) => {
    const { app, field } = await openAddDialog({ connections: ['dbc'] });
    await app.user.type(field('Id').control, id);
    await waitFor(() => expect(field('Id').errors()).toEqual(['This id is reserved (a built-in JavaScript name): choose another']));
  });

  it('refuses a 51idc zone that would climb out of its path, with a message instead of a crash on save', async () => {
    const { app, table, dialog, field } = await openAddDialog({ connections: ['dbc'] });
    await pick(app, field('Provider').control, '51idc');
    await app.user.type(field('Name').control, 'Zone trick');
    await app.user.type(field('Base URL').control, '/mock/idc51');
    await app.user.clear(field('Zone').control);
    await app.user.type(field('Zone').control, '..');
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(field('Zone').errors()).toEqual(['Letters, digits, _ . - only, starting with a letter or digit (e.g. ac1)']));
    expect(sentFor(app)).toEqual([]);
    expect(within(table).queryByText('Zone trick')).toBeNull();
  });
});

describe('Connection form and list: plain http to another machine is allowed, loudly', () => {
  it('warns in the form as the URL is typed, and on the saved connection in the list', async () => {
    const { app, table, dialog, field } = await openAddDialog({ connections: ['dbc'] });
    app.server.use(http.all('http://zstack.lab.test:8080/*', () => HttpResponse.error()));
    await pick(app, field('Provider').control, 'ZStack');
    await app.user.type(field('Name').control, 'Lab ZStack');
    await app.user.type(field('Base URL').control, 'https://zstack.lab.test:8080');
    expect(within(dialog).queryByTestId('cleartext-warning')).toBeNull();
    await app.user.clear(field('Base URL').control);
    await app.user.type(field('Base URL').control, 'http://localhost:8080');
    expect(within(dialog).queryByTestId('cleartext-warning')).toBeNull();
    await app.user.clear(field('Base URL').control);
    await app.user.type(field('Base URL').control, 'http://zstack.lab.test:8080');
    expect(await within(dialog).findByTestId('cleartext-warning')).toHaveTextContent(
      'Secrets travel in clearThis is plain http to another machine: the ZStack SHA-512 password digest, the vsd password digest and the 51idc secret cross the network readable',
    );
    await app.user.type(field('Password').control, 'pw');
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const ask = await within(dialog).findByTestId('save-unreachable');
    await app.user.click(within(ask).getByRole('button', { name: 'Save anyway' }));
    const row = (await within(table).findByText('Lab ZStack')).closest('tr') as HTMLElement;
    expect(within(row).getByTestId('cleartext-tag')).toHaveTextContent('Plain http: secrets in clear');
    // The shipped emulator connection (a path on this origin) carries no such warning.
    expect(within(table).getAllByTestId('cleartext-tag')).toHaveLength(1);
  });

  it('says it in Chinese', async () => {
    const { app, dialog, field } = await openAddDialog({ connections: ['dbc'], locale: 'zh-CN' });
    await app.user.type(field('基础地址').control, 'http://10.0.0.2:8080');
    expect(await within(dialog).findByTestId('cleartext-warning')).toHaveTextContent('密钥将以明文传输这是指向其他机器的明文 http');
  });
});
