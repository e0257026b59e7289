import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import type { ConfiguredConnection } from '@/domain/connections/config';
import { demoConnection, renderApp, type AppHarness } from '@/test/renderApp';
import { DBC_CLOSED_VM, IDC51_DB_VM, ZSTACK_DB_VM } from '@/test/seeded';
import { renderTree } from '@/test/tree';

/** Seeded DBC task that is running (mocks/dbc/seed.ts). */
const DBC_RUNNING = 'Gq3kZ8vR2mXw9TbN4sLpYc';

/** Opens the create dialog from the tree toolbar. */
async function openCreate(app: AppHarness) {
  const bar = screen.getByTestId('snapshot-target-actions');
  await app.user.click(within(bar).getByRole('button', { name: /Take snapshot/ }));
  return screen.findByTestId('snapshot-create-dialog');
}

const dialogOf = (inner: HTMLElement) => inner.closest<HTMLElement>('.ant-modal')!;

/** What the emulator received (bodies included), through the backend's own request log. */
const received = (app: AppHarness, provider: 'dbc' | 'idc51' | 'vsd' | 'zstack', method: string, path: string) =>
  app.backend.requests.list({ provider, method, path });

const rowOf = (tree: HTMLElement, name: string) => within(tree).queryByText(name, { selector: '[data-testid="snapshot-name"], [data-testid="snapshot-name"] *' })?.closest<HTMLElement>('[role="treeitem"]') ?? null;
const statusOf = (tree: HTMLElement, name: string) => rowOf(tree, name)?.querySelector('[data-status]')?.getAttribute('data-status');

async function setName(app: AppHarness, dialog: HTMLElement, name: string) {
  const field = formField(dialog, 'Name');
  await app.user.clear(field.control);
  if (name) await app.user.type(field.control, name);
  return field;
}

describe('Take snapshot', () => {
  it('DBC (current API): name checked as the node requires, the image server sent, the node appears creating then ready', async () => {
    const { app, tree } = await renderTree(`/snapshots?connection=demo-dbc&vm=${DBC_CLOSED_VM}`, { connections: ['dbc'] });
    const inner = await openCreate(app);
    const dialog = dialogOf(inner);
    expect(dialog).toHaveTextContent(`Take a snapshot of`);
    expect((formField(dialog, 'Name').control as HTMLInputElement).value).toMatch(/^snap-\d{8}-\d{4}$/);
    expect(dialog).toHaveTextContent('uploaded to the image center');
    // The image server list arrives and its first server is chosen.
    await waitFor(() => expect(within(dialog).getByTestId('snapshot-create-image-server')).toHaveTextContent('ID_1'));

    // A taken name and a name with a space are refused before anything is sent.
    let field = await setName(app, dialog, 'snap1');
    await waitFor(() => expect(field.errors()).toEqual(['This VM already has a snapshot named “snap1”']));
    field = await setName(app, dialog, 'before upgrade');
    await app.user.click(within(dialog).getByTestId('snapshot-create-submit'));
    await waitFor(() => expect(field.errors()).toEqual(['These characters are not allowed: / ␣']));
    expect(received(app, 'dbc', 'POST', '/snapshot/create')).toHaveLength(0);

    await setName(app, dialog, 'before-upgrade');
    await app.user.type(formField(dialog, 'Description').control, '升级前');
    await app.user.click(within(dialog).getByTestId('snapshot-create-submit'));
    await waitFor(() => expect(screen.queryByTestId('snapshot-create-dialog')).not.toBeInTheDocument());
    const sent = received(app, 'dbc', 'POST', `/snapshot/create/${DBC_CLOSED_VM}`);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ additional: { snapshot_name: 'before-upgrade', desc: '升级前', image_server: 'ID_1' } });

    await waitFor(() => expect(statusOf(tree, 'before-upgrade')).toBe('creating'));
    // Snapshot (1 min + 1.5 s/GB of 1040 GB) and upload, as long again: the job ends, the tree is read again.
    app.clock.advance(2 * (60 + 1040 * 1.5) * 1000 + 1000);
    await waitFor(() => expect(statusOf(tree, 'before-upgrade')).toBe('ready'), { timeout: 15_000 });
    expect(received(app, 'dbc', 'POST', '/snapshot/create')).toHaveLength(1);
  });
});

