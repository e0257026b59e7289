import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';
import { ZSTACK_DB_VM } from '@/test/seeded';

describe('Snapshots area: all snapshots', () => {
  it('lists every snapshot of every connection; search by VM name; a click opens the VM tree with it selected', async () => {
    const app = await renderApp('/snapshots', { connections: ['vsd', 'zstack'] });
    await app.user.click(screen.getByText('All snapshots'));
    expect(app.router.state.location.search).toMatchObject({ view: 'snapshots' });
    const table = await screen.findByTestId('all-snapshots-table');
    const search = screen.getByRole('searchbox', { name: 'Search snapshots by name, id, VM or connection' });
    await app.user.type(search, 'daily-2026-11-20{Enter}');
    await within(table).findByRole('link', { name: 'Open in tree: daily-2026-11-20' }, { timeout: 15_000 });
    // The owning VM by name, the volume of a ZStack snapshot, the connection.
    const daily = screen.getByTestId('snapshot-entry-8e7d6c5b4a3f4e2d9c1b0a9f8e7d6c5b');
    expect(daily).toHaveTextContent('db-mysql-主库');
    expect(daily).toHaveTextContent('volume');
    expect(daily).toHaveTextContent('ZStack demo');

    await app.user.clear(search);
    await app.user.type(search, 'build-runner{Enter}');
    await within(table).findByRole('link', { name: 'Open in tree: gcc-13' }, { timeout: 15_000 });
    expect(within(table).queryByRole('link', { name: 'Open in tree: daily-2026-11-20' })).toBeNull();
    expect(within(table).getAllByRole('link').map((l) => l.textContent).sort()).toEqual(['base-image', 'clang-18', 'gcc-13', 'gcc-13-cache-warm', 'rust-1.82', 'rust-nightly', 'toolchain-ready']);
    expect(screen.getByTestId('all-snapshots-total')).toHaveTextContent(/^7 of \d+ snapshots$/);

    await app.user.click(within(table).getByRole('link', { name: 'Open in tree: gcc-13' }));
    const tree = await screen.findByRole('tree', { name: 'Snapshots of build-runner-01' }, { timeout: 15_000 });
    expect(app.router.state.location.search).toMatchObject({ connection: 'demo-vsd', snapshot: 'gcc-13' });
    const selected = within(tree).getAllByRole('treeitem').find((row) => row.getAttribute('aria-selected') === 'true');
    expect(selected).toHaveTextContent('gcc-13');
    // Details name the VM, not its id.
    expect(await screen.findByTestId('snapshot-details')).toHaveTextContent('VM · build-runner-01');
  });

  it('a connection that fails shows its alert; the other connections still list (Chinese)', async () => {
    const app = await renderApp('/snapshots?view=snapshots', {
      connections: ['vsd', 'zstack'],
      locale: 'zh-CN',
      emulator: { faults: [{ provider: 'zstack', route: '/zstack/v1/volume-snapshots', errorRate: 1, error: { status: 503, code: 'SYS.1000', message: '快照查询失败' } }] },
    });
    const alert = await screen.findByTestId('all-snapshots-error-demo-zstack', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('无法列出');
    expect(alert).toHaveTextContent('快照查询失败');
    const table = screen.getByTestId('all-snapshots-table');
    expect(await within(table).findByRole('link', { name: '在快照树中打开: gcc-13' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(app.router.state.location.search).toMatchObject({ view: 'snapshots' });
  });

  it('ZStack: the volume picker switches between the whole VM and one volume (URL volume)', async () => {
    const app = await renderApp(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}`, { connections: ['zstack'] });
    const whole = await screen.findByRole('tree', {}, { timeout: 15_000 });
    // The whole VM: one heading per volume (system and data disk).
    expect(within(whole).getAllByTestId('snapshot-row-scope').map((row) => row.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('ROOT-for-db-mysql'), expect.stringContaining('DATA-1-for-db-mysql')]));
    const picker = screen.getByRole('combobox', { name: 'Snapshots of' });
    await app.user.click(picker);
    const root = await screen.findByText(/\(system disk\)$/, { selector: '.ant-select-item-option-content' });
    expect(screen.getByText('Whole VM', { selector: '.ant-select-item-option-content' })).toBeInTheDocument();
    await app.user.click(root);
    await waitFor(() => expect(app.router.state.location.search).toMatchObject({ volume: expect.any(String) }));
    // The system disk's tree alone: the data disk's snapshots are gone, its own are there.
    await waitFor(() => expect(screen.queryByText(/DATA-1-for-db-mysql/, { selector: '[role=treeitem] *' })).toBeNull(), { timeout: 15_000 });
    const tree = await screen.findByRole('tree', {}, { timeout: 15_000 });
    expect(within(tree).getByText('daily-2026-11-20')).toBeInTheDocument();
    expect(picker.closest('.ant-select')).toHaveTextContent('(system disk)');
  });
});

describe('Snapshot details: ZStack size', () => {
  it('Measure size starts GetVolumeSnapshotSize as a job and shows the sizes it answers', async () => {
    const snapshot = '8e7d6c5b4a3f4e2d9c1b0a9f8e7d6c5b';
    const app = await renderApp(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${snapshot}`, { connections: ['zstack'] });
    const details = await screen.findByTestId('snapshot-details', {}, { timeout: 15_000 });
    await app.user.click(within(details).getByRole('button', { name: 'Measure size' }));
    await waitFor(() => expect(app.requests.matching('PUT', `/volume-snapshots/${snapshot}/actions`)).toHaveLength(1));
    expect(within(details).queryByTestId('snapshot-measured')).toBeNull();
    app.clock.advance(60_000);
    await app.queryClient.invalidateQueries({ queryKey: ['jobs'] });
    const measured = await within(details).findByTestId('snapshot-measured', {}, { timeout: 15_000 });
    expect(measured).toHaveTextContent(/^Measured size: [\d.]+ GiB \(actual [\d.]+ GiB\)$/);
  });
});
