import type { Page } from '@playwright/test';
import { expect, openSnapshotsArea, test, type ControlClient, type Locale } from './fixtures';
import { openCenterFileAtRealTime } from './images';

/** The demo renter's second node; centos7.9.qcow2 (4.12 GB on image server ID_1, 35 s to copy) is on neither node. */
const NODE = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const IMAGE = 'centos7.9.qcow2';
const CENTER = `server:ID_1/${IMAGE}`;
/** Seeded DBC task: shut off, 1000 GB data disk, snapshots snap1 + snap-epoch90 (mocks/dbc/seed.ts). */
const DBC_CLOSED = 'Ht5nC7xK1wQe8RfV3jMzUa';

/** Screenshots for a person to look at, outside the repository. */
const look = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/dbcimg/${name}.png`, fullPage: true });

/** Bodies the emulator received at exactly this DBC path. */
async function bodies(control: ControlClient, path: string) {
  return (await control.requests({ provider: 'dbc', method: 'POST', path })).filter((r) => r.path === path).map((r) => r.body);
}

/** Download the center image to NODE, picked by its label (short id and GPUs), not its raw id. */
async function downloadToNode(page: Page, locale: Locale, shotName: string) {
  await page.getByTestId(`image-actions-${CENTER}`).click();
  await page.getByRole('menuitem', { name: locale === 'en' ? 'Download to node' : '下载到节点' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').click();
  const option = page.locator(`.ant-select-item-option[title="${NODE}"]`);
  await expect(option).toHaveText(/^80720ffa…14965 · \d+× .+/, { timeout: 15_000 });
  await look(page, shotName);
  await option.click();
  await dialog.getByTestId('download-submit').click();
  await expect(dialog).toBeHidden();
}

const centerRow = (page: Page) => page.locator('tr', { has: page.getByTestId(`image-actions-${CENTER}`) });

for (const [locale, theme] of [['en', 'light'], ['zh-CN', 'dark']] as const) {
  test(`${locale} ${theme}: a download that fails halfway shows the node’s error in the row and the Jobs drawer; sent once, never retried`, async ({ page, control }) => {
    const en = locale === 'en';
    await openCenterFileAtRealTime(page, control, { locale, theme }, IMAGE);
    await control.setFlags('dbc', { jobFailsHalfway: true });
    await downloadToNode(page, locale, `picker-${locale}-${theme}`);
    const row = centerRow(page);
    await control.advanceClock(10_000);
    await expect(row.getByTestId('transfer-tag')).toContainText(en ? 'Transferring' : '传输中', { timeout: 15_000 });
    await control.advanceClock(20_000); // past half of 35 s: the node's rsync fails
    const failed = row.getByTestId('transfer-failed');
    await expect(failed).toHaveText(`${en ? 'Download failed: ' : '下载失败：'}image:${IMAGE} download failed`, { timeout: 15_000 });
    await expect(row.getByTestId('transfer-tag')).toHaveCount(0);

    await page.getByRole('button', { name: en ? 'Jobs' : '任务' }).click();
    const job = page.getByTestId('jobs-drawer').locator('[data-status]').first();
    await expect(job).toHaveAttribute('data-status', 'failed', { timeout: 15_000 });
    await expect(job).toContainText(`image:${IMAGE} download failed`);
    await look(page, `download-failed-${locale}-${theme}`);
    // One download sent; the failure came from the progress endpoint, and nothing was sent again.
    expect(await bodies(control, '/api/v1/images/download')).toEqual([expect.objectContaining({ peer_nodes_list: [NODE], additional: expect.objectContaining({ image_filename: IMAGE, image_server: 'ID_1' }) })]);
    expect((await bodies(control, '/api/v1/images/downloadprogress')).length).toBeGreaterThan(0);
    // The node did not get the file.
    await expect(page.getByTestId(`image-actions-node:${NODE}/${IMAGE}`)).toHaveCount(0);
  });
}

test('en light: a stalled download is flagged in its row and the drawer, and Stop sends the node one download_stop', async ({ page, control }) => {
  await page.clock.install();
  await openCenterFileAtRealTime(page, control, { locale: 'en', theme: 'light' }, IMAGE);
  await control.setFlags('dbc', { transferStalls: true });
  await downloadToNode(page, 'en', 'picker-en-light');
  const tag = centerRow(page).getByTestId('transfer-tag');
  await control.advanceClock(60 * 60_000); // stuck at half for an hour of the node's time
  await expect(tag).toHaveText('Transferring 50 %', { timeout: 15_000 });
  await expect(tag).not.toHaveAttribute('data-stalled');
  // The console's own time: 2 min (the default preference) without the percentage moving.
  await page.clock.fastForward(2 * 60_000 + 5_000);
  await expect(tag).toHaveAttribute('data-stalled', 'true', { timeout: 15_000 });
  await expect(tag).toHaveText('Stalled at 50 %');
  await page.getByRole('button', { name: 'Jobs' }).click();
  const status = page.getByTestId('jobs-drawer').getByTestId('transfer-status');
  await expect(status).toHaveAttribute('data-stalled', 'true');
  await expect(status.getByTestId('transfer-stalled')).toContainText('No progress for 2 min');
  await look(page, 'download-stalled-en-light');

  await status.getByTestId('transfer-stop').click();
  await page.getByTestId('transfer-stop-confirm').click();
  const job = page.getByTestId('jobs-drawer').locator('[data-status]').first();
  await expect(job).toHaveAttribute('data-status', 'failed', { timeout: 15_000 });
  await expect(job).toContainText('The download stopped at 50%');
  await expect(centerRow(page).getByTestId('transfer-failed')).toHaveText('The download stopped at 50%');
  expect(await bodies(control, '/api/v1/images/download_stop')).toEqual([expect.objectContaining({ peer_nodes_list: [NODE], additional: { image_filename: IMAGE } })]);
  await look(page, 'download-stopped-en-light');
});

for (const [locale, theme] of [['en', 'light'], ['zh-CN', 'dark']] as const) {
  test(`${locale} ${theme}: an era-C snapshot lands on the Images page with its origin, which opens the snapshot in its VM's tree`, async ({ page, control }) => {
    await openSnapshotsArea(page, control, { locale, theme, realTime: true });
    const name = `e2e_origin-${locale}`; // an underscore in the name: the file name still splits at the task id
    await page.goto(`/snapshots?connection=demo-dbc&vm=${DBC_CLOSED}`);
    const tree = page.getByRole('tree');
    await expect(tree.getByRole('treeitem').first()).toBeVisible({ timeout: 20_000 });
    await page.getByTestId('snapshot-target-actions').getByRole('button').first().click();
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('snapshot-create-dialog') });
    await dialog.getByRole('textbox').first().fill(name);
    await expect(dialog.getByTestId('snapshot-create-image-server')).toContainText('ID_1');
    await dialog.getByTestId('snapshot-create-submit').click();
    await expect(dialog).toBeHidden();
    await control.advanceClock(2 * (60 + 1040 * 1.5) * 1000 + 1000); // create, then upload (docs/providers/dbc.md §6)
    const created = tree.getByRole('treeitem').filter({ has: page.getByTestId('snapshot-name').getByText(name, { exact: true }) });
    await expect(created.locator('[data-status]').first()).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
    expect(await bodies(control, `/api/v1/snapshot/create/${DBC_CLOSED}`)).toEqual([expect.objectContaining({ additional: expect.objectContaining({ snapshot_name: name, image_server: 'ID_1' }) })]);

    // A fresh page has not listed VMs: the origin names the VM by its task id (page tests cover the VM's name).
    await page.goto(`/images?q=${name}`);
    const file = `${DBC_CLOSED}_${name}.qcow2`;
    const origin = page.getByTestId(`image-actions-server:ID_1/${file}`).locator('xpath=ancestor::tr').getByTestId('image-origin');
    await expect(origin).toBeVisible({ timeout: 20_000 });
    await expect(origin).toHaveText(locale === 'en' ? `Snapshot ${name} of ${DBC_CLOSED}` : `快照 ${name}（云主机 ${DBC_CLOSED}）`);
    await look(page, `origin-images-${locale}-${theme}`);

    await origin.click();
    await expect(page).toHaveURL(new RegExp(`/snapshots\\?.*vm=${DBC_CLOSED}.*snapshot=${name}`));
    const selected = page.getByRole('tree').getByRole('treeitem', { selected: true });
    await expect(selected).toContainText(name, { timeout: 20_000 });
    await expect(page.getByTestId('snapshot-image-center')).toContainText(file, { timeout: 20_000 });
    await look(page, `origin-tree-${locale}-${theme}`);
  });
}
