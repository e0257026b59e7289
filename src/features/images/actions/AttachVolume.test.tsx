import { screen, waitFor, within } from '@testing-library/react';
import { renderApp, type AppHarness } from '@/test/renderApp';

const TEMPLATE = '314d80c2feb5352c984b3ffd36108c32';
const STOPPED_VM = '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b';
/** The parts of the ZStack emulator's state these tests read (mocks/zstack/state.ts). */
interface ZStackSeen {
  volumes: { uuid: string; name: string; vmInstanceUuid?: string }[];
  vms: { uuid: string; name: string }[];
}
const zstack = (app: AppHarness) => app.backend.emulators.zstack.snapshot() as ZStackSeen;
const ATTACH = /\/zstack\/v1\/volumes\/[0-9a-f]{32}\/vm-instances\/[0-9a-f]{32}$/;

/** Makes `name` from the seeded data-volume template in the dialog and waits until the volume is ready. */
async function makeVolume(app: AppHarness, name: string) {
  const table = await screen.findByTestId('images-table');
  const row = (await within(table).findByText('My Data Volume Template')).closest('tr')!;
  await app.user.click(within(row).getByRole('button', { name: 'Actions for My Data Volume Template' }));
  await app.user.click(await screen.findByRole('menuitem', { name: 'Make a data volume' }));
  const dialog = await screen.findByRole('dialog');
  await app.user.clear(within(dialog).getByLabelText('Volume name'));
  await app.user.type(within(dialog).getByLabelText('Volume name'), name);
  await app.user.click(within(dialog).getByLabelText('Primary storage'));
  await app.user.click(await screen.findByTitle('PS-Ceph-01 Ceph主存储'));
  await app.user.click(within(dialog).getByTestId('make-volume-submit'));
  await waitFor(() => expect(app.requests.matching('POST', `/data-volume-templates/${TEMPLATE}`)).toHaveLength(1));
  app.clock.advance(180_000);
  await within(dialog).findByText(new RegExp(`Volume ${name} is ready`), {}, { timeout: 15_000 });
  return { dialog, volume: zstack(app).volumes.find((v) => v.name === name)! };
}

async function pickVm(app: AppHarness, dialog: HTMLElement, label: RegExp) {
  await app.user.click(within(dialog).getByLabelText('VM'));
  await app.user.click(await screen.findByTitle(label));
}

describe('Attach a new data volume to a VM', () => {
  it('asks for a VM, then sends one attach; the job ends with the volume on the VM, whose page lists it with its template', async () => {
    const app = await renderApp('/images?kind=zstackDataTemplate', { connections: ['zstack'] });
    const { dialog, volume } = await makeVolume(app, 'mysql-extra');
    const step = within(dialog).getByTestId('attach-volume');
    await app.user.click(within(step).getByTestId('attach-volume-submit'));
    expect(await within(step).findByText('Choose a VM')).toBeInTheDocument();
    expect(app.requests.matching('POST', ATTACH)).toHaveLength(0);
    await pickVm(app, dialog, /^db-mysql-主库 \(Stopped\)$/);
    await app.user.dblClick(within(step).getByTestId('attach-volume-submit'));
    await waitFor(() => expect(app.requests.matching('POST', ATTACH)).toHaveLength(1));
    expect(app.requests.matching('POST', ATTACH)[0]!.url).toContain(`/volumes/${volume.uuid}/vm-instances/${STOPPED_VM}`);
    expect(await within(step).findByText(/Attaching mysql-extra to db-mysql-主库/)).toBeInTheDocument();
    app.clock.advance(5_000);
    expect(await within(step).findByText('mysql-extra is attached to db-mysql-主库', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(zstack(app).volumes.find((v) => v.uuid === volume.uuid)?.vmInstanceUuid).toBe(STOPPED_VM);
    expect(app.requests.matching('POST', ATTACH)).toHaveLength(1);

    await app.user.click(within(step).getByTestId('attach-volume-open-vm'));
    const volumes = await screen.findByTestId('vm-data-volumes', {}, { timeout: 15_000 });
    const row = (await within(volumes).findByText('mysql-extra')).closest('tr')!;
    const link = await within(row).findByRole('link', { name: 'My Data Volume Template' });
    expect(link).toHaveAttribute('href', `/images/demo-zstack/${TEMPLATE}`);
  });

  it('a refusal (a Paused VM) shows ZStack’s code, keeps the dialog and the choice, and another VM can be tried', async () => {
    const app = await renderApp('/images?kind=zstackDataTemplate', { connections: ['zstack'] });
    const { dialog, volume } = await makeVolume(app, 'cache-extra');
    const step = within(dialog).getByTestId('attach-volume');
    await pickVm(app, dialog, /^redis-cache-02 缓存 \(Paused\)$/);
    await app.user.click(within(step).getByTestId('attach-volume-submit'));
    const failed = await within(step).findByText('The volume was not attached', {}, { timeout: 15_000 });
    expect(failed.closest('[data-testid="attach-volume-job"]')).toHaveTextContent(/SYS\.1006: .*VM\.1010/);
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(within(step).getByTestId('attach-volume-vm')).toHaveTextContent('redis-cache-02 缓存 (Paused)');
    expect(zstack(app).volumes.find((v) => v.uuid === volume.uuid)?.vmInstanceUuid).toBeUndefined();
    expect(app.requests.matching('POST', ATTACH)).toHaveLength(1);

    await pickVm(app, dialog, /^web-server-01 官网前端 \(Running\)$/);
    await app.user.click(within(step).getByTestId('attach-volume-submit'));
    await waitFor(() => expect(app.requests.matching('POST', ATTACH)).toHaveLength(2));
    app.clock.advance(5_000);
    expect(await within(step).findByText('cache-extra is attached to web-server-01 官网前端', {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});

describe('Make a data volume', () => {
  it('a double click on Create volume sends one create (the form validates asynchronously)', async () => {
    const app = await renderApp('/images?kind=zstackDataTemplate', { connections: ['zstack'] });
    const table = await screen.findByTestId('images-table');
    const row = (await within(table).findByText('My Data Volume Template')).closest('tr')!;
    await app.user.click(within(row).getByRole('button', { name: 'Actions for My Data Volume Template' }));
    await app.user.click(await screen.findByRole('menuitem', { name: 'Make a data volume' }));
    const dialog = await screen.findByRole('dialog');
    await app.user.click(within(dialog).getByLabelText('Primary storage'));
    await app.user.click(await screen.findByTitle('PS-Ceph-01 Ceph主存储'));
    await app.user.dblClick(within(dialog).getByTestId('make-volume-submit'));
    await within(dialog).findByTestId('make-volume-job');
    expect(app.requests.matching('POST', `/data-volume-templates/${TEMPLATE}`)).toHaveLength(1);
  });
});
