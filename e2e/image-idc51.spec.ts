import type { Locator, Page } from '@playwright/test';
import { expect, test, withPreferences, type ControlClient, type Locale, type Theme } from './fixtures';

/**
 * 51idc on the Images page: a backup exported from the snapshot tree (an image captured from an instance backup, a
 * disk made from a disk backup) shows on the Images page as creating with its provider job, turns ready once the
 * emulator clock passes the job's end, and its origin link opens the backup in its tree. Real provider durations
 * (timeScale=1): the job surely runs until the test moves the clock.
 */
const SHOTS = '/tmp/shots/idc51img';
const WEB = { vm: 'ins-JWFQNPY', snapshot: 'ss-qweqwrf', name: '上线前 pre-release' };
const ORDERS = { vm: 'ins-DBMASTR', volume: 'vol-SACNVJNS', snapshot: 'ss-BTZOND4', name: '每周全量 weekly-full' };

async function openBackup(page: Page, control: ControlClient, target: { vm: string; snapshot: string }, prefs: { locale: Locale; theme: Theme }) {
  await withPreferences(page, prefs);
  const url = `/snapshots?connection=demo-idc51&vm=${target.vm}&snapshot=${target.snapshot}&timeScale=1`;
  await page.goto(url);
  await expect(page.getByTestId('snapshot-actions')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await page.goto(url);
  await expect(page.getByTestId('snapshot-actions')).toBeVisible({ timeout: 20_000 });
}

/** Sends the export dialog's one request with the given name. */
async function exportBackup(page: Page, action: string, label: string, name: string) {
  await page.getByTestId('snapshot-actions').getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label).fill(name);
  await dialog.getByTestId('export-submit').click();
  await expect(dialog).toBeHidden();
}

/** The Images page through the menu (the export's job keeps running in the Jobs drawer), one connection shown. */
async function imagesRow(page: Page, navLabel: string, name: string): Promise<Locator> {
  await page.getByTestId('side-nav').getByRole('link', { name: navLabel }).click();
  const row = page.getByTestId('images-table').locator('tr', { hasText: name });
  await expect(row).toBeVisible({ timeout: 20_000 });
  return row;
}

/** Where a link goes, as search parameters (their order is the router's business). */
async function linkSearch(link: Locator): Promise<Record<string, string>> {
  const href = (await link.getAttribute('href')) ?? '';
  return Object.fromEntries(new URLSearchParams(href.split('?')[1] ?? ''));
}

/** The words these flows read and click, per language. */
const WORDS = {
  en: {
    makeImage: 'Make image', imageName: 'Image name', makeDisk: 'Make disk', diskName: 'Disk name', images: 'Images',
    captured: 'Captured image', disk: 'Disk from backup', creating: 'Creating', ready: 'Ready', details: 'Details',
    diskType: 'Disk type', succeeded: 'succeeded', jobRunning: /^job (queued|working)$/,
    origin: (name: string) => `Snapshot ${name} of `,
  },
  'zh-CN': {
    makeImage: '生成镜像', imageName: '镜像名称', makeDisk: '生成云盘', diskName: '云盘名称', images: '镜像',
    captured: '捕获镜像', disk: '备份生成的云盘', creating: '创建中', ready: '就绪', details: '详情',
    diskType: '云盘类型', succeeded: '已成功', jobRunning: /^任务(排队中|执行中)$/,
    origin: (name: string) => `快照 ${name}（云主机 `,
  },
} as const;