describe('Take snapshot: DBC 2022 API (per-disk choice)', () => {
  const shipped = demoConnection('dbc');
  const era2022 = { ...shipped, connection: { ...shipped.connection, options: { era: '2022' } } } as ConfiguredConnection;

  it('the disks to snapshot (chosen ones external, the others left out), no image server; the name stands in for the required description', async () => {
    const { app, tree } = await renderTree(`/snapshots?connection=demo-dbc&vm=${DBC_CLOSED_VM}`, { connections: [era2022] });
    const dialog = dialogOf(await openCreate(app));
    expect(within(dialog).queryByTestId('snapshot-create-image-server')).not.toBeInTheDocument();
    expect(dialog).not.toHaveTextContent('uploaded to the image center');
    const vda = within(dialog).getByRole('checkbox', { name: /vda \(system disk\)/ });
    const vdb = within(dialog).getByRole('checkbox', { name: /vdb \(data disk\)/ });
    expect(vda).toBeChecked();
    expect(vdb).toBeChecked();
    await app.user.click(vdb);
    await setName(app, dialog, 'system-only');
    await app.user.click(within(dialog).getByTestId('snapshot-create-submit'));
    await waitFor(() => expect(screen.queryByTestId('snapshot-create-dialog')).not.toBeInTheDocument());
    const sent = received(app, 'dbc', 'POST', `/snapshot/${DBC_CLOSED_VM}/create`);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ additional: { snapshot_name: 'system-only', description: 'system-only', disks: [{ disk_name: 'vda', snapshot_type: 'external' }] } });
    await waitFor(() => expect(statusOf(tree, 'system-only')).toBe('creating'));
  });
});

