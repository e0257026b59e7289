import { screen, waitFor, within } from '@testing-library/react';
import { renderTree, treeOutline } from '@/test/tree';
import { renderApp } from '@/test/renderApp';
import { DBC_CLOSED_VM, IDC51_DB_VM, ZSTACK_DB_VM } from '@/test/seeded';

const row = (tree: HTMLElement, name: string) => within(tree).getByText(name, { selector: '[data-testid="snapshot-name"] , [data-testid="snapshot-name"] *' }).closest<HTMLElement>('[role="treeitem"]')!;

describe('Snapshots area', () => {
  it('the way in: search the targets table, open a vsd VM; its branches and NOW under the head', async () => {
    const app = await renderApp('/snapshots?connection=demo-vsd', { connections: ['vsd'] });
    await app.user.type(screen.getByRole('searchbox', { name: 'Search VMs by name, id or connection' }), 'build-runner{Enter}');
    await app.user.click(await screen.findByRole('link', { name: 'Open tree: build-runner-01' }));
    const tree = await screen.findByRole('tree', { name: 'Snapshots of build-runner-01' }, { timeout: 15_000 });
    expect(treeOutline(tree)).toEqual([
      '1:snapshot:base-image',
      '2:snapshot:toolchain-ready',
      '3:snapshot:gcc-13',
      '4:snapshot:gcc-13-cache-warm',
      '3:snapshot:clang-18',
      '4:now:NOW',
      '3:snapshot:rust-1.82',
      '4:snapshot:rust-nightly',
    ]);
    // The branch point is expandable and its three branches indent under it.
    expect(row(tree, 'toolchain-ready')).toHaveAttribute('aria-expanded', 'true');
    expect(app.router.state.location.search).toMatchObject({ connection: 'demo-vsd' });
  });

  it('51idc: instance and volume chains by parent_id, full vs incremental, a NOW per resource', async () => {
    const { tree } = await renderTree(`/snapshots?connection=demo-idc51&vm=${IDC51_DB_VM}`, { connections: ['idc51'] });
    const rows = treeOutline(tree);
    expect(rows.filter((r) => r.includes(':now:'))).toHaveLength(2);
    expect(rows.filter((r) => r.includes(':scope:'))).toHaveLength(2);
    const full = within(tree).getAllByText('full');
    const incremental = within(tree).getAllByText('incremental');
    expect(full.length).toBeGreaterThanOrEqual(3);
    expect(incremental.length).toBeGreaterThan(full.length);
    // The orders disk: the forced-full chain holds the head (after its 5th point), not the older weekly chain.
    const now = within(tree).getAllByTestId('snapshot-row-now');
    const forced = row(tree, '强制全量 forced-full');
    expect(forced).toHaveAttribute('aria-level', '2');
    expect(now.some((n) => Number(n.getAttribute('aria-level')) === 2 + 5)).toBe(true);
  });

  it('ZStack: every tree of a volume, the current one marked, NOW after its latest', async () => {
    const { tree } = await renderTree(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}`, { connections: ['zstack'] });
    expect(within(tree).getAllByTestId('snapshot-current-tree')).toHaveLength(1);
    expect(within(tree).getAllByTestId('snapshot-other-tree')).toHaveLength(1);
    expect(row(tree, '初始安装 baseline')).toContainElement(within(tree).getByTestId('snapshot-current-tree'));
    expect(row(tree, '旧基线 old-baseline')).toContainElement(within(tree).getByTestId('snapshot-other-tree'));
    const rows = treeOutline(tree);
    const latest = rows.findIndex((r) => r.endsWith(':snapshot:daily-2026-11-20'));
    expect(rows[latest + 1]).toBe(`${Number(rows[latest]!.split(':')[0]) + 1}:now:NOW`);
    // The branch after before-upgrade is drawn as a sibling of after-upgrade.
    expect(row(tree, 'hotfix-branch 测试分支').getAttribute('aria-level')).toBe(row(tree, 'after-upgrade 升级完成').getAttribute('aria-level'));
  });

  it('DBC: a line in creation order; the keyboard moves, collapses and opens details (tree roles, roving tabindex)', async () => {
    const { app, tree } = await renderTree(`/snapshots?connection=demo-dbc&vm=${DBC_CLOSED_VM}`, { connections: ['dbc'] });
    expect(treeOutline(tree)).toEqual(['1:snapshot:snap1', '2:snapshot:snap-epoch90', '3:now:NOW']);
    const items = () => within(tree).getAllByRole('treeitem');
    expect(items().filter((i) => i.tabIndex === 0)).toHaveLength(1);

    await app.user.click(items()[0]!);
    await waitFor(() => expect(items()[0]).toHaveFocus());
    expect(items()[0]).toHaveAttribute('aria-selected', 'true');
    await app.user.keyboard('{ArrowDown}');
    await waitFor(() => expect(items()[1]).toHaveFocus());
    expect(items()[1]).toHaveAttribute('tabindex', '0');
    expect(items()[0]).toHaveAttribute('tabindex', '-1');
    await app.user.keyboard('{End}');
    await waitFor(() => expect(items()[2]).toHaveFocus());
    await app.user.keyboard('{Home}');
    await waitFor(() => expect(items()[0]).toHaveFocus());
    await app.user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]).toHaveAttribute('aria-expanded', 'false');
    await app.user.keyboard('{ArrowRight}');
    await waitFor(() => expect(items()).toHaveLength(3));
    await app.user.keyboard('{ArrowRight}{Enter}');
    const details = await screen.findByTestId('snapshot-details');
    expect(within(details).getByRole('heading', { name: 'snap-epoch90' })).toBeInTheDocument();
    expect(items()[1]).toHaveAttribute('aria-selected', 'true');
    expect(app.router.state.location.search).toMatchObject({ snapshot: 'snap-epoch90' });
    expect(details).toHaveTextContent(`/data/${DBC_CLOSED_VM}_snap-epoch90.qcow2`);

    await app.user.click(screen.getByRole('button', { name: /Keyboard shortcuts/ }));
    expect(await screen.findByTestId('snapshot-shortcuts')).toHaveTextContent('Open the details of the snapshot');
  });

  it('details by URL and compare: size, time between, memory, the path through the common ancestor', async () => {
    const { tree } = await renderTree(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${'8e7d6c5b4a3f4e2d9c1b0a9f8e7d6c5b'}&compare=${'2a4c6e8f0b1d4f3a8c5e7a9b1d3f5a7c'}`, { connections: ['zstack'] });
    expect(row(tree, 'daily-2026-11-20')).toHaveAttribute('aria-selected', 'true');
    const compare = await screen.findByTestId('snapshot-compare');
    expect(compare).toHaveTextContent('Compare with hotfix-branch 测试分支');
    expect(compare).toHaveTextContent(/Time between\s*\d[\d.]* days earlier/);
    expect(compare).toHaveTextContent('disk only / disk only');
    const path = within(screen.getByTestId('snapshot-compare-path')).getAllByText(/./, { selector: '.ant-tag' }).map((t) => t.textContent);
    expect(path).toEqual(['daily-2026-11-20', 'daily-2026-11-01', 'after-upgrade 升级完成', 'before-upgrade-5.7-to-8.0', 'hotfix-branch 测试分支']);
  });

  it('a provider error on the tree read shows its code and message (Chinese); Refresh reads again', async () => {
    const app = await renderApp('/snapshots?connection=demo-vsd&q=build-runner', {
      connections: ['vsd'],
      locale: 'zh-CN',
      emulator: { faults: [{ provider: 'vsd', route: '/v1/compute/vsd/snapshot', errorRate: 1, times: 1, error: { status: 500, code: '5001', message: '快照服务暂时不可用' } }] },
    });
    await app.user.click(await screen.findByRole('link', { name: '打开快照树: build-runner-01' }, { timeout: 15_000 }));
    const alert = await screen.findByTestId('snapshot-tree-error', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('无法加载快照');
    expect(alert).toHaveTextContent('快照服务暂时不可用');
    expect(alert).toHaveTextContent('5001');
    await app.user.click(within(alert).getByRole('button', { name: /刷新/ }));
    expect(await screen.findByRole('tree', { name: 'build-runner-01 的快照' })).toBeInTheDocument();
  });

  it('provider data that is no tree (a parent loop) is shown as such, with its code', async () => {
    const app = await renderApp('/snapshots?connection=demo-vsd&q=build-runner', { connections: ['vsd'] });
    // Emulator state is plain JSON: make base-image a child of its own descendant gcc-13.
    const state = app.backend.emulators.vsd.snapshot() as { trees: Record<string, { snapshots: Array<{ name: string; parent: string }> }> };
    const runner = Object.values(state.trees).find((tree) => tree.snapshots.some((s) => s.name === 'gcc-13'))!;
    runner.snapshots.find((s) => s.name === 'base-image')!.parent = 'gcc-13';
    expect(app.backend.emulators.vsd.restore(state)).toBe(true);
    await app.user.click(await screen.findByRole('link', { name: 'Open tree: build-runner-01' }, { timeout: 15_000 }));
    const alert = await screen.findByTestId('snapshot-tree-bad-data', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('The provider’s snapshot data is not a valid tree');
    expect(alert).toHaveTextContent('SNAPSHOT_TREE_');
  });

  it('vsd memory snapshots are marked; a saving one shows its progress and the raw status on hover', async () => {
    const app = await renderApp('/snapshots?connection=demo-vsd&q=客服系统', { connections: ['vsd'] });
    await app.user.click(await screen.findByRole('link', { name: 'Open tree: 客服系统-app' }, { timeout: 15_000 }));
    const tree = await screen.findByRole('tree', {}, { timeout: 15_000 });
    const saving = row(tree, '内存快照-进行中');
    expect(within(saving).getByText('memory + disk')).toBeInTheDocument();
    const status = saving.querySelector<HTMLElement>('[data-status]')!;
    expect(status).toHaveAttribute('data-status', 'creating');
    await app.user.hover(status);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Provider status: \S+/);
    expect(row(tree, '内存快照-失败').querySelector('[data-status]')).toHaveAttribute('data-status', 'error');
  });

  it('the VM detail Snapshots tab shows the same tree', async () => {
    await renderApp(`/vms/demo-dbc/${DBC_CLOSED_VM}?tab=snapshots`, { connections: ['dbc'] });
    const tab = await screen.findByTestId('vm-snapshots', {}, { timeout: 15_000 });
    const tree = await within(tab).findByRole('tree');
    expect(treeOutline(tree)).toEqual(['1:snapshot:snap1', '2:snapshot:snap-epoch90', '3:now:NOW']);
    expect(within(tab).getByRole('link', { name: 'Open in the Snapshots area' })).toHaveAttribute('href', expect.stringContaining(`vm=${DBC_CLOSED_VM}`));
  });

  it('5,000 snapshots: only a window of rows is rendered (End to the last row is in e2e: jsdom cannot scroll)', async () => {
    const app = await renderApp('/snapshots?connection=demo-vsd&q=snapshot-stress', { connections: ['vsd'], emulator: { dataset: 'large' }, viewportHeight: 900 });
    await app.user.click(await screen.findByRole('link', { name: 'Open tree: snapshot-stress-5000' }, { timeout: 20_000 }));
    const tree = await screen.findByRole('tree', { name: 'Snapshots of snapshot-stress-5000' }, { timeout: 20_000 });
    const items = () => within(tree).getAllByRole('treeitem');
    await waitFor(() => expect(items().length).toBeGreaterThan(5));
    expect(items().length).toBeLessThan(60);
    expect(screen.getByText('5000 snapshots')).toBeInTheDocument();
  });
});
