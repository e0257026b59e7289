import { screen, waitFor, within } from '@testing-library/react';
import { useJobs } from '@/shared/jobs/store';
import { renderApp, type AppHarness, type RenderAppOptions } from '@/test/renderApp';
import { DBC_CLOSED_VM, IDC51_DB_VM, ZSTACK_DB_VM } from '@/test/seeded';
import { renderTree } from '@/test/tree';

/** Seeded targets (mocks/<provider>/seed.ts). */
const IDC51_BUILD = 'i-IN234BH';
const ZSTACK_BRANCH = '2a4c6e8f0b1d4f3a8c5e7a9b1d3f5a7c';

async function openVsdRunner(options: RenderAppOptions = {}) {
  const app = await renderApp('/snapshots?connection=demo-vsd&q=build-runner', { connections: ['vsd'], ...options });
  await app.user.click(await screen.findByRole('link', { name: /build-runner-01/ }, { timeout: 15_000 }));
  const tree = await screen.findByRole('tree', {}, { timeout: 15_000 });
  return { app, tree };
}

const rowOf = (tree: HTMLElement, name: string) =>
  within(tree).getByText(name, { selector: '[data-testid="snapshot-name"], [data-testid="snapshot-name"] *' }).closest<HTMLElement>('[role="treeitem"]')!;
const names = (tree: HTMLElement) => within(tree).queryAllByTestId('snapshot-name').map((n) => n.textContent);
const listed = (dialog: HTMLElement) => within(dialog).getAllByTestId('delete-removed-item').map((i) => i.textContent);

async function deleteFromDetails(app: AppHarness) {
  await app.user.click(within(screen.getByTestId('snapshot-actions')).getByRole('button', { name: 'Delete' }));
  return screen.findByRole('dialog');
}

