import type { Page } from '@playwright/test';
import { expect, test, withPreferences, type ControlClient, type Locale, type Theme } from './fixtures';

/**
 * Snapshot export end to end: the dialog sends exactly one export request, its provider job runs to its end on
 * the emulator clock (real durations, timeScale=1, then the clock is moved past them), the Jobs drawer shows it
 * succeeded, and the emulator's own API lists what was made.
 */
const IDC51_WEB = { connection: 'demo-idc51', vm: 'ins-JWFQNPY', snapshot: 'ss-qweqwrf' };
const IDC51_DB = { connection: 'demo-idc51', vm: 'ins-DBMASTR', snapshot: 'ss-BTZOND4' };
const ZSTACK = { connection: 'demo-zstack', vm: '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b', snapshot: '5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a' };
const IMAGE_STORE_BS = '6b1f2c3d4e5f4a6b8c7d9e0f1a2b3c4d';

async function openSnapshot(page: Page, control: ControlClient, target: { connection: string; vm: string; snapshot: string }, prefs: { locale?: Locale; theme?: Theme } = {}) {
  await withPreferences(page, prefs);
  // Real provider durations: every export job is surely still running until the test moves the clock.
  const url = `/snapshots?connection=${target.connection}&vm=${target.vm}&snapshot=${target.snapshot}&timeScale=1`;
  await page.goto(url);
  await expect(page.getByTestId('snapshot-actions')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await page.goto(url);
  await expect(page.getByTestId('snapshot-actions')).toBeVisible({ timeout: 20_000 });
}

async function openDialog(page: Page, action: string) {
  await page.getByTestId('snapshot-actions').getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

async function dialogShot(page: Page, name: string) {
  await page.getByRole('dialog').screenshot({ path: `artifacts/screenshots/${name}.png` });
}

/** The job of this export in the Jobs drawer: running now, succeeded once the emulator clock passes its end. */
async function jobRunsToItsEnd(page: Page, control: ControlClient, name: string, label: string, advanceMs: number, jobsButton = 'Jobs') {
  await page.getByRole('button', { name: jobsButton }).click();
  const job = page.getByTestId('job-list').locator('[data-status]', { hasText: name }).first();
  await expect(job).toContainText(label);
  await expect(job).toHaveAttribute('data-status', 'running');
  await control.advanceClock(advanceMs);
  await expect(job).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await page.keyboard.press('Escape');
}

/** A GET on an emulator's API from inside the page (the emulators live in its service worker). */
async function emulatorGet<T>(page: Page, path: string, headers: Record<string, string> = {}): Promise<T> {
  return page.evaluate(async ({ path, headers }) => (await (await fetch(path, { headers })).json()) as T, { path, headers });
}

/** Signs into the ZStack emulator as the demo account (password sent as its SHA-512 hex, as ZStack wants). */
async function zstackSession(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const digest = await crypto.subtle.digest('SHA-512', new TextEncoder().encode('password'));
    const password = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const reply = await fetch('/mock/zstack/zstack/v1/accounts/login', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ logInByAccount: { accountName: 'admin', password } }),
    });
    return ((await reply.json()) as { inventory: { uuid: string } }).inventory.uuid;
  });
}

test('51idc: capture an instance backup to an image; one capture_instance, the job ends, the image is available', async ({ page, control }) => {
  await openSnapshot(page, control, IDC51_WEB);
  const dialog = await openDialog(page, 'Make image');
  await expect(dialog).toContainText('Make an image from “上线前 pre-release”');
  await expect(dialog).toContainText('Snapshot “上线前 pre-release” of 官网前端 web-01');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog).toContainText('Enter a name');
  await dialog.getByLabel('Image name').fill('web-golden-e2e');
  await dialogShot(page, 'export-idc51-image-en-light');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog).toBeHidden();

  const sent = await control.requests({ provider: 'idc51', method: 'POST', path: 'capture_instance' });
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ status: 200, path: '/v2/zone/ac1/volume_snapshots/capture_instance/ss-qweqwrf', body: { image_name: 'web-golden-e2e' } });

  await jobRunsToItsEnd(page, control, 'web-golden-e2e', 'Snapshot to image', 10 * 60_000);
  const { images } = await emulatorGet<{ images: { image_name: string; status: string }[] }>(page, '/mock/idc51/v2/zone/ac1/images?provider=self');
  expect(images.filter((i) => i.image_name === 'web-golden-e2e')).toEqual([expect.objectContaining({ status: 'available' })]);
  expect(await control.requests({ provider: 'idc51', method: 'POST', path: 'capture_instance' })).toHaveLength(1);
});

test('51idc: a disk backup becomes a new disk (zh-CN, dark); one create_volume, the job ends, the disk is available', async ({ page, control }) => {
  await openSnapshot(page, control, IDC51_DB, { locale: 'zh-CN', theme: 'dark' });
  const dialog = await openDialog(page, '生成云盘');
  await expect(dialog).toContainText('从“每周全量 weekly-full”生成云盘');
  await dialog.getByLabel('云盘名称').fill('订单盘恢复 orders-restore');
  await dialogShot(page, 'export-idc51-volume-zh-CN-dark');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog).toBeHidden();

  const sent = await control.requests({ provider: 'idc51', method: 'POST', path: 'create_volume' });
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ status: 200, body: { volume_name: '订单盘恢复 orders-restore' } });

  await page.getByRole('button', { name: '任务' }).click();
  const job = page.getByTestId('job-list').locator('[data-status]', { hasText: 'orders-restore' }).first();
  await expect(job).toContainText('快照生成云盘');
  await expect(job).toHaveAttribute('data-status', 'running');
  await control.advanceClock(6 * 60_000);
  await expect(job).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await page.keyboard.press('Escape');

  const { volumes } = await emulatorGet<{ volumes: { volume_name: string; status: string; size: number }[] }>(page, '/mock/idc51/v2/zone/ac1/volumes?limit=100');
  expect(volumes.filter((v) => v.volume_name === '订单盘恢复 orders-restore')).toEqual([expect.objectContaining({ status: 'available', size: 100 })]);
});

