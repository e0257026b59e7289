import type { Page } from '@playwright/test';
import { expect, shot, test, withPreferences, type ControlClient } from './fixtures';

/** Seeded running DBC task on node 58fb… (mocks/dbc/seed.ts). */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };
const NODE_A = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const SESSION = {
  session_id: '3eqzTjUrxSqyyFj9ujKeqa4iu8dGR8iqHd2YKVQar46gsUCLpZKh3JL',
  session_id_sign: '0x1e69dfaf13bf9bb6966e9ef3a6dd8473887cd7c52398410663a6db6fcf50c64105e4c95cf6ab5fa6969cbeec96b641d0435980a1b39ec9eb7e989198e4d34e81',
};

async function openOverview(page: Page, control: ControlClient) {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/');
  await expect(page.getByTestId('health-demo-dbc')).toContainText('Reachable', { timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await page.reload();
  await expect(page.getByTestId('health-demo-dbc')).toContainText('Reachable', { timeout: 20_000 });
}

test('every number on the overview links to the list behind it', async ({ page, control }) => {
  await openOverview(page, control);
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

test('a refused action appears under Last errors and a running job under Running jobs', async ({ page, control }) => {
  await openOverview(page, control);
  // Slower than real (the emulators read ?timeScale= as the page starts): a DBC shutdown takes 30 s × 20 =
  // 10 min, so the job is still running when the overview is checked, however slow the machine.
  await page.goto(`/vms/demo-dbc/${RUNNING.id}?timeScale=20`);
  await expect(page.getByTestId('action-shutdown')).toBeEnabled({ timeout: 20_000 });
  const rule = await control.addFault({ provider: 'dbc', route: `/tasks/shutdown/${RUNNING.id}`, times: 1, error: { status: 200, code: '-1', message: 'shutdown failed: domain busy' } });
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
  // The node got exactly two shutdowns, each with the renter's session: the first refused by the fault.
  const shutdowns = await control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/tasks/shutdown/' });
  expect(shutdowns.map((r) => ({ path: r.path, fault: r.fault, body: r.body }))).toEqual([
    { path: `/api/v1/tasks/shutdown/${RUNNING.id}`, fault: rule.id, body: { ...SESSION, peer_nodes_list: [NODE_A], additional: {} } },
    { path: `/api/v1/tasks/shutdown/${RUNNING.id}`, fault: undefined, body: { ...SESSION, peer_nodes_list: [NODE_A], additional: {} } },
  ]);
  // Moving the emulator clock past the shutdown's end finishes the job, with no wait.
  await control.advanceClock(15 * 60_000);
  await expect(jobs).not.toContainText(RUNNING.name);
  await expect(page.getByTestId('stat-jobs')).toContainText('0');
});

test('when every DBC node refuses the renter session, the overview says the nodes did not answer (not "No VMs")', async ({ page, control }) => {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/settings/connections');
  await expect(page.getByTestId('demo-controls-open')).toBeVisible();
  // The nodes stop honouring the renter's session before the console first lists its VMs.
  await control.setFlags('dbc', { sessionExpired: true });
  await page.getByRole('link', { name: 'Overview' }).first().click();
  const inventory = page.getByTestId('inventory-demo-dbc');
  await expect(inventory.getByTestId('vm-failures-demo-dbc')).toContainText('sources did not answer: VMs may be missing', { timeout: 20_000 });
  await expect(inventory).not.toContainText('No VMs');
  await shot(page, 'overview-dbc-nodes-refused-en');
  await inventory.getByTestId('vm-failures-demo-dbc').click();
  await expect(page).toHaveURL(/\/vms\?connection=demo-dbc$/);
  // The refused session is said once, as such (not as one "did not answer" per node).
  await expect(page.getByTestId('session-refused-demo-dbc')).toContainText('check authority failed');
  // The emulator refused the VM list of each rented node for the renter's own session (not a missing one).
  const lists = (await control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/tasks' })).filter((r) => r.path === '/api/v1/tasks');
  expect(lists.length).toBeGreaterThan(0);
  for (const r of lists) expect(r.body).toMatchObject({ ...SESSION, additional: {} });
});