// Each flow in both languages: the capture in en light and zh-CN dark, the disk in zh-CN dark and en light.
for (const [locale, theme] of [['en', 'light'], ['zh-CN', 'dark']] as const) {
  const w = WORDS[locale];
  const tag = `${locale}-${theme}`;

  test(`${locale} ${theme}: an instance backup captured to an image shows creating with its job, ready after the job; one capture_instance; the origin opens the backup`, async ({ page, control }) => {
    const image = `web-next-e2e-${locale}`;
    await openBackup(page, control, WEB, { locale, theme });
    await exportBackup(page, w.makeImage, w.imageName, image);
    const sent = await control.requests({ provider: 'idc51', method: 'POST', path: 'capture_instance' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: 200, path: `/v2/zone/ac1/volume_snapshots/capture_instance/${WEB.snapshot}`, body: { image_name: image } });

    const row = await imagesRow(page, w.images, image);
    await expect(row).toContainText(w.captured);
    await expect(row.getByTestId('image-status')).toHaveAttribute('data-status', 'creating');
    await expect(row.getByTestId('image-status')).toContainText(w.creating);
    await expect(row.getByTestId('image-job-state')).toHaveText(w.jobRunning);
    const origin = row.getByTestId('image-origin');
    // Named with its VM (its name once the console has listed VMs, else its id); the link's target is checked below.
    await expect(origin).toContainText(w.origin(WEB.name));
    expect(await linkSearch(origin)).toEqual({ connection: 'demo-idc51', vm: WEB.vm, snapshot: WEB.snapshot });
    await row.screenshot({ path: `${SHOTS}/captured-creating-row-${tag}.png` });

    await control.advanceClock(10 * 60_000);
    await expect(row.getByTestId('image-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
    await expect(row).toContainText(w.ready);
    await expect(row.getByTestId('image-job-state')).toHaveCount(0);
    expect(await control.requests({ provider: 'idc51', method: 'POST', path: 'capture_instance' })).toHaveLength(1);
    await row.screenshot({ path: `${SHOTS}/captured-ready-row-${tag}.png` });

    await origin.click();
    await expect(page).toHaveURL(new RegExp(`/snapshots\\?.*snapshot=${WEB.snapshot}`));
    await expect(page.getByTestId('snapshot-actions')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('snapshot-details')).toContainText(WEB.name);
  });

  test(`${locale} ${theme}: a disk backup made into a disk shows creating with its job, ready after the job; one create_volume; the origin opens the backup`, async ({ page, control }) => {
    const disk = `订单盘恢复 orders-e2e-${locale}`;
    await openBackup(page, control, ORDERS, { locale, theme });
    await exportBackup(page, w.makeDisk, w.diskName, disk);
    const sent = await control.requests({ provider: 'idc51', method: 'POST', path: 'create_volume' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: 200, body: { volume_name: disk } });

    const row = await imagesRow(page, w.images, disk);
    await expect(row).toContainText(w.disk);
    await expect(row.getByTestId('image-status')).toHaveAttribute('data-status', 'creating');
    await expect(row.getByTestId('image-status')).toContainText(w.creating);
    await expect(row.getByTestId('image-job-state')).toHaveText(w.jobRunning);
    const origin = row.getByTestId('image-origin');
    await expect(origin).toContainText(w.origin(ORDERS.name));
    expect(await linkSearch(origin)).toEqual({ connection: 'demo-idc51', vm: ORDERS.vm, volume: ORDERS.volume, snapshot: ORDERS.snapshot });
    await row.screenshot({ path: `${SHOTS}/disk-creating-row-${tag}.png` });

    await control.advanceClock(6 * 60_000);
    await expect(row.getByTestId('image-status')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
    await expect(row).toContainText(w.ready);
    await row.screenshot({ path: `${SHOTS}/disk-ready-row-${tag}.png` });
    expect(await control.requests({ provider: 'idc51', method: 'POST', path: 'create_volume' })).toHaveLength(1);

    // The detail page: size, type, the source backup and the finished job.
    await row.getByTestId(/^image-actions-/).click();
    await page.getByRole('menuitem', { name: w.details }).click();
    const detail = page.getByTestId('image-detail');
    await expect(detail).toContainText(w.diskType);
    await expect(detail).toContainText('100 GiB');
    await expect(detail.getByTestId('image-job-status')).toHaveText(w.succeeded);
    await page.screenshot({ path: `${SHOTS}/disk-detail-${tag}.png`, fullPage: true });

    await detail.getByTestId('image-origin').click();
    await expect(page).toHaveURL(new RegExp(`/snapshots\\?.*snapshot=${ORDERS.snapshot}`));
    await expect(page.getByTestId('snapshot-details')).toContainText(ORDERS.name, { timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}/disk-origin-tree-${tag}.png` });
  });
}

test('en dark: a disk whose job fails half way shows failed with the provider error, in the row and on its page; nothing is sent again', async ({ page, control }) => {
  await openBackup(page, control, ORDERS, { locale: 'en', theme: 'dark' });
  await control.setFlags('idc51', { jobFailsHalfway: true });
  await exportBackup(page, 'Make disk', 'Disk name', 'orders-broken-e2e');
  const row = await imagesRow(page, 'Images', 'orders-broken-e2e');
  await expect(row.getByTestId('image-status')).toHaveAttribute('data-status', 'creating');

  await control.advanceClock(6 * 60_000);
  await expect(row.getByTestId('image-status')).toHaveAttribute('data-status', 'failed', { timeout: 30_000 });
  await expect(row.getByTestId('image-job-state')).toHaveText('job failed');
  await row.screenshot({ path: `${SHOTS}/disk-failed-row-en-dark.png` });

  await row.getByTestId(/^image-actions-/).click();
  await page.getByRole('menuitem', { name: 'Details' }).click();
  const detail = page.getByTestId('image-detail');
  await expect(detail.getByTestId('image-job-error')).toHaveText('The provider says: CreateVolumeFromSnapshot failed: insufficient backend resources for the new volume (5200)');
  await expect(detail.getByTestId('image-job-follow')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/disk-failed-detail-en-dark.png`, fullPage: true });
  expect(await control.requests({ provider: 'idc51', method: 'POST', path: 'create_volume' })).toHaveLength(1);
});
