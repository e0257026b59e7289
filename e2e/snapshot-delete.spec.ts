import type { Locator, Page } from '@playwright/test';
import { expect, openSnapshotsArea, test, type Locale, type Theme } from './fixtures';

/** Seeded targets (mocks/<provider>/seed.ts); vsd is found by name. */
const ZSTACK = { connection: 'demo-zstack', vm: '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b', branch: '2a4c6e8f0b1d4f3a8c5e7a9b1d3f5a7c' };

async function openTree(page: Page, route: string, visible: string): Promise<Locator> {
  await page.goto(route);
  const tree = page.getByRole('tree');
  await expect(tree.getByText(visible, { exact: true })).toBeVisible({ timeout: 20_000 });
  return tree;
}

async function openVsdRunner(page: Page): Promise<Locator> {
  await page.goto('/snapshots?connection=demo-vsd&q=build-runner');
  await page.getByRole('link', { name: /build-runner-01/ }).click({ timeout: 20_000 });
  const tree = page.getByRole('tree', { name: /build-runner-01/ });
  await expect(tree.getByText('clang-18', { exact: true })).toBeVisible({ timeout: 20_000 });
  return tree;
}

const row = (tree: Locator, name: string) => tree.getByRole('treeitem').filter({ has: tree.page().getByTestId('snapshot-name').getByText(name, { exact: true }) });

async function deleteFromDetails(page: Page) {
  await page.getByTestId('snapshot-actions').getByTestId('action-delete').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

const screenshot = (target: Page | Locator, name: string) => target.screenshot({ path: `artifacts/screenshots/snapshot-delete-${name}.png` });

const LEAVES = [
  { provider: 'dbc', route: '/snapshots?connection=demo-dbc&vm=Ht5nC7xK1wQe8RfV3jMzUa', leaf: 'snap-epoch90', keep: 'snap1', path: '/delete/' },
  { provider: 'idc51', route: '/snapshots?connection=demo-idc51&vm=i-IN234BH', leaf: 'build-runner weekly', keep: 'build-runner full', path: '/volume_snapshots/' },
  { provider: 'zstack', route: `/snapshots?connection=${ZSTACK.connection}&vm=${ZSTACK.vm}`, leaf: 'hotfix-verified', keep: 'hotfix-branch 测试分支', path: '/volume-snapshots/' },
  { provider: 'vsd', route: '', leaf: 'rust-nightly', keep: 'rust-1.82', path: '/snapshot/delete' },
] as const;

for (const target of LEAVES) {
  test(`${target.provider}: deleting a leaf sends one delete and the snapshot leaves the tree`, async ({ page, control }) => {
    await openSnapshotsArea(page, control, { realTime: true });
    const tree = target.provider === 'vsd' ? await openVsdRunner(page) : await openTree(page, target.route, target.keep);
    await row(tree, target.leaf).click();
    const dialog = await deleteFromDetails(page);
    await expect(dialog).toContainText(`Delete snapshot “${target.leaf}” of`);
    await expect(dialog.getByTestId('delete-removed-item')).toHaveText([`${target.leaf}chosen`]);
    await expect(dialog.getByRole('textbox')).toHaveCount(0);
    if (target.provider === 'vsd') await screenshot(dialog, 'vsd-leaf-en-light');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toBeHidden();
    // Jobs (51idc, ZStack) end once emulator time passes; DBC and vsd delete at once.
    await control.advanceClock(120_000);
    await expect(row(tree, target.leaf)).toHaveCount(0, { timeout: 20_000 });
    await expect(row(tree, target.keep)).toHaveCount(1);
    const deletes = (await control.requests({ provider: target.provider })).filter((r) => r.method !== 'GET' && r.path.includes(target.path));
    expect(deletes).toHaveLength(1);
  });
}

test('vsd: a refused delete is explained before the click (inline, hover, focus) and by the Delete key; nothing sent', async ({ page, control }) => {
  await openSnapshotsArea(page, control, { realTime: true });
  const tree = await openVsdRunner(page);
  await row(tree, 'toolchain-ready').click();
  const inline = page.getByTestId('snapshot-delete-refused');
  await expect(inline).toContainText('Delete is not possible: The provider deletes only a snapshot with at most one child; this one has 3');
  await expect(page.getByTestId('snapshot-actions').getByTestId('action-delete')).toBeDisabled();
  const wrapper = page.getByTestId('snapshot-actions').getByTestId('action-delete-disabled');
  await wrapper.hover();
  await expect(page.getByRole('tooltip')).toContainText('at most one child; this one has 3');
  await screenshot(page, 'vsd-refused-hover-en-light');
  await page.mouse.move(0, 0);
  await wrapper.focus();
  await expect(page.getByRole('tooltip')).toContainText('at most one child');
  // The Delete key on the row: a message with the reason, no dialog.
  await row(tree, 'toolchain-ready').focus();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('snapshot-action-refused')).toContainText('Delete is not possible for “toolchain-ready”');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const sent = (await control.requests({ provider: 'vsd' })).filter((r) => r.path.includes('/snapshot/delete'));
  expect(sent).toHaveLength(0);
});

