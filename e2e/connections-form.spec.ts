import type { Locator, Page } from '@playwright/test';
import { expect, shot, test, withPreferences, type Locale } from './fixtures';

const SHOTS = '/tmp/shots/conn';

async function openAddDialog(page: Page) {
  await page.goto('/settings/connections');
  await expect(page.getByTestId('connections-table')).toContainText('ZStack demo');
  await page.getByTestId('add-connection').click();
  return page.getByRole('dialog');
}

/**
 * Chooses ZStack as the provider, until its own Password field shows: on a loaded machine a click can land while the
 * dropdown opens or closes, and the form stays on the default provider (seen once in CI).
 */
async function chooseZStack(page: Page, dialog: Locator, providerLabel: string) {
  const password = dialog.getByLabel(providerLabel === '服务商' ? '密码' : 'Password', { exact: true });
  await expect(async () => {
    const dropdown = page.locator('.ant-select-dropdown:visible');
    if ((await dropdown.count()) === 0) await dialog.getByRole('combobox', { name: providerLabel }).click();
    await dropdown.getByTitle('ZStack', { exact: true }).click({ timeout: 2_000 });
    await expect(password).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

/** The element's box in page pixels (it must be visible). */
async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('element has no box (not visible)');
  return found;
}

test.describe('Connection form', () => {
  for (const locale of ['en', 'zh-CN'] as const satisfies Locale[]) {
    test(`${locale}: a second connection to the same endpoint is flagged; an unreachable one is saved only when confirmed`, async ({ page, control }) => {
      const zh = locale === 'zh-CN';
      await withPreferences(page, { locale });
      const dialog = await openAddDialog(page);
      await chooseZStack(page, dialog, zh ? '服务商' : 'Provider');
      await dialog.getByLabel(zh ? '名称' : 'Name', { exact: true }).fill('Lab ZStack');
      await dialog.getByLabel(zh ? '基础地址' : 'Base URL').fill('/mock/zstack');
      await dialog.getByLabel(zh ? '密码' : 'Password', { exact: true }).fill('password');
      // Name and Id are two fields apart, not one joined control.
      const name = await box(dialog.getByLabel(zh ? '名称' : 'Name', { exact: true }));
      const id = await box(dialog.getByLabel('Id', { exact: true }).or(dialog.getByLabel('标识', { exact: true })));
      expect(id.x - (name.x + name.width)).toBeGreaterThanOrEqual(8);
      await expect(dialog.getByTestId('duplicate-endpoint')).toContainText(zh ? '连接“ZStack demo”已使用相同的地址和账户' : 'Connection “ZStack demo” already uses this endpoint and account');
      await page.screenshot({ path: `${SHOTS}/form-duplicate-${locale}.png` });

      // Nothing listens on port 9: the save tests first and asks.
      await dialog.getByLabel(zh ? '基础地址' : 'Base URL').fill('http://127.0.0.1:9');
      await expect(dialog.getByTestId('duplicate-endpoint')).toBeHidden();
      await control.clearRequests();
      await dialog.getByTestId('form-save').click();
      const ask = dialog.getByTestId('save-unreachable');
      await expect(ask).toContainText(zh ? '仍要保存？' : 'Save anyway?');
      await expect(dialog.getByTestId('test-result')).toContainText(zh ? '无法连接到服务商' : 'The provider could not be reached');
      if (zh) await expect(dialog.getByTestId('test-result')).not.toContainText('could not be reached');
      // The emulators were not asked anything: the test went to the typed URL.
      expect(await control.requests({ provider: 'zstack' })).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/form-unreachable-${locale}.png` });
      await ask.getByRole('button', { name: zh ? '仍然保存' : 'Save anyway' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('connections-table')).toContainText('Lab ZStack');
    });
  }

  test('toasts open below the header, clear of its controls', async ({ page }) => {
    await withPreferences(page, { locale: 'en' });
    await page.goto('/settings/connections');
    const row = page.getByTestId('connections-table').locator('tr', { hasText: 'ZStack demo' });
    await row.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Remove' }).click();
    const toast = page.locator('.ant-notification-notice').filter({ hasText: 'Connection removed' });
    await expect(toast).toBeVisible();
    const header = await box(page.locator('.ant-layout-header'));
    expect((await box(toast)).y).toBeGreaterThanOrEqual(header.y + header.height);
    // Nor over the buttons in the Jobs drawer's own header.
    await page.getByTestId('jobs-open').click();
    const drawerHeader = await box(page.getByTestId('jobs-drawer').locator('.ant-drawer-header'));
    expect((await box(toast)).y).toBeGreaterThanOrEqual(drawerHeader.y + drawerHeader.height);
    await page.screenshot({ path: `${SHOTS}/toast-below-header.png` });
  });
});

test('the nodes table shows both of its rows in full', async ({ page }) => {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/nodes');
  const table = page.getByTestId('nodes-table-demo-dbc');
  const rows = table.locator('.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('nodes-progress-demo-dbc')).toContainText('2');
  // The body that scrolls the rows (virtual holder or plain content) must hold the last row in full.
  const { rowBottom, bodyBottom } = await rows.last().evaluate((row) => {
    const body = row.closest('.ant-table-tbody-virtual-holder, .ant-table-body, .ant-table-content');
    if (!body) throw new Error('no table body around the row');
    return { rowBottom: row.getBoundingClientRect().bottom, bodyBottom: body.getBoundingClientRect().bottom };
  });
  expect(rowBottom).toBeLessThanOrEqual(bodyBottom + 0.5);
  await page.screenshot({ path: `${SHOTS}/nodes-table.png` });
});

test('"Reset demo data" clears an injected fault and an expired session', async ({ page, control }) => {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/settings/connections');
  await expect(page.getByTestId('connections-table')).toContainText('ZStack demo');
  await control.addFault({ provider: 'zstack', route: '/vm-instances', error: { code: 'SYS.1000', message: 'down', status: 503 } });
  await control.setFlags('dbc', { sessionExpired: true });
  // Faults are saved like the data: a reload keeps them.
  await page.reload();
  await expect(page.getByTestId('connections-table')).toContainText('ZStack demo');
  expect((await control.state()).faults).toHaveLength(1);

  await page.getByTestId('demo-controls-open').click();
  const drawer = page.getByTestId('demo-controls');
  await expect(drawer.getByTestId('fault-list')).toContainText('/vm-instances');
  await drawer.getByTestId('demo-reset').click();
  const confirm = page.getByRole('tooltip');
  await expect(confirm.getByRole('checkbox', { name: 'Injected faults (1)' })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/reset-confirm-en.png` });
  await confirm.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(drawer.getByText('No faults: the emulators answer normally.')).toBeVisible();
  const state = await control.state();
  expect(state.faults).toEqual([]);
  expect(state.flags.dbc).toEqual({});
  await shot(page, 'demo-reset-cleared');
});

test('zh-CN: the demo controls are Chinese, placeholders included', async ({ page }) => {
  await withPreferences(page, { locale: 'zh-CN' });
  await page.goto('/settings/connections');
  await page.getByTestId('demo-controls-open').click();
  const form = page.getByTestId('demo-controls').getByTestId('fault-form');
  await form.scrollIntoViewIfNeeded();
  await expect(form.getByPlaceholder('例如 /api/v1/tasks')).toBeVisible();
  await expect(form.getByPlaceholder('例如 list task timeout')).toBeVisible();
  await form.screenshot({ path: `${SHOTS}/demo-fault-form-zh-CN.png` });
});
