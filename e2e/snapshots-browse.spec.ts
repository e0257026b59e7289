import { expect, shot, test, withPreferences } from './fixtures';

test('all snapshots: search across connections, open one in its VM tree with it selected', async ({ page, control }) => {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/snapshots');
  await expect(page.getByTestId('snapshot-targets')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });

  await page.getByText('All snapshots', { exact: true }).click();
  await expect(page).toHaveURL(/view=snapshots/);
  const table = page.getByTestId('all-snapshots-table');
  // Every provider's snapshots in one list, the owning VM by name.
  await expect(table.getByRole('link', { name: 'Open in tree: snap-epoch90' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid=all-snapshots] .ant-spin-spinning')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('all-snapshots-total')).toHaveText(/^(\d+) of \1 snapshots$/);
  await shot(page, 'snapshots-all-en-light');

  await page.getByRole('searchbox', { name: 'Search snapshots by name, id, VM or connection' }).fill('build-runner');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('link', { name: 'Open in tree: snap-epoch90' })).toHaveCount(0);
  await expect(page.getByTestId('all-snapshots-total')).toHaveText(/^\d of \d+ snapshots$/);
  await table.getByRole('link', { name: 'Open in tree: clang-18' }).click();

  const tree = page.getByRole('tree', { name: 'Snapshots of build-runner-01' });
  await expect(tree.getByRole('treeitem', { selected: true })).toContainText('clang-18', { timeout: 20_000 });
  await expect(page).toHaveURL(/snapshot=clang-18/);
  await expect(page.getByTestId('snapshot-details')).toContainText('VM · build-runner-01');
});
