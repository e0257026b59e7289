import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openImagesOnFreshEmulators } from './images';
import { pickOptions } from './select';

/** Seeded ZStack data-volume template made from a snapshot (mocks/zstack/seed.ts). */
const TEMPLATE = { id: '314d80c2feb5352c984b3ffd36108c32', name: 'My Data Volume Template', snapshot: '5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a' };
const SHOTS = '/tmp/shots/images';

const table = (page: Page) => page.getByTestId('images-table');
const rowOf = (page: Page, name: string) => table(page).locator('tr', { hasText: name }).first();


test('en light: images of every provider in one table, filtered by kind in the URL, and a template opened with its origin', async ({ page, control }) => {
  await openImagesOnFreshEmulators(page, control, { locale: 'en', theme: 'light' });
  await expect(page.getByTestId('images-loading')).toHaveCount(0, { timeout: 20_000 });
  await expect(rowOf(page, 'stable-diffusion-webui.qcow2')).toContainText('Center image');
  await expect(rowOf(page, TEMPLATE.name)).toContainText('Data-volume template');
  await expect(rowOf(page, '官网黄金映像 web-golden')).toContainText('Captured image');
  await expect(page.getByTestId('images-no-api')).toContainText('this provider has no image API');
  // What the page read: ZStack's images and backup storages, 51idc's captured images, the DBC image servers.
  expect(await control.requests({ provider: 'zstack', path: '/zstack/v1/images' })).not.toEqual([]);
  expect(await control.requests({ provider: 'zstack', path: '/zstack/v1/backup-storage' })).not.toEqual([]);
  expect((await control.requests({ provider: 'idc51', path: '/images' })).some((r) => r.query.provider === 'self')).toBe(true);
  expect(await control.requests({ provider: 'dbc', path: '/api/v1/images/servers' })).not.toEqual([]);
  await page.screenshot({ path: `${SHOTS}/list-en-light.png`, fullPage: true });

  await pickOptions(page, 'images-filter-kind', ['Data-volume template']);
  await expect(page).toHaveURL(/kind=zstackDataTemplate/);
  await expect(table(page).locator('tbody tr.ant-table-row')).toHaveCount(3);
  await expect(rowOf(page, 'stable-diffusion-webui.qcow2')).toHaveCount(0);

  await page.getByTestId(`image-actions-${TEMPLATE.id}`).click();
  await page.getByRole('menuitem', { name: 'Details' }).click();
  await expect(page).toHaveURL(new RegExp(`/images/demo-zstack/${TEMPLATE.id}$`));
  const detail = page.getByTestId('image-detail');
  await expect(detail).toContainText(TEMPLATE.name);
  await expect(detail.getByTestId('image-location')).toContainText('Backup storage: BS-Ceph-01');
  await expect(detail.getByTestId('image-origin')).toContainText(`Snapshot ${TEMPLATE.snapshot}`);
  await page.screenshot({ path: `${SHOTS}/detail-en-light.png`, fullPage: true });

  await page.getByTestId('image-back').first().click();
  await expect(page).toHaveURL(/\/images\?kind=zstackDataTemplate$/);
});

test('zh-CN dark: a fault on the ZStack images shows its alert with the provider code; the other providers still list', async ({ page, control }) => {
  await openImagesOnFreshEmulators(page, control, { locale: 'zh-CN', theme: 'dark' });
  await expect(page.getByTestId('images-loading')).toHaveCount(0, { timeout: 20_000 });
  await control.addFault({ provider: 'zstack', route: '/zstack/v1/images', method: 'GET', errorRate: 1, error: { status: 503, code: 'SYS.1001', message: 'management node unavailable' } });
  await control.clearRequests();
  await page.reload();
  await expect(page.getByTestId('images-table')).toBeVisible({ timeout: 20_000 });
  const alert = page.getByTestId('images-error-demo-zstack');
  await expect(alert).toContainText('无法列出镜像', { timeout: 20_000 });
  await expect(alert).toContainText('SYS.1001');
  await expect(rowOf(page, '官网黄金映像 web-golden')).toContainText('捕获镜像');
  await expect(rowOf(page, TEMPLATE.name)).toHaveCount(0);
  // The fault answered the console's own request (the emulator's log has it), not a page that never asked.
  const asked = await control.requests({ provider: 'zstack', path: '/zstack/v1/images' });
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.every((r) => r.status === 503)).toBe(true);
  await page.screenshot({ path: `${SHOTS}/list-zh-CN-dark-fault.png`, fullPage: true });
});
