import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, type AppHarness } from '@/test/renderApp';

// The demo renter's nodes (config nodeIds); neither holds centos7.9.qcow2.
const MAIN = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const SECOND = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const CENTER = 'server:ID_1/centos7.9.qcow2';
const POLL = { timeout: 15_000 };

async function openPicker(app: AppHarness, download: string) {
  await app.user.click(await screen.findByTestId(`image-actions-${CENTER}`, {}, POLL));
  await app.user.click(await screen.findByRole('menuitem', { name: download }));
  const dialog = await screen.findByRole('dialog');
  await app.user.click(within(dialog).getByRole('combobox'));
  return dialog;
}

describe('Download to node: the node picker', () => {
  it('names each node by short id, GPUs and IP as the nodes list does, keeps the whole id on hover and sends it', async () => {
    const app = await renderApp('/images?q=centos7.9', { connections: ['dbc'] });
    const dialog = await openPicker(app, 'Download to node');
    const main = await screen.findByTitle(MAIN);
    await waitFor(() => expect(main).toHaveTextContent(/^58fb618a…37f45 · \d+× .+ · \S+$/), POLL);
    expect(await screen.findByTitle(SECOND)).toHaveTextContent(/^80720ffa…14965 · /);

    await app.user.click(main);
    expect(within(dialog).getByTestId('download-node')).toHaveTextContent(/^58fb618a…37f45 · /);
    await app.user.click(within(dialog).getByTestId('download-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const sent = app.backend.requests.list({ provider: 'dbc', method: 'POST', path: '/api/v1/images/download' }).map((r) => r.body);
    expect(sent).toEqual([expect.objectContaining({ peer_nodes_list: [MAIN] })]);
  });

  it('zh-CN: a node whose machine info does not answer is still offered by its short id, marked as not answering', async () => {
    const app = await renderApp('/images?q=centos7.9', {
      connections: ['dbc'],
      locale: 'zh-CN',
      emulator: { faults: [{ provider: 'dbc', route: '/api/v1/mining_nodes', method: 'POST', times: 10, error: { code: '-1', message: 'node offline' } }] },
    });
    await openPicker(app, '下载到节点');
    const main = await screen.findByTitle(MAIN, {}, POLL);
    await waitFor(() => expect(main).toHaveTextContent(/^58fb618a…37f45 · 无响应$/), POLL);
  });
});