describe('Delete snapshot dialog', () => {
  it('ZStack subtree: lists every snapshot that goes, OK only once the name is typed exactly; cancel sends nothing', async () => {
    const { app } = await renderTree(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${ZSTACK_BRANCH}`, { connections: ['zstack'] });
    const dialog = await deleteFromDetails(app);
    expect(dialog).toHaveTextContent('Delete snapshot “hotfix-branch 测试分支” of db-mysql-主库?');
    expect(listed(dialog)).toEqual(['hotfix-branch 测试分支chosen', 'hotfix-verified']);
    expect(within(dialog).getByTestId('delete-now')).toHaveTextContent('NOW (the running disks) does not move');
    expect(dialog).toHaveTextContent('Every later snapshot that depends on this one is deleted with it');
    const ok = within(dialog).getByRole('button', { name: 'Delete 2 snapshots' });
    expect(ok).toBeDisabled();
    const input = within(dialog).getByRole('textbox', { name: 'Type the snapshot’s name “hotfix-branch 测试分支” to confirm' });
    await app.user.type(input, 'hotfix-branch');
    expect(dialog).toHaveTextContent('The name does not match “hotfix-branch 测试分支”');
    expect(ok).toBeDisabled();
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.requests.matching('DELETE', '/volume-snapshots/')).toHaveLength(0);
  });

  it('ZStack subtree: typed name → one DELETE; the job ends and both snapshots leave the tree', async () => {
    const { app, tree } = await renderTree(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${ZSTACK_BRANCH}`, { connections: ['zstack'] });
    const dialog = await deleteFromDetails(app);
    await app.user.type(within(dialog).getByRole('textbox'), 'hotfix-branch 测试分支');
    const ok = within(dialog).getByRole('button', { name: 'Delete 2 snapshots' });
    expect(ok).toBeEnabled();
    await app.user.click(ok);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.requests.matching('DELETE', `/zstack/v1/volume-snapshots/${ZSTACK_BRANCH}`)).toHaveLength(1);
    expect(app.requests.matching('DELETE', '/volume-snapshots/')).toHaveLength(1);
    app.clock.advance(60_000);
    await waitFor(() => expect(names(tree)).not.toContain('hotfix-verified'), { timeout: 15_000 });
    expect(names(tree)).not.toContain('hotfix-branch 测试分支');
    expect(names(tree)).toContain('before-upgrade-5.7-to-8.0');
    await waitFor(() => expect(useJobs.getState().jobs).toEqual([expect.objectContaining({ action: 'snapshot.delete', status: 'succeeded' })]), { timeout: 15_000 });
  });

  it('a refusal keeps the dialog open with the provider code and message and what was typed; nothing is retried', async () => {
    const { app } = await renderTree(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${ZSTACK_BRANCH}`, { connections: ['zstack'], locale: 'zh-CN' });
    app.fault({ provider: 'zstack', route: '/volume-snapshots/', method: 'DELETE', times: 1, error: { status: 503, code: 'VOLUME_SNAPSHOT.1001', message: 'cannot delete during a full snapshot' } });
    await app.user.click(within(screen.getByTestId('snapshot-actions')).getByRole('button', { name: '删除' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('删除 db-mysql-主库 的快照“hotfix-branch 测试分支”？');
    await app.user.type(within(dialog).getByRole('textbox'), 'hotfix-branch 测试分支');
    await app.user.click(within(dialog).getByRole('button', { name: '删除 2 个快照' }));
    const error = await within(dialog).findByTestId('delete-error');
    expect(error).toHaveTextContent('VOLUME_SNAPSHOT.1001');
    expect(error).toHaveTextContent('cannot delete during a full snapshot');
    expect(within(dialog).getByRole('textbox')).toHaveValue('hotfix-branch 测试分支');
    expect(app.requests.matching('DELETE', '/volume-snapshots/')).toHaveLength(1);
  });

  it('ZStack failure injected halfway: the job shows SYS.1004 and its message, the snapshot stays (not deleting)', async () => {
    const { app, tree } = await renderTree(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}`, { connections: ['zstack'] });
    app.backend.env.faults.setFlags('zstack', { jobFailsHalfway: true });
    await app.user.click(rowOf(tree, 'hotfix-verified'));
    const dialog = await deleteFromDetails(app);
    expect(listed(dialog)).toEqual(['hotfix-verifiedchosen']);
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.requests.matching('DELETE', '/volume-snapshots/')).toHaveLength(1);
    // While the job runs the snapshot shows as being deleted.
    await waitFor(() => expect(rowOf(tree, 'hotfix-verified').querySelector('[data-status]')).toHaveAttribute('data-status', 'deleting'));
    app.clock.advance(60_000);
    await waitFor(() => expect(useJobs.getState().jobs[0]).toMatchObject({ status: 'failed', error: { code: 'SYS.1004' } }), { timeout: 15_000 });
    const notice = await screen.findByText(/unable to delete volume snapshot/, {}, { timeout: 10_000 });
    expect(notice.closest('.ant-notification-notice')).toHaveTextContent('SYS.1004');
    await app.user.click(screen.getByTestId('jobs-open'));
    const drawer = await screen.findByTestId('jobs-drawer');
    expect(await within(drawer).findByText(/SYS\.1004: .*unable to delete volume snapshot/)).toBeInTheDocument();
    await waitFor(() => expect(rowOf(tree, 'hotfix-verified').querySelector('[data-status]')).toHaveAttribute('data-status', 'ready'));
    // No second delete was sent.
    expect(app.requests.matching('DELETE', '/volume-snapshots/')).toHaveLength(1);
  });

  it('51idc failure injected halfway: the job shows 5100 and the info; the point stays, not deleting', async () => {
    const { app, tree } = await renderTree(`/snapshots?connection=demo-idc51&vm=${IDC51_BUILD}`, { connections: ['idc51'] });
    app.backend.env.faults.setFlags('idc51', { jobFailsHalfway: true });
    await app.user.click(rowOf(tree, 'build-runner weekly'));
    const dialog = await deleteFromDetails(app);
    expect(listed(dialog)).toEqual(['build-runner weeklychosen']);
    expect(within(dialog).getByTestId('delete-now')).toHaveTextContent('it moves to after “build-runner full”');
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.requests.matching('DELETE', /\/volume_snapshots\//)).toHaveLength(1);
    app.clock.advance(60_000);
    await waitFor(() => expect(useJobs.getState().jobs[0]).toMatchObject({ status: 'failed', error: { code: '5100' } }), { timeout: 15_000 });
    const notice = await screen.findByText(/DeleteSnapshots failed: snapshot data is locked/, {}, { timeout: 10_000 });
    expect(notice.closest('.ant-notification-notice')).toHaveTextContent('5100');
    await waitFor(() => expect(rowOf(tree, 'build-runner weekly').querySelector('[data-status]')).toHaveAttribute('data-status', 'ready'));
    expect(names(tree)).toContain('build-runner weekly');
    expect(app.requests.matching('DELETE', /\/volume_snapshots\//)).toHaveLength(1);
  });

  it('51idc: a middle chain point takes the later ones, NOW moves up; typed name, one DELETE of that point', async () => {
    const { app } = await renderTree(`/snapshots?connection=demo-idc51&vm=${IDC51_DB_VM}&snapshot=ss-km1u2qxt`, { connections: ['idc51'] });
    const dialog = await deleteFromDetails(app);
    expect(listed(dialog)).toEqual(['每五日增量 5-daychosen', '每五日增量 5-day', '每五日增量 5-day']);
    expect(within(dialog).getByTestId('delete-now')).toHaveTextContent('it moves to after “每五日增量 5-day”');
    await app.user.type(within(dialog).getByRole('textbox'), '每五日增量 5-day');
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete 3 snapshots' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.requests.matching('DELETE', /\/volume_snapshots\//).map((r) => r.path)).toEqual([expect.stringMatching(/\/volume_snapshots\/ss-km1u2qxt$/)]);
  });

  it('vsd: a refused delete is explained before any click and by the Delete key; no request is sent', async () => {
    const { app, tree } = await openVsdRunner();
    await app.user.click(rowOf(tree, 'toolchain-ready'));
    const reason = await screen.findByTestId('snapshot-delete-refused');
    expect(reason).toHaveTextContent('Delete is not possible: The provider deletes only a snapshot with at most one child; this one has 3');
    expect(within(screen.getByTestId('snapshot-actions')).getByRole('button', { name: 'Delete' })).toBeDisabled();
    await waitFor(() => expect(rowOf(tree, 'toolchain-ready')).toHaveFocus());
    await app.user.keyboard('{Delete}');
    expect(await screen.findByTestId('snapshot-action-refused')).toHaveTextContent('Delete is not possible for “toolchain-ready”: The provider deletes only a snapshot with at most one child');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(app.requests.matching('POST', '/snapshot/delete')).toHaveLength(0);
  });

  it('vsd: the one child moves up; one request, recorded done, the tree refreshes', async () => {
    const { app, tree } = await openVsdRunner();
    await app.user.click(rowOf(tree, 'gcc-13'));
    const dialog = await deleteFromDetails(app);
    expect(listed(dialog)).toEqual(['gcc-13chosen']);
    expect(within(dialog).getByTestId('delete-reparented')).toHaveTextContent('“gcc-13-cache-warm” moves up under “toolchain-ready”');
    expect(dialog).toHaveTextContent('Its child snapshot moves up to take its place');
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.requests.matching('POST', '/snapshot/delete')).toHaveLength(1);
    await waitFor(() => expect(names(tree)).not.toContain('gcc-13'));
    expect(rowOf(tree, 'gcc-13-cache-warm')).toHaveAttribute('aria-level', '3');
    expect(useJobs.getState().jobs).toEqual([expect.objectContaining({ action: 'snapshot.delete', status: 'succeeded', target: expect.objectContaining({ name: 'gcc-13' }) })]);
  });

  it('DBC: the Delete key opens the dialog for the focused snapshot; one file goes, NOW moves; the tree refreshes', async () => {
    const { app, tree } = await renderTree(`/snapshots?connection=demo-dbc&vm=${DBC_CLOSED_VM}`, { connections: ['dbc'] });
    await app.user.click(rowOf(tree, 'snap-epoch90'));
    await waitFor(() => expect(rowOf(tree, 'snap-epoch90')).toHaveFocus());
    await app.user.keyboard('{Delete}');
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Delete snapshot “snap-epoch90” of');
    expect(listed(dialog)).toEqual(['snap-epoch90chosen']);
    expect(within(dialog).getByTestId('delete-now')).toHaveTextContent('it moves to after “snap1”');
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(app.requests.matching('POST', /\/snapshot\/.*delete/)).toHaveLength(1);
    await waitFor(() => expect(names(tree)).toEqual(['snap1']));
    expect(useJobs.getState().jobs).toEqual([expect.objectContaining({ action: 'snapshot.delete', status: 'succeeded' })]);
  });
});
