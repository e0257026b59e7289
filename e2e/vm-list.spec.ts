import type { Page } from '@playwright/test';
import { expect, test, withPreferences, type ControlClient, type Locale } from './fixtures';
import { pickOptions } from './select';

/** Screenshots for a person to look at, outside the repo. */
const SHOTS = '/tmp/shots/vmlist';

/** A seeded DBC task on node 58fb… (mocks/dbc/seed.ts): its row shows once the DBC connection answered. */
const DBC_RUNNING = 'Gq3kZ8vR2mXw9TbN4sLpYc';

async function openVms(page: Page, control: ControlClient, locale: Locale = 'en', theme: 'light' | 'dark' = 'light') {
  await withPreferences(page, { locale, theme });
  await page.goto('/vms');
  await expect(page.getByTestId(`vm-row-${DBC_RUNNING}`)).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await page.reload();
  await expect(page.getByTestId(`vm-row-${DBC_RUNNING}`)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('vms-loading')).toHaveCount(0, { timeout: 20_000 });
}

const table = (page: Page) => page.getByTestId('vms-table');


for (const [locale, created, login] of [['en', 'Created', 'Login'], ['zh-CN', '创建时间', '登录']] as const) {
  test(`${locale}: at 1440x900 every default column fits, Created and Login included, with no sideways scrolling`, async ({ page, control }) => {
    expect(page.viewportSize()).toEqual({ width: 1440, height: 900 });
    await openVms(page, control, locale);
    const headers = table(page).locator('.ant-table-thead');
    await expect(headers.getByRole('columnheader', { name: created, exact: true })).toBeVisible();
    await expect(headers.getByRole('columnheader', { name: login, exact: true })).toBeVisible();

    // The virtual body scrolls sideways (its own scrollbar) only when its rows are wider than the body itself.
    const body = table(page).locator('.ant-table-tbody-virtual-holder');
    const widths = await body.evaluate((el) => ({ rows: el.firstElementChild?.scrollWidth ?? Infinity, scrollWidth: el.scrollWidth, body: el.clientWidth }));
    expect(widths.rows).toBeLessThanOrEqual(widths.body);
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.body);
    await expect(table(page).locator('.ant-table-tbody-virtual-scrollbar-horizontal')).toHaveCount(0);
    // And every header cell ends inside the table (none pushed past its right edge).
    const box = (await table(page).boundingBox())!;
    for (const cell of await headers.locator('th').all()) {
      const cellBox = (await cell.boundingBox())!;
      expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    await page.screenshot({ path: `${SHOTS}/list-1440-${locale}.png` });
  });
}

test('filters, search and sort survive leaving the list through the side menu and coming back', async ({ page, control }) => {
  await openVms(page, control);
  await pickOptions(page, 'filter-provider', ['ZStack', '51idc']);
  await pickOptions(page, 'filter-status', ['Running', 'Unknown']);
  await page.getByTestId('vms-search').locator('input').fill('-');
  await expect(page).toHaveURL(/q=-/);
  await table(page).getByRole('columnheader', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=name/);
  const rows = table(page).locator('.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const shown = await rows.allTextContents();
  await page.screenshot({ path: `${SHOTS}/filters-en.png` });

  const nav = page.getByTestId('side-nav');
  await nav.getByRole('link', { name: 'Nodes' }).click();
  await expect(page).toHaveURL(/\/nodes$/);
  await nav.getByRole('link', { name: 'VMs' }).click();

  await expect(page).toHaveURL(/\/vms\?/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ provider: 'idc51,zstack', status: 'running,unknown', q: '-', sort: 'name', order: 'asc' });
  await expect(page.getByTestId('vms-search').locator('input')).toHaveValue('-');
  await expect(page.getByTestId('filter-provider')).toContainText('ZStack');
  await expect(rows).toHaveText(shown);
});

for (const [locale, theme] of [['en', 'light'], ['zh-CN', 'dark']] as const) {
  test(`${locale}, ${theme}: selecting rows shows the bulk bar over the table without moving the rows`, async ({ page, control }) => {
    await openVms(page, control, locale, theme);
    const firstRow = table(page).locator('.ant-table-row').first();
    // Measured from the table's own top: an alert above the table (a slow node timing out on a loaded CI
    // machine) moves the whole table, which is not what this test is about.
    const rowOffset = async () => (await firstRow.boundingBox())!.y - (await table(page).boundingBox())!.y;
    const before = await rowOffset();

    await firstRow.getByRole('checkbox').check();
    await table(page).locator('.ant-table-row').nth(1).getByRole('checkbox').check();
    const bar = page.getByTestId('bulk-actions');
    await expect(bar).toBeVisible();
    expect(await rowOffset()).toBe(before);
    // The bar lies over the table's rows, not above them.
    const barBox = (await bar.boundingBox())!;
    const tableBox = (await table(page).boundingBox())!;
    expect(barBox.y - tableBox.y).toBeGreaterThan(before);
    expect(barBox.y + barBox.height).toBeLessThan(tableBox.y + tableBox.height);
    await page.screenshot({ path: `${SHOTS}/bulk-bar-${locale}-${theme}.png` });

    // Its close button drops the selection, and the bar goes.
    await bar.getByTestId('bulk-clear').click();
    await expect(bar).toHaveCount(0);
    await expect(firstRow.getByRole('checkbox')).not.toBeChecked();
  });
}
