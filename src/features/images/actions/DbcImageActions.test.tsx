import { screen, waitFor, within } from '@testing-library/react';
import type { ConfiguredConnection } from '@/domain/connections/config';
import { demoConnection, renderApp, type AppHarness } from '@/test/renderApp';

// The demo renter's nodes (config nodeIds): both hold ubuntu.qcow2, neither centos7.9.qcow2 (4.12 GB on ID_1).
const MAIN = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const SECOND = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const CENTOS = 'centos7.9.qcow2';
const POLL = { timeout: 15_000 };

/** The bodies the DBC emulator received at exactly this path. */
const sent = (app: AppHarness, path: string) => app.backend.requests.list({ provider: 'dbc', method: 'POST', path }).filter((r) => r.path === path).map((r) => r.body);

/** The Images table row of the image with this id (`server:ID_1/<file>`, `node:<id>/<file>`). */
const row = async (id: string) => (await screen.findByTestId(`image-actions-${id}`, {}, POLL)).closest('tr')!;

async function rowAction(app: AppHarness, id: string, item: string) {
  await app.user.click(await screen.findByTestId(`image-actions-${id}`, {}, POLL));
  await app.user.click(await screen.findByRole('menuitem', { name: item }));
}

const percentOf = (tag: HTMLElement) => Number(/(\d+) %/.exec(tag.textContent ?? '')?.[1]);