describe('Power off, then snapshot (DBC: the VM must be off)', () => {
  it('one flow: the power-off request, its job in the Jobs drawer, the VM read stopped, then exactly one create', async () => {
    const { app } = await renderTree(`/snapshots?connection=demo-dbc&vm=${DBC_RUNNING}`, { connections: ['dbc'] });
    const dialog = dialogOf(await openCreate(app));
    expect(within(dialog).getByTestId('snapshot-create-stop-first')).toHaveTextContent(/is running.*shut down first/);
    const submit = within(dialog).getByRole('button', { name: /Power off and take snapshot/ });
    await waitFor(() => expect(within(dialog).getByTestId('snapshot-create-image-server')).toHaveTextContent('ID_1'));
    await setName(app, dialog, 'after-training');
    await app.user.click(submit);

    // Step 1 only: the power-off request went out; nothing else until the VM reads stopped.
    await waitFor(() => expect(app.requests.matching('POST', /\/tasks\/(shutdown|stop|poweroff)\//, 'dbc')).toHaveLength(1));
    expect(within(dialog).getByTestId('snapshot-create-steps')).toHaveTextContent('Powering off');
    expect(received(app, 'dbc', 'POST', '/snapshot/create')).toHaveLength(0);
    await app.user.click(screen.getByRole('button', { name: /Jobs/ }));
    expect(await screen.findByText(/Shut down|Power off/, { selector: '.ant-drawer *' })).toBeInTheDocument();

    app.clock.advance(60_000);
    await waitFor(() => expect(received(app, 'dbc', 'POST', '/snapshot/create')).toHaveLength(1), { timeout: 15_000 });
    await waitFor(() => expect(screen.queryByTestId('snapshot-create-dialog')).not.toBeInTheDocument());
    const all = app.backend.requests.list({ provider: 'dbc', method: 'POST' }).filter((r) => /\/tasks\/(shutdown|stop|poweroff)\/|\/snapshot\/create\//.test(r.path));
    expect(all.map((r) => r.path.replace(/\/[^/]+$/, ''))).toEqual([expect.stringMatching(/\/tasks\/(shutdown|stop|poweroff)$/), '/api/v1/snapshot/create']);
    expect(all[1]!.body).toMatchObject({ additional: { snapshot_name: 'after-training', image_server: 'ID_1' } });
  });

  it('a refused power-off: the dialog says why and no create is sent', async () => {
    const { app } = await renderTree(`/snapshots?connection=demo-dbc&vm=${DBC_RUNNING}`, { connections: ['dbc'] });
    app.fault({ provider: 'dbc', route: '/api/v1/tasks/', method: 'POST', times: 1, errorRate: 1, error: { code: '-1', message: 'node is busy' } });
    const dialog = dialogOf(await openCreate(app));
    await waitFor(() => expect(within(dialog).getByTestId('snapshot-create-image-server')).toHaveTextContent('ID_1'));
    await app.user.click(within(dialog).getByRole('button', { name: /Power off and take snapshot/ }));
    const error = await within(dialog).findByTestId('snapshot-create-stop-error');
    expect(error).toHaveTextContent('The VM could not be powered off; nothing else was sent');
    expect(error).toHaveTextContent('node is busy');
    expect(received(app, 'dbc', 'POST', '/snapshot/create')).toHaveLength(0);
    expect(within(dialog).getByRole('button', { name: /Power off and take snapshot/ })).toBeEnabled();
  });
});

describe('Take snapshot: 51idc, vsd, ZStack', () => {
  it('51idc: forced full sent as is_full 1; no description field; a refusal shown in place with its code, values kept', async () => {
    const { app } = await renderTree(`/snapshots?connection=demo-idc51&vm=${IDC51_DB_VM}`, { connections: ['idc51'] });
    const dialog = dialogOf(await openCreate(app));
    expect(dialog).toHaveTextContent('Unticked, the provider decides between a full and an incremental backup');
    expect(within(dialog).queryByLabelText('Description')).not.toBeInTheDocument();
    await setName(app, dialog, '迁移前 pre-migration');
    await app.user.click(within(dialog).getByTestId('snapshot-create-full'));

    app.fault({ provider: 'idc51', route: '/volume_snapshots', method: 'POST', times: 1, errorRate: 1, error: { status: 400, code: '1400', message: 'quota exceeded' } });
    await app.user.click(within(dialog).getByTestId('snapshot-create-submit'));
    const error = await within(dialog).findByTestId('snapshot-create-error');
    expect(error).toHaveTextContent('quota exceeded');
    expect(error).toHaveTextContent('1400');
    expect(formField(dialog, 'Name').control).toHaveValue('迁移前 pre-migration');
    expect(within(dialog).getByTestId('snapshot-create-full')).toBeChecked();
    expect(received(app, 'idc51', 'POST', '/volume_snapshots')).toHaveLength(1);

    // Sent again only when the user clicks again: one more request, the same values.
    await app.user.click(within(dialog).getByTestId('snapshot-create-submit'));
    await waitFor(() => expect(screen.queryByTestId('snapshot-create-dialog')).not.toBeInTheDocument());
    const sent = received(app, 'idc51', 'POST', '/volume_snapshots');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.body).toMatchObject({ resources: [IDC51_DB_VM], snapshot_name: '迁移前 pre-migration', is_full: 1 });
  });

  it('vsd: memory offered on a running VM and sent as domain_memory; a taken name refused before sending', async () => {
    const app = await renderApp('/snapshots?connection=demo-vsd&q=build-runner', { connections: ['vsd'] });
    await app.user.click(await screen.findByRole('link', { name: 'Open tree: build-runner-01' }, { timeout: 15_000 }));
    const tree = await screen.findByRole('tree', { name: 'Snapshots of build-runner-01' }, { timeout: 15_000 });
    const dialog = dialogOf(await openCreate(app));
    const field = await setName(app, dialog, 'gcc-13');
    await waitFor(() => expect(field.errors()).toEqual(['This VM already has a snapshot named “gcc-13”']));
    await setName(app, dialog, 'x'.repeat(65));
    await waitFor(() => expect(field.errors()).toEqual(['At most 64 characters (now 65)']));
    await setName(app, dialog, 'before-kernel-6.8');
    const memory = within(dialog).getByTestId('snapshot-create-memory');
    expect(memory).toBeEnabled();
    await app.user.click(memory);
    await app.user.click(within(dialog).getByTestId('snapshot-create-submit'));
    await waitFor(() => expect(screen.queryByTestId('snapshot-create-dialog')).not.toBeInTheDocument());
    const sent = received(app, 'vsd', 'POST', '/snapshot/create');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ name: 'before-kernel-6.8', domain_memory: true });
    await waitFor(() => expect(rowOf(tree, 'before-kernel-6.8')).not.toBeNull());
  });

  it('vsd: memory disabled with the reason on a VM that is not running', async () => {
    const app = await renderApp('/snapshots?connection=demo-vsd&q=legacy-erp', { connections: ['vsd'] });
    await app.user.click(await screen.findByRole('link', { name: 'Open tree: legacy-erp-oracle' }, { timeout: 15_000 }));
    await screen.findByRole('tree', {}, { timeout: 15_000 });
    const dialog = dialogOf(await openCreate(app));
    expect(within(dialog).getByTestId('snapshot-create-memory')).toBeDisabled();
    expect(dialog).toHaveTextContent('Only a running VM can save its memory (now shutoff)');
  });

  it('ZStack: one request per chosen volume; both nodes appear creating, then ready', async () => {
    const { app, tree } = await renderTree(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}`, { connections: ['zstack'] });
    const dialog = dialogOf(await openCreate(app));
    const volumes = within(dialog).getAllByRole('checkbox');
    expect(volumes.length).toBeGreaterThanOrEqual(2);
    expect(volumes[0]).toBeChecked();
    for (const box of volumes.slice(1)) expect(box).not.toBeChecked();
    // None chosen is refused before sending.
    await app.user.click(volumes[0]!);
    await app.user.click(within(dialog).getByTestId('snapshot-create-submit'));
    expect(await within(dialog).findByText('Choose at least one disk')).toBeInTheDocument();
    await app.user.click(volumes[0]!);
    await app.user.click(volumes[1]!);
    await setName(app, dialog, '扩容前 before-resize');
    await app.user.click(within(dialog).getByTestId('snapshot-create-submit'));
    await waitFor(() => expect(screen.queryByTestId('snapshot-create-dialog')).not.toBeInTheDocument());
    const sent = received(app, 'zstack', 'POST', '/volume-snapshots');
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((r) => /volumes\/([^/]+)\/volume-snapshots/.exec(r.path)?.[1])).size).toBe(2);
    for (const r of sent) expect(r.body).toMatchObject({ params: { name: '扩容前 before-resize' } });
    await waitFor(() => expect(within(tree).getAllByText('扩容前 before-resize')).toHaveLength(2));
    expect(tree.querySelectorAll('[data-status="creating"]').length).toBeGreaterThanOrEqual(1);
    app.clock.advance(60_000);
    await waitFor(() => expect(tree.querySelectorAll('[data-status="creating"]')).toHaveLength(0), { timeout: 15_000 });
  });
});
