import type { Page } from '@playwright/test';
import { expect, test, withPreferences, type ControlClient, type Locale } from './fixtures';

/** The seed's second renter node; ubuntu.qcow2 (5.21 GB: 44 s at the emulator's 120 MB/s) is in its /data. */
const NODE = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const IMAGE = 'ubuntu.qcow2';

/** Screenshots for a person to look at, outside the repository. */
const look = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/transfers/${name}.png`, fullPage: true });

/** The node's Images tab on fresh emulators at real durations (the test moves them with the clock). */
async function openImages(page: Page, control: ControlClient, locale: Locale) {
  await withPreferences(page, { locale });
  await page.goto(`/nodes/demo-dbc/${NODE}?tab=images`);
  await expect(page.getByTestId('node-images')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await control.settings({ timeScale: 1 });
  await control.clearRequests();
  await page.reload();
  await expect(page.getByTestId(`image-actions-${IMAGE}`)).toBeVisible({ timeout: 20_000 });
}

async function upload(page: Page, shotName?: string) {
  await page.getByTestId(`image-actions-${IMAGE}`).getByTestId('action-image-upload').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').click();
  await page.locator('.ant-select-item-option', { hasText: 'ID_1' }).click();
  if (shotName) await look(page, shotName);
  await dialog.getByTestId('upload-submit').click();
  await expect(dialog).toBeHidden();
}

/** Bodies the emulator received at exactly this DBC path. */
async function bodies(control: ControlClient, path: string) {
  return (await control.requests({ provider: 'dbc', method: 'POST', path })).filter((r) => r.path === path).map((r) => r.body);
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`upload a node image to an image server and watch it reach 100 %, across a reload (${locale})`, async ({ page, control }) => {
    await openImages(page, control, locale);
    await upload(page, `upload-dialog-${locale}`);
    expect(await bodies(control, '/api/v1/images/upload')).toEqual([expect.objectContaining({ peer_nodes_list: [NODE], additional: { image_filename: IMAGE, image_server: 'ID_1' } })]);
    await page.getByRole('button', { name: locale === 'en' ? 'Jobs' : '任务' }).click();
    const drawer = page.getByTestId('jobs-drawer');
    const status = drawer.getByTestId('transfer-status');
    // The page's emulator clock also runs in real time: the bar is at least where the advanced clock puts it.
    const percent = async () => Number(await status.getByRole('progressbar').getAttribute('aria-valuenow'));
    await control.advanceClock(11_000);
    await expect.poll(percent, { timeout: 15_000 }).toBeGreaterThanOrEqual(25);
    // A reload picks the transfer up from the node's progress: nothing is sent again, the bar carries on.
    await page.reload();
    await page.getByRole('button', { name: locale === 'en' ? 'Jobs' : '任务' }).click();
    await expect.poll(percent, { timeout: 15_000 }).toBeGreaterThanOrEqual(25);
    await control.advanceClock(11_000);
    await expect.poll(percent, { timeout: 15_000 }).toBeGreaterThanOrEqual(50);
    // The request log lives in the page (it restarts with the reload): polls since, and no second upload.
    expect(await bodies(control, '/api/v1/images/upload')).toHaveLength(0);
    expect((await bodies(control, '/api/v1/images/uploadprogress')).length).toBeGreaterThan(0);
    await expect(status.getByTestId('transfer-rate')).toBeVisible();
    await look(page, `upload-progress-${locale}`);
    await control.advanceClock(30_000);
    const job = drawer.locator('[data-status]').first();
    await expect(job).toHaveAttribute('data-status', 'succeeded', { timeout: 15_000 });
    await expect(job.getByRole('progressbar')).toHaveCount(0);
    // Polled through uploadprogress, naming the file, until the node said 100 %.
    const polls = await bodies(control, '/api/v1/images/uploadprogress');
    expect(polls.every((b) => JSON.stringify(b).includes(IMAGE))).toBe(true);
  });
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`a stalled upload is flagged after the preference time and Stop sends one upload_stop (${locale})`, async ({ page, control }) => {
    const en = locale === 'en';
    await page.clock.install();
    await openImages(page, control, locale);
    await control.setFlags('dbc', { transferStalls: true });
    await upload(page);
    await page.getByRole('button', { name: en ? 'Jobs' : '任务' }).click();
    const status = page.getByTestId('jobs-drawer').getByTestId('transfer-status');
    await control.advanceClock(60 * 60_000);
    await expect(status.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50', { timeout: 15_000 });
    await expect(status).not.toHaveAttribute('data-stalled');
    // The console's own time: 2 min (the default preference) without the percentage moving.
    await page.clock.fastForward(2 * 60_000 + 5_000);
    await expect(status).toHaveAttribute('data-stalled', 'true', { timeout: 15_000 });
    await expect(status.getByTestId('transfer-stalled')).toContainText(en ? 'No progress for 2 min' : '已 2 分钟没有进度');
    await look(page, `upload-stalled-${locale}`);
    await status.getByTestId('transfer-stop').click();
    await page.getByTestId('transfer-stop-confirm').click();
    const job = page.getByTestId('jobs-drawer').locator('[data-status]').first();
    await expect(job).toHaveAttribute('data-status', 'failed', { timeout: 15_000 });
    await expect(job).toContainText(en ? 'The upload stopped at 50%' : '上传在 50% 时停止');
    expect(await bodies(control, '/api/v1/images/upload_stop')).toEqual([expect.objectContaining({ peer_nodes_list: [NODE], additional: { image_filename: IMAGE } })]);
  });
}
