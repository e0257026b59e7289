import type { Page } from '@playwright/test';
import { expect, test, type ControlClient } from './fixtures';
import { openImagesAtRealTime } from './images';

/** Seeded ZStack data (mocks/zstack/seed.ts): the data-volume template, a Stopped VM and a Paused one. */
const TEMPLATE = { id: '314d80c2feb5352c984b3ffd36108c32', name: 'My Data Volume Template' };
const STOPPED_VM = { id: '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b', name: 'db-mysql-主库' };
const PAUSED_VM = 'redis-cache-02 缓存';
const SHOTS = '/tmp/shots/zsattach';
/** The Images page showing only data-volume templates. */
const TEMPLATES = '?kind=zstackDataTemplate';
const ATTACH_PATH = /^\/zstack\/v1\/volumes\/[0-9a-f]{32}\/vm-instances\/[0-9a-f]{32}$/;

const attachRequests = async (control: ControlClient) =>
  (await control.requests({ provider: 'zstack', method: 'POST', path: '/vm-instances/' })).filter((r) => ATTACH_PATH.test(r.path));

/** Row menu → make-volume dialog → name + storage → the volume is Ready (clock moved by its 3 minutes). */
async function makeVolume(page: Page, control: ControlClient, labels: { actions: string; make: string; name: string; storage: string; ready: RegExp }, name: string) {
  await page.getByTestId('images-table').locator('tr', { hasText: TEMPLATE.name }).first().getByRole('button', { name: labels.actions }).click();
  await page.locator('.ant-dropdown-menu:visible').getByRole('menuitem', { name: labels.make }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(labels.name).fill(name);
  await dialog.getByLabel(labels.storage).click({ force: true });
  await page.locator('.ant-select-dropdown:visible').getByTitle('PS-Ceph-01 Ceph主存储').click();
  await dialog.getByTestId('make-volume-submit').click();
  await expect.poll(async () => (await control.requests({ provider: 'zstack', method: 'POST', path: `/data-volume-templates/${TEMPLATE.id}` })).length).toBe(1);
  await control.advanceClock(180_000);
  await expect(dialog.getByTestId('make-volume-job')).toContainText(labels.ready, { timeout: 20_000 });
  return dialog;
}

async function pickVm(page: Page, dialog: ReturnType<Page['getByRole']>, label: string, option: string) {
  await dialog.getByLabel(label, { exact: true }).click({ force: true });
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

test('en light: a template becomes a volume attached to a stopped VM; one attach is sent and the VM page lists the volume linked to its template', async ({ page, control }) => {
  await openImagesAtRealTime(page, control, { locale: 'en', theme: 'light' }, TEMPLATES);
  const dialog = await makeVolume(page, control, { actions: `Actions for ${TEMPLATE.name}`, make: 'Make a data volume', name: 'Volume name', storage: 'Primary storage', ready: /Volume mysql-extra-e2e is ready/ }, 'mysql-extra-e2e');
  const step = dialog.getByTestId('attach-volume');
  await pickVm(page, dialog, 'VM', `${STOPPED_VM.name} (Stopped)`);
  await page.screenshot({ path: `${SHOTS}/attach-pick-en-light.png` });
  await step.getByTestId('attach-volume-submit').click();
  await expect.poll(async () => (await attachRequests(control)).length).toBe(1);
  const [sent] = await attachRequests(control);
  expect(sent?.path).toContain(`/vm-instances/${STOPPED_VM.id}`);
  await control.advanceClock(5_000);
  await expect(step.getByTestId('attach-volume-job')).toContainText(`mysql-extra-e2e is attached to ${STOPPED_VM.name}`, { timeout: 20_000 });
  await page.screenshot({ path: `${SHOTS}/attach-done-en-light.png` });
  expect(await attachRequests(control)).toHaveLength(1);

  await step.getByTestId('attach-volume-open-vm').click();
  await expect(page).toHaveURL(new RegExp(`/vms/demo-zstack/${STOPPED_VM.id}`));
  const volumes = page.getByTestId('vm-data-volumes');
  const row = volumes.locator('tr', { hasText: 'mysql-extra-e2e' });
  await expect(row).toBeVisible({ timeout: 20_000 });
  const link = row.getByRole('link', { name: TEMPLATE.name });
  await expect(link).toHaveAttribute('href', `/images/demo-zstack/${TEMPLATE.id}`);
  await volumes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/vm-volumes-en-light.png`, fullPage: true });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/images/demo-zstack/${TEMPLATE.id}`));
});

test('zh-CN dark: ZStack refuses a Paused VM; the dialog stays with the choice and shows the code', async ({ page, control }) => {
  await openImagesAtRealTime(page, control, { locale: 'zh-CN', theme: 'dark' }, TEMPLATES);
  const dialog = await makeVolume(page, control, { actions: `${TEMPLATE.name} 的操作`, make: '创建数据云盘', name: '云盘名称', storage: '主存储', ready: /云盘 cache-extra-e2e 已就绪/ }, 'cache-extra-e2e');
  const step = dialog.getByTestId('attach-volume');
  await pickVm(page, dialog, '云主机', `${PAUSED_VM}（Paused）`);
  await step.getByTestId('attach-volume-submit').click();
  await expect(step.getByTestId('attach-volume-job')).toContainText('云盘未能挂载', { timeout: 20_000 });
  await expect(step.getByTestId('attach-volume-job')).toContainText(/SYS\.1006: [\s\S]*VM\.1010/);
  await expect(dialog).toBeVisible();
  await expect(step.getByTestId('attach-volume-vm')).toContainText(`${PAUSED_VM}（Paused）`);
  expect(await attachRequests(control)).toHaveLength(1);
  await page.screenshot({ path: `${SHOTS}/attach-refused-zh-dark.png` });
});