// Both languages and both themes between the two runs (each run is a whole flow: two cover the four looks).
for (const [locale, theme] of [['en', 'light'], ['zh-CN', 'dark']] as Array<[Locale, Theme]>) {
  test(`ZStack subtree delete with the typed name, ${locale} ${theme}`, async ({ page, control }) => {
    await openSnapshotsArea(page, control, { locale, theme, realTime: true });
    const tree = await openTree(page, `/snapshots?connection=${ZSTACK.connection}&vm=${ZSTACK.vm}&snapshot=${ZSTACK.branch}`, 'hotfix-verified');
    await page.getByTestId('snapshot-actions').getByTestId('action-delete').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('delete-removed-item')).toHaveCount(2);
    const ok = dialog.getByTestId('delete-submit');
    await expect(ok).toBeDisabled();
    const input = dialog.getByRole('textbox');
    await input.fill('hotfix-branch');
    await expect(ok).toBeDisabled();
    await screenshot(dialog, `zstack-subtree-mismatch-${locale}-${theme}`);
    await input.fill('hotfix-branch 测试分支');
    await expect(ok).toBeEnabled();
    await screenshot(page, `zstack-subtree-${locale}-${theme}`);
    if (locale === 'en' && theme === 'light') {
      await ok.click();
      await expect(dialog).toBeHidden();
      await control.advanceClock(120_000);
      await expect(row(tree, 'hotfix-verified')).toHaveCount(0, { timeout: 20_000 });
      await expect(row(tree, 'hotfix-branch 测试分支')).toHaveCount(0);
      await expect(row(tree, 'before-upgrade-5.7-to-8.0')).toHaveCount(1);
      const deletes = await control.requests({ provider: 'zstack', method: 'DELETE' });
      expect(deletes.map((r) => r.path)).toEqual([`/zstack/v1/volume-snapshots/${ZSTACK.branch}`]);
    } else {
      await dialog.getByRole('button', { name: locale === 'en' ? 'Cancel' : /取\s*消/ }).click();
      await expect(dialog).toBeHidden();
      expect(await control.requests({ provider: 'zstack', method: 'DELETE' })).toHaveLength(0);
    }
  });
}

const HALFWAY = [
  { provider: 'zstack', route: `/snapshots?connection=${ZSTACK.connection}&vm=${ZSTACK.vm}`, name: 'hotfix-verified', code: 'SYS.1004', message: /unable to delete volume snapshot/, path: '/volume-snapshots/' },
  { provider: 'idc51', route: '/snapshots?connection=demo-idc51&vm=i-IN234BH', name: 'build-runner weekly', code: '5100', message: /DeleteSnapshots failed: snapshot data is locked/, path: '/volume_snapshots/' },
] as const;

for (const target of HALFWAY) {
  test(`${target.provider}: a delete that fails halfway shows the provider code and leaves the snapshot as it was`, async ({ page, control }) => {
    await openSnapshotsArea(page, control, { realTime: true });
    const tree = await openTree(page, target.route, target.name);
    await control.setFlags(target.provider, { jobFailsHalfway: true });
    await row(tree, target.name).click();
    const dialog = await deleteFromDetails(page);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row(tree, target.name).locator('[data-status]')).toHaveAttribute('data-status', 'deleting', { timeout: 15_000 });
    await control.advanceClock(120_000);
    const notice = page.locator('.ant-notification-notice').filter({ hasText: target.message });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText(target.code);
    await page.getByTestId('jobs-open').click();
    const drawer = page.getByTestId('jobs-drawer');
    await expect(drawer.locator('[data-status="failed"]')).toContainText(target.code);
    await expect(drawer.locator('[data-status="failed"]')).toContainText(target.message);
    await screenshot(page, `${target.provider}-halfway-en-light`);
    await page.keyboard.press('Escape');
    // After refresh the snapshot is there, usable again, not stuck as deleting.
    await page.getByRole('button', { name: /Refresh/ }).first().click();
    await expect(row(tree, target.name).locator('[data-status]')).toHaveAttribute('data-status', 'ready', { timeout: 15_000 });
    const deletes = (await control.requests({ provider: target.provider, method: 'DELETE' })).filter((r) => r.path.includes(target.path));
    expect(deletes).toHaveLength(1);
  });
}
