import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import { renderApp } from '@/test/renderApp';

/** ZStack demo: a data-volume template (no VM can boot from it). */
const DATA_TEMPLATE = '314d80c2feb5352c984b3ffd36108c32';

describe('Image detail: Create VM from this image', () => {
  it('a ZStack root template opens Create VM on its connection with the image picked', async () => {
    const app = await renderApp('/images', { connections: ['zstack'] });
    const images = (app.backend.emulators.zstack.snapshot() as { images: { uuid: string; name: string }[] }).images;
    await app.router.navigate({ to: '/images/$connectionId/$imageId', params: { connectionId: 'demo-zstack', imageId: images.find((i) => i.name === 'CentOS-7.9-x86_64')!.uuid } });
    await app.user.click(await screen.findByRole('button', { name: 'Create VM from this image' }));
    const form = await screen.findByTestId('create-from-image-form');
    expect(app.router.state.location.search).toMatchObject({ connection: 'demo-zstack' });
    expect(formField(form, 'Image').item).toHaveTextContent('CentOS-7.9-x86_64');
  });

  it('a data-volume template offers no Create VM', async () => {
    await renderApp(`/images/demo-zstack/${DATA_TEMPLATE}`, { connections: ['zstack'] });
    expect(await screen.findByTestId('image-detail')).toHaveTextContent('My Data Volume Template');
    expect(screen.queryByTestId('image-create-vm')).toBeNull();
  });

  it('zh-CN: a DBC node image opens the DBC form on its node with its file picked', async () => {
    const app = await renderApp('/images?kind=node', { connections: ['dbc'], locale: 'zh-CN' });
    const menus = await within(await screen.findByTestId('images-table')).findAllByTestId(/^image-actions-node:/);
    const [, nodeId, file] = /^image-actions-node:([^/]+)\/(.+)$/.exec(menus[0]!.getAttribute('data-testid')!)!;
    await app.user.click(menus[0]!);
    await app.user.click(await screen.findByRole('menuitem', { name: '详情' }));
    await app.user.click(await screen.findByRole('button', { name: '用此镜像创建虚拟机' }));
    const form = await screen.findByTestId('create-vm-form', undefined, { timeout: 15_000 });
    await waitFor(() => expect(within(form).getByTestId('field-imageName').closest('.ant-select')).toHaveTextContent(file!));
    expect(screen.getByTestId('create-node')).toHaveTextContent(nodeId!.slice(0, 8));
  });
});
