import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openImagesAtRealTime } from './images';

/** Seeded ZStack images (mocks/zstack/seed.ts): a data-volume template and an ISO nothing depends on. */
const TEMPLATE = { id: '314d80c2feb5352c984b3ffd36108c32', name: 'My Data Volume Template' };
const ISO = 'virtio-win-0.1.229.iso';
const SHOTS = '/tmp/shots/imgactions';

const rowOf = (page: Page, name: string) => page.getByTestId('images-table').locator('tr', { hasText: name }).first();

test('en: delete a ZStack image from its row menu; the emulator receives one Permissive DELETE and the row turns Deleted', async ({ page, control }) => {
  await openImagesAtRealTime(page, control, { locale: 'en', theme: 'light' }, '?provider=zstack');
  await rowOf(page, ISO).getByRole('button', { name: `Actions for ${ISO}` }).click();
  const menu = page.locator('.ant-dropdown-menu:visible');
  await expect(menu.getByRole('menuitem', { name: 'Expunge' })).toHaveAttribute('aria-disabled', 'true');
  await page.screenshot({ path: `${SHOTS}/row-menu-en.png` });
  await menu.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Delete image ${ISO}?`);
  await dialog.getByTestId('confirm-action').click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await control.requests({ provider: 'zstack', method: 'DELETE', path: '/zstack/v1/images/' })).length).toBe(1);
  const [sent] = await control.requests({ provider: 'zstack', method: 'DELETE', path: '/zstack/v1/images/' });
  expect(sent?.query).toMatchObject({ deleteMode: 'Permissive' });
  await control.advanceClock(10_000);
  await expect(rowOf(page, ISO)).toContainText('Deleted', { timeout: 20_000 });

  // Its detail page: the bar now offers Recover and Expunge, and Delete is greyed with its reason.
  await rowOf(page, ISO).getByRole('button', { name: `Actions for ${ISO}` }).click();
  await page.locator('.ant-dropdown-menu:visible').getByRole('menuitem', { name: 'Details' }).click();
  const bar = page.getByTestId('image-actions');
  await expect(bar.getByTestId('action-recover')).toBeEnabled();
  await expect(bar.getByTestId('action-expunge')).toBeEnabled();
  await expect(bar.getByTestId('action-delete')).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/detail-deleted-en.png` });
});

test('zh-CN: a data-volume template becomes a data volume on the chosen primary storage; the job ends with the new volume', async ({ page, control }) => {
  await openImagesAtRealTime(page, control, { locale: 'zh-CN', theme: 'light' }, '?kind=zstackDataTemplate');
  await rowOf(page, TEMPLATE.name).getByRole('button', { name: `${TEMPLATE.name} 的操作` }).click();
  await page.locator('.ant-dropdown-menu:visible').getByRole('menuitem', { name: '创建数据云盘' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('云盘名称').fill('mysql-data-e2e');
  await dialog.getByLabel('主存储').click({ force: true });
  await page.locator('.ant-select-dropdown:visible').getByTitle('PS-LocalStorage-01 本地存储').click();
  await page.screenshot({ path: `${SHOTS}/make-volume-zh.png` });
  await dialog.getByTestId('make-volume-submit').click();
  await expect.poll(async () => (await control.requests({ provider: 'zstack', method: 'POST', path: `/zstack/v1/volumes/data/from/data-volume-templates/${TEMPLATE.id}` })).length).toBe(1);
  const [sent] = await control.requests({ provider: 'zstack', method: 'POST', path: '/data-volume-templates/' });
  expect(sent?.body).toMatchObject({ params: { name: 'mysql-data-e2e', primaryStorageUuid: expect.stringMatching(/^[0-9a-f]{32}$/) } });
  await control.advanceClock(180_000);
  await expect(dialog.getByTestId('make-volume-job')).toContainText(/云盘 mysql-data-e2e 已就绪（[0-9a-f]{32}）/, { timeout: 20_000 });
  await page.screenshot({ path: `${SHOTS}/make-volume-done-zh.png` });
});
