import type { Page } from '@playwright/test';
import { expect, openSnapshotsArea, shot, test } from './fixtures';

/** Seeded targets (the seed files under mocks/): ids fixed by the seeds, except vsd (found by name). */
const DBC = { connection: 'demo-dbc', vm: 'Ht5nC7xK1wQe8RfV3jMzUa', name: 'snap-epoch90' };
const IDC51 = { connection: 'demo-idc51', vm: 'ins-DBMASTR', name: '强制全量 forced-full' };
const ZSTACK = { connection: 'demo-zstack', vm: '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b', name: '初始安装 baseline' };

async function openTree(page: Page, target: { connection: string; vm: string; name: string }) {
  await page.goto(`/snapshots?connection=${target.connection}&vm=${target.vm}`);
  const tree = page.getByRole('tree');
  await expect(tree.getByText(target.name, { exact: true })).toBeVisible({ timeout: 20_000 });
  return tree;
}

test('a tree per provider: NOW placed, vsd branch, ZStack current tree, 51idc full and incremental', async ({ page, control }) => {
  // Tall enough that the 51idc tree (25 rows) is rendered whole: the list is windowed.
  await page.setViewportSize({ width: 1400, height: 1400 });
  await openSnapshotsArea(page, control);

  const dbc = await openTree(page, DBC);
  await expect(dbc.getByTestId('snapshot-now')).toHaveCount(1);
  await expect(dbc.getByRole('treeitem').last()).toHaveAttribute('aria-level', '3');

  const idc51 = await openTree(page, IDC51);
  await expect(idc51.getByTestId('snapshot-now')).toHaveCount(2);
  await expect(idc51.locator('[data-kind="full"]').first()).toBeVisible();
  await expect(idc51.locator('[data-kind="incremental"]').first()).toBeVisible();
  await shot(page, 'snapshots-idc51-en-light');

  const zstack = await openTree(page, ZSTACK);
  await expect(zstack.getByTestId('snapshot-current-tree')).toHaveCount(1);
  await expect(zstack.getByTestId('snapshot-other-tree')).toHaveCount(1);

  // vsd: found through the searchable targets table.
  await page.goto('/snapshots?connection=demo-vsd');
  await page.getByRole('searchbox').fill('build-runner');
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('link', { name: 'Open tree: build-runner-01' }).click();
  const vsd = page.getByRole('tree', { name: 'Snapshots of build-runner-01' });
  await expect(vsd.getByText('clang-18')).toBeVisible({ timeout: 20_000 });
  await expect(vsd.getByRole('treeitem').filter({ hasText: 'toolchain-ready' })).toHaveAttribute('aria-expanded', 'true');
  await expect(vsd.getByTestId('snapshot-now')).toHaveCount(1);

  // Keyboard: focus a row, move down, open its details.
  await vsd.getByRole('treeitem').first().click();
  await page.keyboard.press('ArrowDown');
  await expect(vsd.getByRole('treeitem').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('snapshot-details')).toContainText('toolchain-ready');
  await shot(page, 'snapshots-vsd-en-light');
});

for (const [locale, theme] of [['en', 'dark'], ['zh-CN', 'light'], ['zh-CN', 'dark']] as const) {
  test(`ZStack tree with details and compare, ${locale} ${theme}`, async ({ page, control }) => {
    await openSnapshotsArea(page, control, { locale, theme });
    await page.goto(`/snapshots?connection=${ZSTACK.connection}&vm=${ZSTACK.vm}&snapshot=8e7d6c5b4a3f4e2d9c1b0a9f8e7d6c5b&compare=2a4c6e8f0b1d4f3a8c5e7a9b1d3f5a7c`);
    await expect(page.getByTestId('snapshot-compare-path')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('treeitem', { selected: true })).toContainText('daily-2026-11-20');
    await shot(page, `snapshots-zstack-${locale}-${theme}`);
  });
}

test('5,000 snapshots: windowed; End and Home scroll the focused row into view', async ({ page, control }) => {
  await openSnapshotsArea(page, control);
  await control.reset({ dataset: 'large' });
  await page.goto('/snapshots?connection=demo-vsd&q=snapshot-stress');
  await page.getByRole('link', { name: 'Open tree: snapshot-stress-5000' }).click({ timeout: 30_000 });
  const tree = page.getByRole('tree', { name: 'Snapshots of snapshot-stress-5000' });
  await expect(tree.getByRole('treeitem').first()).toBeVisible({ timeout: 30_000 });
  expect(await tree.getByRole('treeitem').count()).toBeLessThan(60);
  await tree.getByRole('treeitem').first().click();
  // End: the last row (the seed's tree branches, so that is not NOW) is scrolled in, rendered and focused.
  await page.keyboard.press('End');
  const focused = page.locator('[role="treeitem"]:focus');
  await expect(focused).toBeInViewport();
  const last = await focused.getAttribute('data-row-key');
  expect(last).not.toBe('snap-0000');
  await page.keyboard.press('ArrowUp');
  await expect(focused).not.toHaveAttribute('data-row-key', last ?? '');
  await expect(focused).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(focused).toContainText('snap-0000');
  await expect(focused).toHaveAttribute('aria-level', '1');
  await shot(page, 'snapshots-vsd-5000-en-light');
});
