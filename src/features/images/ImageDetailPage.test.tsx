import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

const TEMPLATE = '314d80c2feb5352c984b3ffd36108c32';

describe('Image detail page', () => {
  it('opens from the list with every field, where it lives and its origin; Back returns to the list as it was left', async () => {
    const app = await renderApp('/images?kind=zstackDataTemplate', { connections: ['zstack'] });
    const table = await screen.findByTestId('images-table');
    await app.user.click(await within(table).findByTestId(`image-actions-${TEMPLATE}`));
    await app.user.click(await screen.findByRole('menuitem', { name: 'Details' }));
    const detail = await screen.findByTestId('image-detail');
    expect(app.router.state.location.pathname).toBe(`/images/demo-zstack/${TEMPLATE}`);
    expect(detail).toHaveTextContent('My Data Volume Template');
    expect(detail).toHaveTextContent(TEMPLATE);
    expect(detail).toHaveTextContent('Data-volume template');
    expect(detail).toHaveTextContent('raw');
    expect(detail).toHaveTextContent('100 GiB');
    expect(detail).toHaveTextContent('MySQL data disk template');
    expect(within(detail).getByTestId('image-location')).toHaveTextContent('Backup storage: BS-Ceph-01');
    expect(within(detail).getByTestId('image-origin')).toHaveTextContent('Snapshot 5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a');

    await app.user.click(screen.getAllByTestId('image-back')[0]!);
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/images'));
    expect(app.router.state.location.search).toMatchObject({ kind: 'zstackDataTemplate' });
  });

  it('the side menu opens the image list as it was left after a visit to another area', async () => {
    const app = await renderApp('/images?status=creating&q=nightly', { connections: ['zstack'] });
    await within(await screen.findByTestId('images-table')).findByText('夜间备份模板 nightly-template');
    const menu = screen.getByTestId('side-nav');
    await app.user.click(within(menu).getByRole('link', { name: 'VMs' }));
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/vms'));
    await app.user.click(within(menu).getByRole('link', { name: 'Images' }));
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/images'));
    expect(app.router.state.location.search).toMatchObject({ status: 'creating', q: 'nightly' });
    expect(screen.getByTestId('images-total')).toHaveTextContent(/^1 of/);
  });

  it('zh-CN: an image no longer listed says so instead of a blank page', async () => {
    await renderApp('/images/demo-zstack/00000000000000000000000000000000', { connections: ['zstack'], locale: 'zh-CN' });
    expect(await screen.findByTestId('image-not-found')).toHaveTextContent('连接 ZStack');
    expect(screen.getByTestId('image-not-found')).toHaveTextContent('上（已）没有镜像 00000000000000000000000000000000');
  });

  it('zh-CN: a DBC node image (its id holds a slash) opens from its row and names its node in full', async () => {
    const app = await renderApp('/images?kind=node', { connections: ['dbc'], locale: 'zh-CN' });
    const table = await screen.findByTestId('images-table');
    const menus = await within(table).findAllByTestId(/^image-actions-node:/);
    const id = menus[0]!.getAttribute('data-testid')!.replace('image-actions-', '');
    const [, nodeId, file] = /^node:([^/]+)\/(.+)$/.exec(id)!;
    await app.user.click(menus[0]!);
    await app.user.click(await screen.findByRole('menuitem', { name: '详情' }));
    const detail = await screen.findByTestId('image-detail');
    expect(detail).toHaveTextContent('节点镜像');
    expect(within(detail).getByTestId('image-location')).toHaveTextContent(`节点: ${nodeId}`);
    expect(detail).toHaveTextContent(file!);
    expect(detail).toHaveTextContent('平台不报告状态：列出的文件即为就绪');
  });
});
