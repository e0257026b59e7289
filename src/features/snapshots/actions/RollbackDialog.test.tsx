import { screen, waitFor, within } from '@testing-library/react';
import { useJobs } from '@/shared/jobs/store';
import { treeOutline } from '@/test/tree';
import { renderApp, type AppHarness, type ReceivedRequest } from '@/test/renderApp';
import { IDC51_DB_VM } from '@/test/seeded';

/** Seeded targets (mocks/<provider>/seed.ts): vsd VMs are found by name, the others by their fixed ids. */
const ZSTACK_RUNNING = '3f9e1d7c5b3a4e2d9c8b7a6f5e4d3c2b';
const ZSTACK_RUNNING_SNAPSHOT = '4b6d8f0a2c4e4a6b8d0f2a4c6e8a0b2d';

const VSD_ROLLBACK = /\/v1\/compute\/vsd\/snapshot\/rollback$/;
const VSD_CREATE = /\/v1\/compute\/vsd\/snapshot\/create$/;
const VSD_DISKS = /\/v1\/compute\/volume\/snapshot\/rollback$/;
const VSD_OFF = /\/v1\/compute\/shutoff$/;


const rowOf = (tree: HTMLElement, name: string) => within(tree).getByText(name, { selector: '[data-testid="snapshot-name"] , [data-testid="snapshot-name"] *' }).closest<HTMLElement>('[role="treeitem"]')!;

/** Where NOW is: the snapshot it hangs under (the nearest row above it one level up), by name. */
function nowAfter(tree: HTMLElement): string | undefined {
  const rows = treeOutline(tree).map((r) => ({ level: Number(r.split(':')[0]), kind: r.split(':')[1], name: r.split(':').slice(2).join(':') }));
  const at = rows.findIndex((r) => r.kind === 'now');
  const parent = rows.slice(0, at).reverse().find((r) => r.level === rows[at]!.level - 1);
  return parent?.name;
}

async function openVsd(name: string, options: Parameters<typeof renderApp>[1] = {}) {
  const app = await renderApp(`/snapshots?connection=demo-vsd&q=${encodeURIComponent(name)}`, { connections: ['vsd'], ...options });
  await app.user.click(await screen.findByRole('link', { name: `${options.locale === 'zh-CN' ? '打开快照树' : 'Open tree'}: ${name}` }, { timeout: 15_000 }));
  const tree = await screen.findByRole('tree', {}, { timeout: 15_000 });
  return { app, tree };
}

/** Selects a snapshot and triggers one of its actions from the details bar; returns the dialog. */
async function openAction(app: AppHarness, tree: HTMLElement, snapshot: string, action: string) {
  await app.user.click(rowOf(tree, snapshot));
  const bar = await screen.findByTestId('snapshot-actions');
  const button = within(bar).getByRole('button', { name: action });
  await waitFor(() => expect(button).toBeEnabled());
  await app.user.click(button);
  return screen.findByRole('dialog');
}

const indexOf = (app: AppHarness, request: ReceivedRequest) => app.requests.indexOf(request);
const sent = (app: AppHarness) => ({
  off: app.requests.matching('POST', VSD_OFF, 'vsd'),
  create: app.requests.matching('POST', VSD_CREATE, 'vsd'),
  rollback: app.requests.matching('POST', VSD_ROLLBACK, 'vsd'),
  disks: app.requests.matching('POST', VSD_DISKS, 'vsd'),
});

