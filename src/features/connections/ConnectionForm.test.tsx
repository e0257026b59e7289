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

/** Picks an option of an antd Select by its label (options render in a popup outside the form). */
async function pick(app: App, control: HTMLElement, label: string) {
  await app.user.click(control);
  await app.user.click(await screen.findByTitle(label));
}

/** Fills a new ZStack connection (its account is the default admin). */
async function fillZStack(app: App, field: (label: string) => ReturnType<typeof formField>, name: string, baseUrl: string, password?: string) {
  await pick(app, field('Provider').control, 'ZStack');
  await app.user.type(field('Name').control, name);
  await app.user.type(field('Base URL').control, baseUrl);
  if (password) await app.user.type(field('Password').control, password);
}

describe('Connection form: what a save checks', () => {
  it('saving a connection whose test fails asks first; "Save anyway" saves it', async () => {
    const { app, table, dialog, field } = await openAddDialog({ connections: ['dbc'] });
    app.server.use(http.all('http://zstack.lab.test:8080/*', () => HttpResponse.error()));
    await fillZStack(app, field, 'Lab ZStack', 'http://zstack.lab.test:8080', 'secret-1');

    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const ask = await within(dialog).findByTestId('save-unreachable');
    expect(ask).toHaveTextContent('Save anyway?');
    expect(within(dialog).getByTestId('test-result')).toHaveTextContent('The provider could not be reached');
    // Nothing saved yet: the dialog stays with what was typed.
    expect(within(table).queryByText('Lab ZStack')).toBeNull();
    expect(field('Name').control).toHaveValue('Lab ZStack');

    await app.user.click(within(ask).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(table).findByText('Lab ZStack')).toBeInTheDocument();
  });

  it('a connection that answers its test is saved at once, without asking', async () => {
    const { app, table, dialog, field } = await openAddDialog({ connections: ['dbc'] });
    await fillZStack(app, field, 'Second ZStack', '/mock/zstack', 'password');
    await app.user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(table).findByText('Second ZStack')).toBeInTheDocument();
    expect(screen.queryByTestId('save-unreachable')).toBeNull();
    expect(app.requests.matching('GET', '/zstack/v1/vm-instances', 'zstack')).toHaveLength(1);
  });

  it('a base URL that answers with a web page says it is not the provider’s API (not a TypeError)', async () => {
    const { app, dialog, field } = await openAddDialog({ connections: ['dbc'] });
    // A web server's own page at the base URL: 200 for DBC's POST, as an SPA fallback answers.
    app.server.use(http.all('http://dbc.lab.test:5002/*', () => HttpResponse.html('<!doctype html><html><body>Welcome</body></html>')));
    await app.user.type(field('Name').control, 'Lab DBC');
    await app.user.type(field('Base URL').control, 'http://dbc.lab.test:5002');
    await app.user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    const result = await within(dialog).findByTestId('test-result');
    expect(result).toHaveTextContent('The server answered but is not a DeepBrainChain API at this path: HTTP 200');
    expect(result).not.toHaveTextContent('Cannot read properties');
  });

  it('a missing password is a required field, and nothing is sent without it', async () => {
    const { app, dialog, field } = await openAddDialog({ connections: ['dbc'] });
    await fillZStack(app, field, 'No password', '/mock/zstack');
    await app.user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(field('Password').errors()).toEqual(['Required: ZStack signs every request with it']));
    expect(app.requests.matching('GET', '/zstack/v1/vm-instances', 'zstack')).toHaveLength(0);
    expect(within(dialog).queryByText(/missing header/)).toBeNull();
    // Typing it clears the message.
    await app.user.type(field('Password').control, 'password');
    await waitFor(() => expect(field('Password').errors()).toEqual([]));
  });

  it('each provider’s help shows its own example URL', async () => {
    const { app, field } = await openAddDialog({ connections: ['dbc'] });
    const help = () => field('Base URL').item.querySelector('.ant-form-item-extra')?.textContent;
    expect(help()).toMatch(/^e\.g\. http:\/\/<client-host>:5002 .*\/mock\/dbc/);
    await pick(app, field('Provider').control, '51idc');
    expect(help()).toMatch(/^e\.g\. https:\/\/openapi\.51idc\.com, .*\/mock\/idc51/);
    await pick(app, field('Provider').control, 'HCI (vsd)');
    expect(help()).toMatch(/^e\.g\. http:\/\/<management-host>:8080, .*\/mock\/vsd/);
    await pick(app, field('Provider').control, 'ZStack');
    expect(help()).toMatch(/^e\.g\. http:\/\/<management-node>:8080 \(without \/zstack\/v1\), .*\/mock\/zstack/);
  });

  it('a second connection to the same endpoint and account is flagged, naming the first', async () => {
    const { app, dialog, field } = await openAddDialog({ connections: ['zstack'] });
    await fillZStack(app, field, 'ZStack again', '/mock/zstack/');
    expect(await within(dialog).findByTestId('duplicate-endpoint')).toHaveTextContent(
      'Connection “ZStack demo” already uses this endpoint and account: every list would show its VMs twice.',
    );
    // Another account on the same endpoint is another source.
    await app.user.clear(field('Account name').control);
    await app.user.type(field('Account name').control, 'ops');
    await waitFor(() => expect(within(dialog).queryByTestId('duplicate-endpoint')).toBeNull());
  });
});

describe('Connection form in zh-CN: the console’s own error texts', () => {
  it('an unreachable provider and a 404 page read in Chinese only', async () => {
    const { app, dialog, field } = await openAddDialog({ connections: ['dbc'], locale: 'zh-CN' });
    app.server.use(
      http.all('http://down.lab.test:8080/*', () => HttpResponse.error()),
      http.all('http://portal.lab.test/*', () => HttpResponse.html('<html><body>404 Not Found</body></html>', { status: 404 })),
    );
    await fillZStackZh(app, field, 'http://down.lab.test:8080');
    await app.user.click(within(dialog).getByRole('button', { name: '测试连接' }));
    const result = await within(dialog).findByTestId('test-result');
    expect(within(result).getByTestId('provider-error')).toHaveTextContent(/^无法连接到服务商错误码 NETWORK$/);

    await app.user.clear(field('基础地址').control);
    await app.user.type(field('基础地址').control, 'http://portal.lab.test');
    await app.user.click(within(dialog).getByRole('button', { name: '测试连接' }));
    await waitFor(() => expect(within(dialog).getByTestId('test-result')).toHaveTextContent('服务器有响应，但此路径不是 ZStack 的 API：HTTP 404'));
    expect(within(dialog).getByTestId('test-result')).not.toHaveTextContent(/[a-z]{3,} [a-z]{3,}/);
  });

  it('the shell’s navigation toggle has a Chinese screen-reader label', async () => {
    await renderApp('/settings/connections', { connections: ['dbc'], locale: 'zh-CN' });
    expect(await screen.findByRole('button', { name: '展开或收起导航' })).toBeInTheDocument();
  });
});

async function fillZStackZh(app: App, field: (label: string) => ReturnType<typeof formField>, baseUrl: string) {
  await pick(app, field('服务商').control, 'ZStack');
  await app.user.type(field('名称').control, 'lab');
  await app.user.type(field('基础地址').control, baseUrl);
  await app.user.type(field('密码').control, 'secret');
}
