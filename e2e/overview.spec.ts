import type { Page } from '@playwright/test';
import { expect, shot, test, withPreferences } from './fixtures';

/** Seeded running DBC task on node 58fb… (mocks/dbc/seed.ts). */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };

async function openOverview(page: Page) {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/');
  await expect(page.getByTestId('health-demo-dbc')).toContainText('Reachable', { timeout: 20_000 });
  await page.evaluate(() => fetch('/mock/__control/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ dataset: 'demo' }) }));
  await page.reload();
  await expect(page.getByTestId('health-demo-dbc')).toContainText('Reachable', { timeout: 20_000 });
}

test('every number on the overview links to the list behind it', async ({ page }) => {
  await openOverview(page);
  // VMs by status: the count is what the filtered list shows.
  const running = page.getByTestId('vm-count-demo-zstack-running');
  const count = Number((await running.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(0);
  await running.click();
  await expect(page).toHaveURL(/\/vms\?.*connection=demo-zstack/);
  await expect(page).toHaveURL(/status=running/);
  await expect(page.getByTestId('vms-total')).toContainText(`${count} of`);

  await page.goBack();
  await page.getByTestId('stat-vms').click();
  await expect(page).toHaveURL(/\/vms$/);
  await page.goBack();
  await page.getByTestId('stat-nodes').click();
  await expect(page).toHaveURL(/\/nodes$/);
  await page.goBack();
  await page.getByTestId('snapshot-count-demo-vsd').click();
  await expect(page).toHaveURL(/\/snapshots\?connection=demo-vsd$/);
  await page.goBack();
  await page.getByTestId('image-count-demo-zstack').click();
  await expect(page).toHaveURL(/\/images\?connection=demo-zstack$/);
  await page.goBack();
  await page.getByTestId('health-demo-vsd').getByRole('link', { name: /^\d+$/ }).click();
  await expect(page).toHaveURL(/\/vms\?connection=demo-vsd$/);
  await page.goBack();
  await page.getByTestId('node-usage').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/nodes\?connection=demo-dbc$/);
});

test('a refused action appears under Last errors and a running job under Running jobs', async ({ page }) => {
  await openOverview(page);
  // Real time (the emulators read ?timeScale= as the page starts): a DBC shutdown takes 30 s, seen running.
  await page.goto(`/vms/demo-dbc/${RUNNING.id}?timeScale=1`);
  await expect(page.getByTestId('action-shutdown')).toBeEnabled({ timeout: 20_000 });
  await page.evaluate((id) =>
    fetch('/mock/__control/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ provider: 'dbc', route: `/tasks/shutdown/${id}`, times: 1, error: { status: 200, code: '-1', message: 'shutdown failed: domain busy' } }),
    }), RUNNING.id);
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.getByTestId('action-shutdown').click();
    await page.getByTestId('confirm-action').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  // In-app navigation: the emulators (and their state) stay as they are.
  await page.getByRole('link', { name: 'Overview' }).first().click();
  await expect(page.getByTestId('overview-errors')).toContainText('shutdown failed: domain busy');
  const jobs = page.getByTestId('overview-jobs');
  await expect(jobs).toContainText('Shut down');
  await expect(jobs).toContainText(RUNNING.name);
  await expect(page.getByTestId('stat-jobs')).toContainText('1');
});

test('when every DBC node refuses the renter session, the overview says the nodes did not answer (not "No VMs")', async ({ page }) => {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/settings/connections');
  await expect(page.getByTestId('demo-controls-open')).toBeVisible();
  // The nodes stop honouring the renter's session before the console first lists its VMs.
  await page.evaluate(() => fetch('/mock/__control/flags', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ provider: 'dbc', sessionExpired: true }) }));
  await page.getByRole('link', { name: 'Overview' }).first().click();
  const inventory = page.getByTestId('inventory-demo-dbc');
  await expect(inventory.getByTestId('vm-failures-demo-dbc')).toContainText('sources did not answer: VMs may be missing', { timeout: 20_000 });
  await expect(inventory).not.toContainText('No VMs');
  await shot(page, 'overview-dbc-nodes-refused-en');
  await inventory.getByTestId('vm-failures-demo-dbc').click();
  await expect(page).toHaveURL(/\/vms\?connection=demo-dbc$/);
  await expect(page.getByTestId('vms-failure-demo-dbc').first()).toContainText('check authority failed');
});