test('ZStack: data-volume template on a chosen backup storage (capacity shown, unusable one refused); one request, the job ends, the template is Ready', async ({ page, control }) => {
  await openSnapshot(page, control, ZSTACK, { theme: 'dark' });
  const dialog = await openDialog(page, 'Make disk template');
  const ceph = dialog.getByRole('radio', { name: /BS-Ceph-01/ });
  await expect(ceph).toBeChecked();
  await expect(dialog.getByText(/free of/).first()).toBeVisible();
  await dialog.getByLabel('Template name').fill('mysql-baseline-tpl');
  await dialog.getByLabel('Description').fill('e2e template');
  // The disconnected SFTP storage is refused in the form, before anything is sent.
  await dialog.getByRole('radio', { name: /BS-Sftp-legacy/ }).check();
  await dialog.getByTestId('export-submit').click();
  await expect(dialog).toContainText('cannot take it: it is Enabled, Disconnected');
  await dialog.getByRole('radio', { name: /BS-ImageStore-01/ }).check();
  await dialogShot(page, 'export-zstack-template-en-dark');
  expect(await control.requests({ provider: 'zstack', method: 'POST', path: 'data-volume-templates' })).toHaveLength(0);
  await dialog.getByTestId('export-submit').click();
  await expect(dialog).toBeHidden();

  const sent = await control.requests({ provider: 'zstack', method: 'POST', path: 'data-volume-templates' });
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({
    status: 202,
    path: `/zstack/v1/images/data-volume-templates/from/volume-snapshots/${ZSTACK.snapshot}`,
    body: { params: { name: 'mysql-baseline-tpl', description: 'e2e template', backupStorageUuids: [IMAGE_STORE_BS] } },
  });

  await jobRunsToItsEnd(page, control, 'mysql-baseline-tpl', 'Snapshot to template', 11 * 60_000);
  const session = await zstackSession(page);
  const { inventories } = await emulatorGet<{ inventories: { name: string; status: string; mediaType: string; backupStorageRefs: { backupStorageUuid: string }[] }[] }>(
    page,
    `/mock/zstack/zstack/v1/images?q=${encodeURIComponent('name=mysql-baseline-tpl')}`,
    { Authorization: `OAuth ${session}` },
  );
  expect(inventories).toEqual([expect.objectContaining({ status: 'Ready', mediaType: 'DataVolumeTemplate', backupStorageRefs: [expect.objectContaining({ backupStorageUuid: IMAGE_STORE_BS })] })]);
});

test('ZStack in zh-CN light: cancel sends nothing; then a template through its full job, Ready on its backup storage', async ({ page, control }) => {
  await openSnapshot(page, control, ZSTACK, { locale: 'zh-CN' });
  let dialog = await openDialog(page, '生成云盘模板');
  await expect(dialog.getByRole('radio', { name: /BS-Ceph-01/ })).toBeChecked();
  await expect(dialog).toContainText('不会丢失任何数据');
  await dialogShot(page, 'export-zstack-template-zh-CN-light');
  await dialog.getByRole('button', { name: /^取\s*消$/ }).click();
  await expect(dialog).toBeHidden();
  expect(await control.requests({ provider: 'zstack', method: 'POST', path: 'templates' })).toHaveLength(0);

  // The same flow as the English test above, on the default (Ceph) backup storage.
  dialog = await openDialog(page, '生成云盘模板');
  await dialog.getByLabel('模板名称').fill('mysql-基线-tpl');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog).toBeHidden();
  const sent = await control.requests({ provider: 'zstack', method: 'POST', path: 'data-volume-templates' });
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ status: 202, body: { params: { name: 'mysql-基线-tpl' } } });
  await jobRunsToItsEnd(page, control, 'mysql-基线-tpl', '快照生成模板', 11 * 60_000, '任务');
  const session = await zstackSession(page);
  const { inventories } = await emulatorGet<{ inventories: { name: string; status: string; mediaType: string }[] }>(
    page,
    `/mock/zstack/zstack/v1/images?q=${encodeURIComponent('name=mysql-基线-tpl')}`,
    { Authorization: `OAuth ${session}` },
  );
  expect(inventories).toEqual([expect.objectContaining({ status: 'Ready', mediaType: 'DataVolumeTemplate' })]);

  // DBC era C has no export call: the details say where the snapshot is uploaded (this seeded one is not).
  await page.goto('/snapshots?connection=demo-dbc&vm=Ht5nC7xK1wQe8RfV3jMzUa&snapshot=snap-epoch90');
  const center = page.getByTestId('snapshot-image-center');
  await expect(center).toContainText('镜像中心中（尚）没有名为 Ht5nC7xK1wQe8RfV3jMzUa_snap-epoch90.qcow2 的镜像', { timeout: 20_000 });
  await center.screenshot({ path: 'artifacts/screenshots/export-dbc-image-center-zh-CN-light.png' });
});