describe('DBC transfers from the Images page', () => {
  it('downloads a center image to a node without it: one request, the row shows the percentage advancing, then the node’s file is listed', async () => {
    const app = await renderApp(`/images?q=${CENTOS}`, { connections: ['dbc'] });
    const center = `server:ID_1/${CENTOS}`;
    await rowAction(app, center, 'Download to node');
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`Download ${CENTOS} to a node`);
    await app.user.click(within(dialog).getByTestId('download-submit'));
    expect(await within(dialog).findByText('Choose a node')).toBeInTheDocument();
    await app.user.click(within(dialog).getByRole('combobox'));
    await app.user.click(await screen.findByTitle(SECOND));
    await app.user.click(within(dialog).getByTestId('download-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(app, '/api/v1/images/download')).toEqual([expect.objectContaining({ peer_nodes_list: [SECOND], additional: expect.objectContaining({ image_filename: CENTOS, image_server: 'ID_1' }) })]);

    app.clock.advance(10_000);
    const tag = await within(await row(center)).findByTestId('transfer-tag', {}, POLL);
    await waitFor(() => expect(percentOf(tag)).toBeGreaterThan(0), POLL);
    const first = percentOf(tag);
    expect(tag).toHaveTextContent(/^Transferring \d+ %$/);
    app.clock.advance(10_000);
    await waitFor(() => expect(percentOf(within(screen.getByTestId(`image-actions-${center}`).closest('tr')!).getByTestId('transfer-tag'))).toBeGreaterThan(first), POLL);

    app.clock.advance(60_000);
    await row(`node:${SECOND}/${CENTOS}`);
    await waitFor(() => expect(within(screen.getByTestId(`image-actions-${center}`).closest('tr')!).queryByTestId('transfer-tag')).toBeNull(), POLL);
    expect(sent(app, '/api/v1/images/download')).toHaveLength(1);
  });

  it('uploads a node image to the chosen server (zh-CN); meanwhile its row shows the transfer and Delete is refused with the reason', async () => {
    const app = await renderApp('/images?q=ubuntu.qcow2', { connections: ['dbc'], locale: 'zh-CN' });
    const file = `node:${MAIN}/ubuntu.qcow2`;
    await rowAction(app, file, '上传到镜像服务器');
    const dialog = await screen.findByRole('dialog');
    await app.user.click(within(dialog).getByRole('combobox'));
    await app.user.click(await screen.findByTitle('ID_1'));
    await app.user.click(within(dialog).getByTestId('upload-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(app, '/api/v1/images/upload')).toEqual([expect.objectContaining({ peer_nodes_list: [MAIN], additional: { image_filename: 'ubuntu.qcow2', image_server: 'ID_1' } })]);

    app.clock.advance(11_000);
    const tag = await within(await row(file)).findByTestId('transfer-tag', {}, POLL);
    await waitFor(() => expect(tag).toHaveTextContent(/^传输中 [1-9]\d* %$/), POLL);
    await app.user.click(screen.getByTestId(`image-actions-${file}`));
    const remove = await screen.findByRole('menuitem', { name: /删除/ });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveTextContent('正在传输');

    // The detail page shows the same transfer beside its actions, whose Delete is refused there too.
    await app.user.click(screen.getByRole('menuitem', { name: '详情' }));
    const actions = await screen.findByTestId('image-detail-actions');
    expect(await within(actions).findByTestId('transfer-tag')).toHaveTextContent(/^传输中 [1-9]\d* %$/);
    expect(within(actions).getByTestId('action-delete-disabled')).toBeInTheDocument();
  });

  it('a download whose progress stops moving shows as stalled in its row, by the Jobs drawer’s rule', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    try {
      const app = await renderApp(`/images?q=${CENTOS}`, { connections: ['dbc'] });
      app.backend.env.faults.setFlags('dbc', { transferStalls: true });
      const center = `server:ID_1/${CENTOS}`;
      await rowAction(app, center, 'Download to node');
      const dialog = await screen.findByRole('dialog');
      await app.user.click(within(dialog).getByRole('combobox'));
      await app.user.click(await screen.findByTitle(MAIN));
      await app.user.click(within(dialog).getByTestId('download-submit'));
      app.clock.advance(60 * 60_000);
      const tag = await within(await row(center)).findByTestId('transfer-tag', {}, POLL);
      await waitFor(() => expect(tag).toHaveTextContent('Transferring 50 %'), POLL);
      expect(tag).not.toHaveAttribute('data-stalled');
      // The console's time passes while the node keeps answering 50 %: past the default 2 min, it is stalled.
      vi.setSystemTime(Date.now() + 3 * 60_000);
      await waitFor(() => expect(within(screen.getByTestId(`image-actions-${center}`).closest('tr')!).getByTestId('transfer-tag')).toHaveTextContent('Stalled at 50 %'), POLL);
    } finally {
      vi.useRealTimers();
    }
  });

  it('deletes a node image only after asking: cancel sends nothing, confirm sends one delete and the row goes', async () => {
    const app = await renderApp('/images?q=win10', { connections: ['dbc'] });
    const file = `node:${SECOND}/win10-ltsc-2021.qcow2`;
    await rowAction(app, file, 'Delete');
    let dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Delete win10-ltsc-2021.qcow2 from this node? This cannot be undone.');
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(app, '/api/v1/images/delete')).toHaveLength(0);

    await rowAction(app, file, 'Delete');
    dialog = await screen.findByRole('dialog');
    await app.user.click(within(dialog).getByTestId('confirm-action'));
    await waitFor(() => expect(screen.queryByTestId(`image-actions-${file}`)).toBeNull(), POLL);
    expect(sent(app, '/api/v1/images/delete')).toEqual([expect.objectContaining({ peer_nodes_list: [SECOND], additional: { image_filename: 'win10-ltsc-2021.qcow2' } })]);
    expect(screen.getByTestId(`image-actions-node:${MAIN}/win10-ltsc-2021.qcow2`)).toBeInTheDocument();
  });

  it('2022 API era: one center without servers, the download named in the path, and a tag without a percentage until the file lands', async () => {
    const shipped = demoConnection('dbc');
    const era2022 = { ...shipped, connection: { ...shipped.connection, options: { era: '2022' } } } as ConfiguredConnection;
    const app = await renderApp(`/images?q=${CENTOS}`, { connections: [era2022] });
    const center = `center/${CENTOS}`;
    await rowAction(app, center, 'Download to node');
    const dialog = await screen.findByRole('dialog');
    await app.user.click(within(dialog).getByRole('combobox'));
    await app.user.click(await screen.findByTitle(MAIN));
    await app.user.click(within(dialog).getByTestId('download-submit'));
    await waitFor(() => expect(sent(app, `/api/v1/images/download/${CENTOS}`)).toHaveLength(1));
    expect(await within(await row(center)).findByTestId('transfer-tag', {}, POLL)).toHaveTextContent(/^Transferring$/);
    app.clock.advance(120_000);
    await row(`node:${MAIN}/${CENTOS}`);
    expect(sent(app, '/api/v1/images/downloadprogress')).toEqual([]);
  });
});