describe('Rollback dialog', () => {
  it('vsd: names the VM and snapshot, says what is lost (since clang-18, clang-18 left behind); Cancel sends nothing', async () => {
    const { app, tree } = await openVsd('build-runner-01');
    const dialog = await openAction(app, tree, 'gcc-13', 'Roll back');
    expect(within(dialog).getByText('Roll back “build-runner-01” to “gcc-13”')).toBeInTheDocument();
    const loss = within(dialog).getByTestId('rollback-loss');
    expect(loss).toHaveTextContent('Every change made on the VM since snapshot “clang-18” that no snapshot holds');
    expect(within(dialog).getByTestId('rollback-left-behind')).toHaveTextContent('Left behind on the branch the VM leaves (kept: you can roll back to them later): clang-18');
    // Running VM: a disk rollback needs it off, which the dialog does first; it stays off.
    expect(within(dialog).getByTestId('rollback-notes')).toHaveTextContent('The VM stays shut off afterwards');
    expect(within(dialog).getByRole('checkbox', { name: 'Take a snapshot first (keeps what would be lost)' })).toBeChecked();
    expect(within(dialog).getByRole('button', { name: /Power off and roll back/ })).toBeInTheDocument();
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(app)).toEqual({ off: [], create: [], rollback: [], disks: [] });
  });

  it('vsd: power off, then the snapshot, then the rollback, one request each, in that order; NOW moves under gcc-13 with a new branch', async () => {
    const { app, tree } = await openVsd('build-runner-01');
    expect(nowAfter(tree)).toBe('clang-18');
    const dialog = await openAction(app, tree, 'gcc-13', 'Roll back');
    const name = within(dialog).getByRole('textbox', { name: 'Name of that snapshot' });
    await app.user.clear(name);
    await app.user.type(name, 'keep-clang-work');
    await app.user.click(within(dialog).getByRole('button', { name: /Power off and roll back/ }));
    await waitFor(() => expect(sent(app).off).toHaveLength(1));
    expect(within(dialog).getByTestId('rollback-steps')).toHaveTextContent(/Power off.*Take snapshot.*Roll back/);
    expect(sent(app).create).toHaveLength(0);
    app.clock.advance(5 * 60_000); // the guest shuts down
    await waitFor(() => expect(sent(app).rollback).toHaveLength(1), { timeout: 15_000 });
    const { off, create, rollback } = sent(app);
    expect(create).toHaveLength(1);
    expect(indexOf(app, off[0]!)).toBeLessThan(indexOf(app, create[0]!));
    expect(indexOf(app, create[0]!)).toBeLessThan(indexOf(app, rollback[0]!));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The emulator: the snapshot holds the clang-18 work, head under gcc-13.
    await waitFor(() => expect(nowAfter(screen.getByRole('tree'))).toBe('gcc-13'), { timeout: 15_000 });
    expect(treeOutline(screen.getByRole('tree'))).toContain('4:snapshot:keep-clang-work');
    expect(sent(app).rollback).toHaveLength(1);
  });

  it('vsd: the power-off is refused → nothing else is sent; the dialog says so with the provider’s code', async () => {
    const { app, tree } = await openVsd('build-runner-01');
    app.fault({ provider: 'vsd', route: '/v1/compute/shutoff', method: 'POST', errorRate: 1, times: 1, error: { code: '20203', message: 'compute is busy' } });
    const dialog = await openAction(app, tree, 'gcc-13', 'Roll back');
    await app.user.click(within(dialog).getByRole('button', { name: /Power off and roll back/ }));
    const failure = await within(dialog).findByTestId('rollback-failure');
    expect(failure).toHaveTextContent('The VM was not powered off: nothing else was sent');
    expect(failure).toHaveTextContent('20203');
    expect(sent(app)).toMatchObject({ off: [expect.anything()], create: [], rollback: [], disks: [] });
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('vsd: the snapshot first is refused → no rollback is sent; the provider’s code and message show; the name typed is kept', async () => {
    const { app, tree } = await openVsd('test-templ');
    app.fault({ provider: 'vsd', route: '/v1/compute/vsd/snapshot/create', method: 'POST', errorRate: 1, times: 1, error: { code: '23002', message: 'snapshot quota exceeded' } });
    const dialog = await openAction(app, tree, 'origin', 'Roll back');
    // Shut off already, at origin: only what changed since origin goes.
    expect(within(dialog).getByTestId('rollback-loss')).toHaveTextContent('The VM is at “origin” already: only the changes made since then are lost');
    const name = within(dialog).getByRole('textbox', { name: 'Name of that snapshot' });
    await app.user.clear(name);
    await app.user.type(name, 'my-safety');
    await app.user.click(within(dialog).getByRole('button', { name: 'Roll back' }));
    const failure = await within(dialog).findByTestId('rollback-failure');
    expect(failure).toHaveTextContent('The snapshot was not taken: nothing was rolled back');
    expect(failure).toHaveTextContent('23002');
    expect(failure).toHaveTextContent('snapshot quota exceeded');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name of that snapshot' })).toHaveValue('my-safety');
    expect(sent(app).create).toHaveLength(1);
    expect(sent(app).rollback).toHaveLength(0);
  });

  it('vsd: a memory snapshot offers “restore the memory too” (on for a running VM): no power-off, the VM comes back running', async () => {
    const { app, tree } = await openVsd('财务数据库');
    const dialog = await openAction(app, tree, '升级前-内存快照', 'Roll back');
    const memory = within(dialog).getByRole('checkbox', { name: 'Restore the memory too' });
    expect(memory).toBeChecked();
    expect(within(dialog).getByTestId('rollback-notes')).toHaveTextContent('The VM comes back running, exactly where the memory was saved');
    await app.user.click(within(dialog).getByRole('checkbox', { name: /Take a snapshot first/ }));
    // Without the memory it would be a disk rollback: power off first.
    await app.user.click(memory);
    expect(within(dialog).getByRole('button', { name: /Power off and roll back/ })).toBeInTheDocument();
    await app.user.click(memory);
    await app.user.click(within(dialog).getByRole('button', { name: 'Roll back' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(app)).toMatchObject({ off: [], create: [], rollback: [expect.anything()] });
    const state = app.backend.emulators.vsd.snapshot() as { computes: Array<{ name: string; state: string }> };
    expect(state.computes.find((c) => c.name === '财务数据库')?.state).toBe('running');
  });

  it('vsd “Roll back disks”: each disk’s result; one disk refused is listed with its code and not reported as success', async () => {
    // build-runner-01 shut off, and its second volume no longer attached (the platform refuses that item with 23010).
    const app0 = await renderApp('/snapshots?connection=demo-vsd&q=build-runner-01', { connections: ['vsd'] });
    const state = app0.backend.emulators.vsd.snapshot() as { computes: Array<{ name: string; state: string; disks: Array<{ volumeUuid: string }> }> };
    const runner = state.computes.find((c) => c.name === 'build-runner-01')!;
    runner.state = 'shutoff';
    runner.disks[1]!.volumeUuid = 'ffffffff-0000-4000-8000-000000000000';
    expect(app0.backend.emulators.vsd.restore(state)).toBe(true);
    await app0.user.click(await screen.findByRole('link', { name: 'Open tree: build-runner-01' }, { timeout: 15_000 }));
    const tree = await screen.findByRole('tree', {}, { timeout: 15_000 });
    const dialog = await openAction(app0, tree, 'gcc-13', 'Roll back disks');
    expect(within(dialog).getByText('Roll back disks of “build-runner-01” to “gcc-13”')).toBeInTheDocument();
    expect(within(dialog).getByTestId('rollback-loss')).toHaveTextContent('The VM’s place in the tree (NOW) does not move');
    const disks = within(within(dialog).getByTestId('rollback-disks')).getAllByRole('checkbox');
    expect(disks).toHaveLength(2);
    // None chosen: a clear message, nothing sent.
    for (const d of disks) await app0.user.click(d);
    await app0.user.click(within(dialog).getByRole('checkbox', { name: /Take a snapshot first/ }));
    await app0.user.click(within(dialog).getByRole('button', { name: 'Roll back' }));
    expect(within(dialog).getByText('Choose at least one disk')).toBeInTheDocument();
    for (const d of disks) await app0.user.click(d);
    await app0.user.click(within(dialog).getByRole('button', { name: 'Roll back' }));
    const results = await within(dialog).findByTestId('rollback-results');
    expect(results).toHaveTextContent('1 of 2 disks failed; the others were rolled back');
    const items = within(results).getAllByTestId('rollback-disk-result');
    expect(items.map((i) => i.getAttribute('data-ok'))).toEqual(['true', 'false']);
    expect(items[1]).toHaveTextContent('Failed');
    expect(items[1]).toHaveTextContent('23010');
    expect(items[1]).toHaveTextContent('volume is not attached to the compute');
    expect(sent(app0).disks).toHaveLength(1);
    expect(screen.queryByText(/Roll back disks “.*” done/)).not.toBeInTheDocument();
    // The Jobs drawer lists it as failed, with the provider's words; a second click would send only the failed disk.
    expect(useJobs.getState().jobs[0]).toMatchObject({ action: 'snapshot.rollbackVolume', status: 'failed', error: { code: 'SNAPSHOT_PARTS_FAILED', message: expect.stringContaining('volume is not attached') } });
    await waitFor(() => expect(disks.map((d) => (d as HTMLInputElement).checked)).toEqual([false, true]));
  });

  it('ZStack: revert of a running VM’s volume stops it first (stop job, then the snapshot job, then revert)', async () => {
    const app = await renderApp(`/snapshots?connection=demo-zstack&vm=${ZSTACK_RUNNING}&snapshot=${ZSTACK_RUNNING_SNAPSHOT}`, { connections: ['zstack'] });
    const bar = await screen.findByTestId('snapshot-actions', {}, { timeout: 15_000 });
    const button = within(bar).getByRole('button', { name: 'Roll back' });
    await waitFor(() => expect(button).toBeEnabled());
    await app.user.click(button);
    const dialog = await screen.findByRole('dialog');
    await app.user.click(within(dialog).getByRole('button', { name: /Power off and roll back/ }));
    const actions = () => app.requests.matching('PUT', /\/zstack\/v1\/(vm-instances|volume-snapshots)\/[0-9a-f]+\/actions$/, 'zstack');
    const creates = () => app.requests.matching('POST', /\/zstack\/v1\/volumes\/[0-9a-f]+\/volume-snapshots$/, 'zstack');
    await waitFor(() => expect(actions()).toHaveLength(1));
    expect(actions()[0]!.path).toContain(`/vm-instances/${ZSTACK_RUNNING}/actions`);
    app.clock.advance(5 * 60_000);
    await waitFor(() => expect(creates()).toHaveLength(1), { timeout: 15_000 });
    expect(actions()).toHaveLength(1);
    app.clock.advance(5 * 60_000);
    await waitFor(() => expect(actions()).toHaveLength(2), { timeout: 15_000 });
    expect(actions()[1]!.path).toContain(`/volume-snapshots/${ZSTACK_RUNNING_SNAPSHOT}/actions`);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('51idc: says a running instance restarts; a refused apply keeps the dialog open with the code and is not retried (zh-CN)', async () => {
    const app = await renderApp(`/snapshots?connection=demo-idc51&vm=${IDC51_DB_VM}`, { connections: ['idc51'], locale: 'zh-CN' });
    const tree = await screen.findByRole('tree', {}, { timeout: 15_000 });
    app.fault({ provider: 'idc51', route: '/volume_snapshots/apply', method: 'POST', errorRate: 1, times: 1, error: { status: 400, code: '1100', message: '快照正在使用中' } });
    const first = within(tree).getAllByRole('treeitem').find((r) => r.getAttribute('data-testid') === 'snapshot-row-snapshot' && r.getAttribute('aria-level') === '2')!;
    await app.user.click(first);
    const bar = await screen.findByTestId('snapshot-actions');
    const button = within(bar).getByRole('button', { name: '回滚' });
    await waitFor(() => expect(button).toBeEnabled());
    await app.user.click(button);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('rollback-notes')).toHaveTextContent('运行中的');
    expect(within(dialog).getByText('将会丢失')).toBeInTheDocument();
    await app.user.click(within(dialog).getByRole('checkbox', { name: /先创建快照/ }));
    await app.user.click(within(dialog).getByTestId('rollback-submit'));
    const failure = await within(dialog).findByTestId('rollback-failure');
    expect(failure).toHaveTextContent('服务商拒绝了回滚');
    expect(failure).toHaveTextContent('1100');
    expect(failure).toHaveTextContent('快照正在使用中');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(app.requests.matching('POST', /\/volume_snapshots\/apply$/, 'idc51')).toHaveLength(1);
    expect(app.requests.matching('POST', /\/volume_snapshots$/, 'idc51')).toHaveLength(0);
  });
});
