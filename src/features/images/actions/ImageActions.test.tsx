import { screen, waitFor, within } from '@testing-library/react';
import { useJobs } from '@/shared/jobs/store';
import { renderApp, type AppHarness } from '@/test/renderApp';

const TEMPLATE = '314d80c2feb5352c984b3ffd36108c32';
/** The parts of the ZStack emulator's state these tests read (mocks/zstack/state.ts). */
interface ZStackSeen {
  images: { name: string; status: string }[];
  volumes: { uuid: string; name: string; status: string; type: string; primaryStorageUuid: string }[];
  primaryStorages: { uuid: string }[];
}
const zstack = (app: AppHarness) => app.backend.emulators.zstack.snapshot() as ZStackSeen;

/** Opens the row menu of the image named `name` in the Images table and clicks `item`. */
async function rowAction(app: AppHarness, name: string, item: string) {
  const table = await screen.findByTestId('images-table');
  const row = (await within(table).findByText(name)).closest('tr')!;
  await app.user.click(within(row).getByRole('button', { name: `Actions for ${name}` }));
  await app.user.click(await screen.findByRole('menuitem', { name: item }));
}

describe('Image actions', () => {
  it('delete asks first, cancel sends nothing, confirm sends one Permissive DELETE and tracks its job', async () => {
    const app = await renderApp('/images?q=virtio-win', { connections: ['zstack'] });
    const name = 'virtio-win-0.1.229.iso';
    await rowAction(app, name, 'Delete');
    let dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`Delete image ${name}?`);
    expect(dialog).toHaveTextContent('recovered for 3 days');
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.requests.matching('DELETE', '/zstack/v1/images/')).toHaveLength(0);

    await rowAction(app, name, 'Delete');
    dialog = await screen.findByRole('dialog');
    await app.user.click(within(dialog).getByTestId('confirm-action'));
    await waitFor(() => expect(app.requests.matching('DELETE', '/zstack/v1/images/')).toHaveLength(1));
    expect(app.requests.matching('DELETE', '/zstack/v1/images/')[0]!.url).toMatch(/deleteMode=Permissive/);
    app.clock.advance(3_000);
    await waitFor(() => expect(useJobs.getState().jobs.find((job) => job.action === 'image.delete')).toMatchObject({ status: 'succeeded', target: { name } }), { timeout: 15_000 });
    expect(zstack(app).images.find((i) => i.name === name)?.status).toBe('Deleted');
  });

  it('expunge stays disabled until the image name is typed exactly, then sends one expungeImage', async () => {
    const app = await renderApp('/images?status=deleted', { connections: ['zstack'], locale: 'zh-CN' });
    const name = 'old-centos6-template 已删除';
    const table = await screen.findByTestId('images-table');
    const row = (await within(table).findByText(name)).closest('tr')!;
    await app.user.click(within(row).getByRole('button', { name: `${name} 的操作` }));
    await app.user.click(await screen.findByRole('menuitem', { name: '彻底删除' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('无法恢复');
    const submit = within(dialog).getByTestId('expunge-submit');
    expect(submit).toBeDisabled();
    await app.user.type(within(dialog).getByTestId('expunge-name'), 'old-centos6');
    expect(submit).toBeDisabled();
    expect(dialog).toHaveTextContent(`请准确输入：${name}`);
    await app.user.clear(within(dialog).getByTestId('expunge-name'));
    await app.user.type(within(dialog).getByTestId('expunge-name'), name);
    expect(submit).toBeEnabled();
    await app.user.click(submit);
    await waitFor(() => expect(app.requests.matching('PUT', /\/zstack\/v1\/images\/[0-9a-f]{32}\/actions/)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('recover is offered only for a deleted image and sends one recoverImage at once (nothing to confirm)', async () => {
    const app = await renderApp('/images?status=deleted', { connections: ['zstack'] });
    await rowAction(app, 'old-centos6-template 已删除', 'Recover');
    await waitFor(() => expect(app.requests.matching('PUT', /\/zstack\/v1\/images\/[0-9a-f]{32}\/actions/)).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    app.clock.advance(2_000);
    await waitFor(() => expect(useJobs.getState().jobs.find((job) => job.action === 'image.recover')).toMatchObject({ status: 'succeeded' }), { timeout: 15_000 });
    expect(zstack(app).images.find((i) => i.name === 'old-centos6-template 已删除')?.status).toBe('Ready');
  });

  it('a data-volume template makes a data volume on the chosen primary storage; the job ends with the new volume', async () => {
    const app = await renderApp('/images?kind=zstackDataTemplate', { connections: ['zstack'] });
    await rowAction(app, 'My Data Volume Template', 'Make a data volume');
    const dialog = await screen.findByRole('dialog');
    await app.user.clear(within(dialog).getByLabelText('Volume name'));
    await app.user.click(within(dialog).getByTestId('make-volume-submit'));
    expect(await within(dialog).findByText('Give the volume a name')).toBeInTheDocument();
    expect(await within(dialog).findByText('Choose a primary storage')).toBeInTheDocument();
    await app.user.type(within(dialog).getByLabelText('Volume name'), 'mysql-data-copy');
    await app.user.click(within(dialog).getByLabelText('Primary storage'));
    await app.user.click(await screen.findByTitle('PS-LocalStorage-01 本地存储'));
    await app.user.click(within(dialog).getByTestId('make-volume-submit'));
    await waitFor(() => expect(app.requests.matching('POST', `/zstack/v1/volumes/data/from/data-volume-templates/${TEMPLATE}`)).toHaveLength(1));
    const made = zstack(app).volumes.find((v) => v.name === 'mysql-data-copy');
    expect(made).toMatchObject({ status: 'Creating', type: 'Data', primaryStorageUuid: zstack(app).primaryStorages[0]!.uuid });
    app.clock.advance(180_000);
    expect(await within(dialog).findByText(`Volume mysql-data-copy is ready (${made!.uuid})`, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(app.requests.matching('POST', '/data-volume-templates/')).toHaveLength(1);
  });

  it('a refusal through the job shows ZStack’s error code in the dialog', async () => {
    const app = await renderApp('/images?kind=zstackDataTemplate', { connections: ['zstack'] });
    app.backend.env.faults.setFlags('zstack', { jobFailsHalfway: true });
    await rowAction(app, 'My Data Volume Template', 'Make a data volume');
    const dialog = await screen.findByRole('dialog');
    await app.user.click(within(dialog).getByLabelText('Primary storage'));
    await app.user.click(await screen.findByTitle('PS-LocalStorage-01 本地存储'));
    await app.user.click(within(dialog).getByTestId('make-volume-submit'));
    await waitFor(() => expect(app.requests.matching('POST', '/data-volume-templates/')).toHaveLength(1));
    app.clock.advance(180_000);
    const failed = await within(dialog).findByText('The volume was not made', {}, { timeout: 15_000 });
    expect(failed.closest('[data-testid="make-volume-job"]')).toHaveTextContent(/SYS\.1006: .*from image/);
  });

  it('DBC and 51idc rows offer Details and Create VM; Create VM opens the create page for that image', async () => {
    const app = await renderApp('/images?provider=idc51', { connections: ['idc51', 'zstack'] });
    const table = await screen.findByTestId('images-table');
    const button = (await within(table).findAllByRole('button', { name: /^Actions for / }))[0]!;
    const id = button.getAttribute('data-testid')!.replace('image-actions-', '');
    await app.user.click(button);
    const menu = (await screen.findByRole('menuitem', { name: 'Create VM' })).closest<HTMLElement>('[role="menu"]')!;
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Details', 'Create VM']);
    await app.user.click(within(menu).getByRole('menuitem', { name: 'Create VM' }));
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/vms/create'));
    expect(app.router.state.location.href).toContain(`connection=demo-idc51&image=${encodeURIComponent(id)}`);
  });
});
