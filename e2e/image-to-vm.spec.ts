import type { Page } from '@playwright/test';
import { expect, test, withPreferences, type ControlClient } from './fixtures';
import { openImagesOnFreshEmulators } from './images';

const IMAGE = 'Ubuntu-22.04-server';
/** The 8C32G instance offering and the business L3 network of the ZStack demo (mocks/zstack/seed.ts). */
const LARGE_OFFERING = '7c1e3a5b9d2f4c6e8a0b1d3f5a7c9e2d';
const BUSINESS_L3 = 'f6a4d1c9e8b74b2c9a3d5e7f1b2c4d6e';
const SHOTS = '/tmp/shots/imgvm';

/** Opens the image's detail from its row (searched for, so the row is rendered whatever the table's height). */
async function openImage(page: Page, name: string) {
  await page.getByRole('searchbox').fill(name);
  // The search applies after a pause: wait for its one row, so the click does not land on a row being replaced.
  await expect(page.getByTestId('images-table').locator('tr.ant-table-row')).toHaveCount(1);
  await page.getByTestId('images-table').locator('tr', { hasText: name }).first().locator('[data-testid^="image-actions-"]').click();
  // The row menu's first item, Details (in either language).
  await page.getByRole('menuitem', { name: /^(Details|详情)$/ }).click();
  await expect(page.getByTestId('image-detail')).toBeVisible();
}

const creates = async (control: ControlClient) => control.requests({ provider: 'zstack', method: 'POST', path: '/zstack/v1/vm-instances' });

test('en: Images -> image detail -> Create VM from this image -> the VM runs, says its image, and ZStack got the create', async ({ page, control }) => {
  await openImagesOnFreshEmulators(page, control, { locale: 'en', theme: 'light' });
  await openImage(page, IMAGE);
  await page.screenshot({ path: `${SHOTS}/image-detail-en.png`, fullPage: true });
  await page.getByTestId('image-create-vm').click();

  const form = page.getByTestId('create-from-image-form');
  await expect(form).toBeVisible({ timeout: 20_000 });
  await expect(form.locator('.ant-form-item', { hasText: 'Image' }).first()).toContainText(IMAGE);
  await form.getByTestId('field-name').fill('e2e-from-ubuntu');
  await form.getByTestId('field-offeringId').click();
  await page.locator('.ant-select-dropdown:visible').getByText(/InstanceOffering-8C32G/).click();
  await page.screenshot({ path: `${SHOTS}/create-from-image-en.png`, fullPage: true });
  await page.getByTestId('create-submit').click();

  const progress = page.getByTestId('create-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('data-status', 'succeeded', { timeout: 20_000 });
  await page.screenshot({ path: `${SHOTS}/create-progress-en.png`, fullPage: true });

  // What ZStack received: one CreateVmInstance with the picked image, offering and network, and the uuid the console chose.
  const created = await creates(control);
  expect(created).toHaveLength(1);
  const vmId = new URL(page.url()).searchParams.get('created');
  expect(created[0]).toMatchObject({ status: 202, body: { params: { name: 'e2e-from-ubuntu', instanceOfferingUuid: LARGE_OFFERING, l3NetworkUuids: [BUSINESS_L3], resourceUuid: vmId } } });

  await page.getByTestId('create-open-vm').click();
  await expect(page).toHaveURL(new RegExp(`/vms/demo-zstack/${vmId}`));
  await expect(page.getByTestId('vm-source-image')).toHaveText(IMAGE);
  await page.screenshot({ path: `${SHOTS}/vm-created-from-en.png`, fullPage: true });
  await page.getByRole('link', { name: 'VMs' }).first().click();
  await expect(page.getByText('e2e-from-ubuntu').first()).toBeVisible({ timeout: 20_000 });
});

test('zh-CN: a refused create keeps the form and shows the ZStack code', async ({ page, control }) => {
  await openImagesOnFreshEmulators(page, control, { locale: 'zh-CN', theme: 'light' });
  await openImage(page, IMAGE);
  await page.getByTestId('image-create-vm').click();
  const form = page.getByTestId('create-from-image-form');
  await expect(form).toBeVisible({ timeout: 20_000 });
  await form.getByTestId('field-name').fill('x'.repeat(20));
  // The next poll of the job answers ZStack's argument refusal, as the interceptor would.
  await control.addFault({ provider: 'zstack', route: '/zstack/v1/api-jobs/', method: 'GET', times: 1, error: { status: 503, code: 'SYS.1007', message: 'image is not ready yet, current status[Creating]' } });
  await page.getByTestId('create-submit').click();
  await expect(form.getByTestId('create-refused')).toContainText('SYS.1007');
  await expect(form.getByTestId('field-name')).toHaveValue('x'.repeat(20));
  await page.screenshot({ path: `${SHOTS}/create-refused-zh.png`, fullPage: true });
  expect(await creates(control)).toHaveLength(1);
});

for (const [locale, theme] of [['en', 'light'], ['zh-CN', 'dark']] as const) {
  test(`${locale} ${theme}: snapshot -> image (root template, the export form) -> Create VM from it: the new VM records that template`, async ({ page, control }) => {
    const en = locale === 'en';
    // Real provider durations (timeScale=1): the test moves the emulator clock past each job.
    const snapshots = '/snapshots?connection=demo-zstack&vm=7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b&snapshot=5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a&timeScale=1';
    await withPreferences(page, { locale, theme });
    await page.goto(snapshots);
    await expect(page.getByTestId('snapshot-actions')).toBeVisible({ timeout: 20_000 });
    await control.reset({ dataset: 'demo' });
    await page.goto(snapshots);
    await expect(page.getByTestId('snapshot-actions')).toBeVisible({ timeout: 20_000 });

    await page.getByTestId('snapshot-actions').getByRole('button', { name: en ? 'Make image' : '生成镜像' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(en ? 'Image name' : '镜像名称').fill('golden-e2e');
    await dialog.getByTestId('export-submit').click();
    await expect(dialog).toBeHidden();
    await control.advanceClock(11 * 60_000);

    await page.getByTestId('side-nav').getByRole('link', { name: en ? 'Images' : '镜像', exact: true }).click();
    await expect(page.getByTestId('images-table')).toBeVisible({ timeout: 20_000 });
    await openImage(page, 'golden-e2e');
    await expect(page.getByTestId('image-detail')).toContainText(en ? 'Root template' : '系统盘模板');
    await page.getByTestId('image-create-vm').click();
    const form = page.getByTestId('create-from-image-form');
    await expect(form).toBeVisible({ timeout: 20_000 });
    await expect(form.locator('.ant-form-item', { hasText: en ? 'Image' : '镜像' }).first()).toContainText('golden-e2e');
    await form.getByTestId('field-name').fill('from-golden-e2e');
    await page.getByTestId('create-submit').click();
    const progress = page.getByTestId('create-progress');
    await expect(progress).toHaveAttribute('data-status', 'running');
    await control.advanceClock(61_000);
    await expect(progress).toHaveAttribute('data-status', 'succeeded', { timeout: 20_000 });

    const [made] = await control.requests({ provider: 'zstack', method: 'POST', path: 'root-volume-templates' });
    const [created] = await creates(control);
    expect(made?.status).toBe(202);
    expect(created?.body).toMatchObject({ params: { name: 'from-golden-e2e' } });
    await page.screenshot({ path: `${SHOTS}/snapshot-to-vm-${locale}-${theme}.png`, fullPage: true });
    await page.getByTestId('create-open-vm').click();
    await expect(page.getByTestId('vm-source-image')).toHaveText('golden-e2e');
  });
}
