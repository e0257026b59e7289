import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import { renderApp, type AppHarness } from '@/test/renderApp';

/** The 8C32G instance offering of the ZStack demo (mocks/zstack/seed.ts LARGE_OFFERING). */
const LARGE_OFFERING = '7c1e3a5b9d2f4c6e8a0b1d3f5a7c9e2d';

/** The part of the ZStack emulator's state these tests read and change. */
interface ZStackSeen {
  images: { uuid: string; name: string; status: string }[];
  vms: { uuid: string; name: string }[];
}
const zstack = (app: AppHarness) => app.backend.emulators.zstack;
const state = (app: AppHarness) => zstack(app).snapshot() as ZStackSeen;
const imageNamed = (app: AppHarness, name: string) => state(app).images.find((i) => i.name === name)!.uuid;

async function openFromImage(image: (app: AppHarness) => string, locale: 'en' | 'zh-CN' = 'en') {
  const app = await renderApp('/vms/create?connection=demo-zstack', { connections: ['zstack', 'vsd', 'idc51'], locale });
  await app.router.navigate({ to: '/vms/create', search: { connection: 'demo-zstack', image: image(app) } });
  const form = await screen.findByTestId('create-from-image-form');
  return { app, form, field: (label: string | RegExp) => formField(form, label) };
}

describe('Create VM from an image (ZStack)', () => {
  it('preselects ?image=, offers the instance offerings and L3 networks, and follows the accepted create to a VM in the list', async () => {
    const { app, form, field } = await openFromImage((a) => imageNamed(a, 'Ubuntu-22.04-server'));
    expect(field('Image').item).toHaveTextContent('Ubuntu-22.04-server');
    expect(field('Instance offering').item).toHaveTextContent('InstanceOffering-2C4G 标准型 · 2 vCPU · 4 GiB');
    expect(field('Networks').item).toHaveTextContent('L3-业务网 business-net');

    await app.user.click(field('Instance offering').control);
    const disabled = await screen.findByText(/InstanceOffering-16C64G 已停用 .*\(disabled\)/, { selector: '.ant-select-item-option-content' });
    expect(disabled.closest('.ant-select-item-option')).toHaveClass('ant-select-item-option-disabled');
    await app.user.click(screen.getByText(/InstanceOffering-8C32G/, { selector: '.ant-select-item-option-content' }));

    await app.user.click(within(form).getByRole('button', { name: 'Create VM' }));
    await waitFor(() => expect(field('Name').errors()).toEqual(['Give the VM a name']));
    expect(app.requests.matching('POST', '/zstack/v1/vm-instances')).toHaveLength(0);

    await app.user.type(field('Name').control, 'web-from-ubuntu');
    await app.user.click(within(form).getByRole('button', { name: 'Create VM' }));
    const progress = await screen.findByTestId('create-progress');
    expect(within(progress).getByTestId('create-expected')).toHaveTextContent('about a minute');
    // What the emulator received: the VM exists with the picked image and offering, Starting.
    const vmId = (app.router.state.location.search as { created?: string }).created!;
    expect(state(app).vms.find((v) => v.uuid === vmId)).toMatchObject({ name: 'web-from-ubuntu', imageUuid: imageNamed(app, 'Ubuntu-22.04-server'), instanceOfferingUuid: LARGE_OFFERING, state: 'Starting' });

    app.clock.advance(60_000);
    await waitFor(() => expect(progress).toHaveAttribute('data-status', 'succeeded'), { timeout: 15_000 });
    // The new VM says which image it was made from, linking back to it.
    await app.user.click(within(progress).getByRole('link', { name: 'Open the VM' }));
    const source = await screen.findByTestId('vm-source-image');
    await waitFor(() => expect(source).toHaveTextContent('Ubuntu-22.04-server'));
    await app.user.click(source);
    await waitFor(() => expect(app.router.state.location.pathname).toBe(`/images/demo-zstack/${imageNamed(app, 'Ubuntu-22.04-server')}`));
    await app.router.navigate({ to: '/vms', search: { q: 'web-from-ubuntu' } });
    expect(await screen.findByText('web-from-ubuntu')).toBeInTheDocument();
  });

  it('a refusal ZStack sends through its job keeps the form and shows the code (image no longer ready)', async () => {
    const { app, form, field } = await openFromImage((a) => imageNamed(a, 'CentOS-7.9-x86_64'));
    await app.user.type(field('Name').control, 'too-late');
    // The image is being re-made meanwhile: ZStack's interceptor refuses it after the 202.
    const changed = state(app);
    changed.images.find((i) => i.name === 'CentOS-7.9-x86_64')!.status = 'Creating';
    zstack(app).restore(changed);
    await app.user.click(within(form).getByRole('button', { name: 'Create VM' }));
    const refused = await within(form).findByTestId('create-refused');
    expect(refused).toHaveTextContent('SYS.1007');
    expect(refused).toHaveTextContent('is not ready yet');
    expect(field('Name').control).toHaveValue('too-late');
    expect(screen.queryByTestId('create-progress')).toBeNull();
    expect(state(app).vms.some((v) => v.name === 'too-late')).toBe(false);
  });

  it('a failed first look at an accepted create is not a refusal: the build is followed, never offered to send again', async () => {
    const { app, form, field } = await openFromImage((a) => imageNamed(a, 'CentOS-7.9-x86_64'));
    await app.user.type(field('Name').control, 'accepted-anyway');
    app.fault({ provider: 'zstack', route: '/zstack/v1/api-jobs/', method: 'GET', times: 1, error: { status: 502, message: 'Bad Gateway' } });
    await app.user.click(within(form).getByRole('button', { name: 'Create VM' }));
    expect(await screen.findByTestId('create-progress')).toBeInTheDocument();
    expect(app.requests.matching('POST', '/zstack/v1/vm-instances')).toHaveLength(1);
    expect(state(app).vms.some((v) => v.name === 'accepted-anyway')).toBe(true);
  });

  it("zh-CN: the connection picker lists vsd and 51idc as having no VM create", async () => {
    const { app } = await openFromImage((a) => imageNamed(a, 'CentOS-7.9-x86_64'), 'zh-CN');
    await app.user.click(within(screen.getByTestId('create-connection')).getByRole('combobox'));
    const refused = await screen.findAllByText(/ · 此提供商的 API 不支持创建虚拟机$/, { selector: '.ant-select-item-option-content' });
    expect(refused.map((option) => option.textContent)).toEqual(['HCI demo cluster · 此提供商的 API 不支持创建虚拟机', '51idc demo (zone ac1) · 此提供商的 API 不支持创建虚拟机']);
    for (const option of refused) expect(option.closest('.ant-select-item-option')).toHaveClass('ant-select-item-option-disabled');
    expect(screen.getByText('ZStack demo', { selector: '.ant-select-item-option-content' }).closest('.ant-select-item-option')).not.toHaveClass('ant-select-item-option-disabled');
  });
});
