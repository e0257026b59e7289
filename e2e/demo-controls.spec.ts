import type { Page } from '@playwright/test';
import { expect, shot, test, withPreferences } from './fixtures';

const VSD_QUERY = 'cluster_uuid=650ea11b-b7fb-4269-8232-aa53865aab3b&compute_uuid=b6b0e5b9-dacd-432b-9b83-c3e89799009d&page_size=0&filter_name=';

/** Names of test-templ's snapshots, read straight from the vsd emulator the page serves. */
async function vsdSnapshotNames(page: Page): Promise<string[]> {
  return page.evaluate(async (query) => {
    const response = await fetch(`/mock/vsd/v1/compute/vsd/snapshot/list?${query}`);
    const body = (await response.json()) as { data: { list: Array<{ name: string }> } };
    return body.data.list.map((item) => item.name);
  }, VSD_QUERY);
}

test.beforeEach(async ({ page }) => {
  await withPreferences(page, { locale: 'en' });
});

test('inject a provider error from the drawer, see it in the console, then remove it', async ({ page, control }) => {
  await page.goto('/settings/connections');
  await page.getByTestId('demo-controls-open').click();
  const drawer = page.getByTestId('demo-controls');
  const form = drawer.getByTestId('fault-form');
  await form.getByRole('combobox').first().click();
  await page.getByTitle('HCI (vsd)').click();
  await form.getByLabel('Route contains').fill('/v1/compute/list');
  await form.getByLabel('Provider error code').fill('12345');
  await form.getByLabel('Error message').fill('storage pool offline');
  await form.getByTestId('fault-add').click();
  await expect(drawer.getByTestId('fault-list')).toContainText('12345 storage pool offline');
  // The drawer's rule is the emulators' rule.
  const [rule, ...others] = (await control.state()).faults;
  expect(others).toEqual([]);
  expect(rule).toMatchObject({ provider: 'vsd', route: '/v1/compute/list', error: { code: '12345', message: 'storage pool offline' } });
  await drawer.getByTestId('fault-list').scrollIntoViewIfNeeded();
  await shot(page, 'demo-controls-en');
  await page.keyboard.press('Escape');

  await page.getByTestId('test-demo-vsd').click();
  const row = page.getByTestId('connections-table').locator('tr', { has: page.getByTestId('test-demo-vsd') });
  await expect(row.getByTestId('test-result')).toContainText('storage pool offline');
  expect((await control.requests({ provider: 'vsd', path: '/v1/compute/list' })).at(-1)?.fault).toBe(rule?.id);

  await page.getByTestId('demo-controls-open').click();
  await drawer.getByTestId('fault-list').getByRole('button', { name: 'Remove' }).click();
  await expect(drawer.getByText('No faults: the emulators answer normally.')).toBeVisible();
  await page.keyboard.press('Escape');
  expect((await control.state()).faults).toEqual([]);
  await page.getByTestId('test-demo-vsd').click();
  await expect(row.getByTestId('test-result')).toContainText('Reachable');
  const last = (await control.requests({ provider: 'vsd', path: '/v1/compute/list' })).at(-1);
  expect(last?.status).toBe(200);
  expect(last?.fault).toBeUndefined();
});

test('emulator state survives a reload, and Reset (after confirming) restores the seed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('health-demo-vsd')).toContainText('Reachable');
  const created = await page.evaluate(async () => {
    const response = await fetch('/mock/vsd/v1/compute/vsd/snapshot/create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        cluster_uuid: '650ea11b-b7fb-4269-8232-aa53865aab3b',
        tenant: 'a5badacf-a25c-4171-9aff-b619fc2d300a',
        compute_uuid: 'b6b0e5b9-dacd-432b-9b83-c3e89799009d',
        compute_name: 'test-templ',
        name: 'e2e-kept',
        description: 'made by e2e',
        domain_memory: false,
      }),
    });
    return ((await response.json()) as { scode: number }).scode;
  });
  expect(created).toBe(0);
  await expect.poll(() => vsdSnapshotNames(page)).toContain('e2e-kept');
  // Saved state is debounced (and flushed when the page is left): wait until it is in localStorage, not a while.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('vmdeck.emulator.vsd') ?? '')).toContain('e2e-kept');
  await page.reload();
  await expect(page.getByTestId('health-demo-vsd')).toContainText('Reachable');
  expect(await vsdSnapshotNames(page)).toContain('e2e-kept');

  await page.getByTestId('demo-controls-open').click();
  await page.getByTestId('demo-reset').click();
  await expect(page.getByText('Reset every emulator to its seeded data?')).toBeVisible();
  await page.getByRole('tooltip').getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.getByText('Demo data reset')).toBeVisible();
  expect(await vsdSnapshotNames(page)).not.toContain('e2e-kept');
  expect(await vsdSnapshotNames(page)).toContain('origin');

  // The reset providers forgot every token and session the console held: it signs in again by itself.
  await page.keyboard.press('Escape');
  for (const id of ['demo-idc51', 'demo-vsd', 'demo-zstack']) {
    const card = page.getByTestId(`health-${id}`);
    await card.getByRole('button', { name: 'Retry' }).click();
    await expect(card.locator('.anticon-spin')).toHaveCount(0);
    await expect(card).toContainText('Reachable');
    await expect(card).not.toContainText('Unreachable');
  }
});

test('the drawer is there only while a demo connection is active', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('demo-controls-open')).toBeVisible();
  await page.getByTestId('connection-switcher').click();
  const panel = page.getByTestId('connection-switcher-panel');
  for (const name of ['DBC demo client', '51idc demo (zone ac1)', 'HCI demo cluster', 'ZStack demo']) await panel.getByText(name).click();
  await expect(page.getByTestId('demo-controls-open')).toHaveCount(0);
});
