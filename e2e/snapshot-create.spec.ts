import type { Locator, Page } from '@playwright/test';
import { expect, openSnapshotsArea, shot, test, type Locale, type Theme } from './fixtures';

/** Seeded targets (mocks/<provider>/seed.ts). */
const DBC_CLOSED = 'Ht5nC7xK1wQe8RfV3jMzUa'; // shut off, 1000 GB data disk, snapshots snap1 + snap-epoch90
const DBC_RUNNING = 'Gq3kZ8vR2mXw9TbN4sLpYc';
const IDC51_VM = 'ins-DBMASTR';
const ZSTACK_VM = '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b';
const ZSTACK_DAILY = '8e7d6c5b4a3f4e2d9c1b0a9f8e7d6c5b'; // daily-2026-11-20

async function openTree(page: Page, query: string): Promise<Locator> {
  await page.goto(`/snapshots?${query}`);
  const tree = page.getByRole('tree');
  await expect(tree.getByRole('treeitem').first()).toBeVisible({ timeout: 20_000 });
  return tree;
}

async function openVsdTree(page: Page, name: string): Promise<Locator> {
  await page.goto(`/snapshots?connection=demo-vsd&q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name: new RegExp(`${name}$`) }).click({ timeout: 20_000 });
  const tree = page.getByRole('tree');
  await expect(tree.getByRole('treeitem').first()).toBeVisible({ timeout: 20_000 });
  return tree;
}

const createDialog = (page: Page) => page.locator('.ant-modal').filter({ has: page.getByTestId('snapshot-create-dialog') });
const statusOf = (tree: Locator, name: string) => tree.getByRole('treeitem').filter({ has: tree.page().getByTestId('snapshot-name').getByText(name, { exact: true }) }).locator('[data-status]').first();

async function startCreate(page: Page, name: string) {
  await page.getByTestId('snapshot-target-actions').getByRole('button').first().click();
  const dialog = createDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').first().fill(name);
  return dialog;
}

test('DBC: take a snapshot, see it creating then ready; exactly one create with the image server; then it is an image for a new VM', async ({ page, control }) => {
  await openSnapshotsArea(page, control, { realTime: true });
  const tree = await openTree(page, `connection=demo-dbc&vm=${DBC_CLOSED}`);
  const dialog = await startCreate(page, 'e2e-before-upgrade');
  await expect(dialog.getByTestId('snapshot-create-image-server')).toContainText('ID_1');
  await shot(page, 'snapshot-create-dbc-en-light');
  await dialog.getByTestId('snapshot-create-submit').click();
  await expect(dialog).toBeHidden();
  await expect(statusOf(tree, 'e2e-before-upgrade')).toHaveAttribute('data-status', 'creating');
  await control.advanceClock(2 * (60 + 1040 * 1.5) * 1000 + 1000);
  await expect(statusOf(tree, 'e2e-before-upgrade')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  const sent = await control.requests({ provider: 'dbc', method: 'POST', path: '/snapshot/create' });
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body).toMatchObject({ additional: { snapshot_name: 'e2e-before-upgrade', image_server: 'ID_1' } });

  // Snapshot -> image -> new VM: the upload landed on the chosen server, and Create VM offers it.
  await tree.getByText('e2e-before-upgrade', { exact: true }).click();
  const file = `${DBC_CLOSED}_e2e-before-upgrade.qcow2`;
  await expect(page.getByTestId('snapshot-image-center')).toContainText(file, { timeout: 20_000 });
  await expect(page.getByTestId('snapshot-image-center')).toContainText('ID_1');
  await page.getByTestId('snapshot-new-vm').click();
  await page.getByTestId('field-imageName').click();
  // antd renders the visible options as items (its role=option list is a short accessible shadow of them).
  await expect(page.locator('.ant-select-item-option', { hasText: `${file} · ID_1` })).toBeVisible({ timeout: 20_000 });
});

test('DBC: power off, then snapshot, from a running VM', async ({ page, control }) => {
  await openSnapshotsArea(page, control, { realTime: true });
  const tree = await openTree(page, `connection=demo-dbc&vm=${DBC_RUNNING}`);
  const dialog = await startCreate(page, 'e2e-after-training');
  await expect(dialog.getByTestId('snapshot-create-stop-first')).toBeVisible();
  await expect(dialog.getByTestId('snapshot-create-image-server')).toContainText('ID_1');
  await shot(page, 'snapshot-create-stop-first-en-light');
  await dialog.getByRole('button', { name: 'Power off and take snapshot' }).click();
  // Powering off: its request went out, no create yet.
  await expect(dialog.getByTestId('snapshot-create-steps')).toContainText('Powering off');
  await expect.poll(async () => (await control.requests({ provider: 'dbc', method: 'POST', path: '/tasks/' })).filter((r) => /shutdown|stop|poweroff/.test(r.path)).length).toBe(1);
  expect(await control.requests({ provider: 'dbc', method: 'POST', path: '/snapshot/create' })).toHaveLength(0);
  await shot(page, 'snapshot-create-stopping-en-light');
  await control.advanceClock(60_000);
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(statusOf(tree, 'e2e-after-training')).toHaveAttribute('data-status', 'creating');
  const posts = (await control.requests({ provider: 'dbc', method: 'POST' })).filter((r) => /\/tasks\/(shutdown|stop|poweroff)\/|\/snapshot\/create\//.test(r.path));
  expect(posts.map((r) => (r.path.includes('/snapshot/create/') ? 'create' : 'off'))).toEqual(['off', 'create']);
});

test('51idc: a forced full backup, creating then ready', async ({ page, control }) => {
  await openSnapshotsArea(page, control, { realTime: true });
  await page.setViewportSize({ width: 1440, height: 1400 });
  const tree = await openTree(page, `connection=demo-idc51&vm=${IDC51_VM}`);
  const dialog = await startCreate(page, 'e2e 全量 full');
  await dialog.getByTestId('snapshot-create-full').check();
  await shot(page, 'snapshot-create-idc51-en-light');
  await dialog.getByTestId('snapshot-create-submit').click();
  await expect(dialog).toBeHidden();
  await expect(statusOf(tree, 'e2e 全量 full')).toHaveAttribute('data-status', 'creating');
  await control.advanceClock(11 * 60_000);
  await expect(statusOf(tree, 'e2e 全量 full')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  const sent = await control.requests({ provider: 'idc51', method: 'POST', path: '/volume_snapshots' });
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body).toMatchObject({ resources: [IDC51_VM], snapshot_name: 'e2e 全量 full', is_full: 1 });
});

test('vsd: a memory snapshot saves its memory, then is ready; exactly one create', async ({ page, control }) => {
  await openSnapshotsArea(page, control, { realTime: true });
  const tree = await openVsdTree(page, 'build-runner-01');
  const dialog = await startCreate(page, 'e2e-memory');
  await dialog.getByTestId('snapshot-create-memory').check();
  await shot(page, 'snapshot-create-vsd-en-light');
  await dialog.getByTestId('snapshot-create-submit').click();
  await expect(dialog).toBeHidden();
  await expect(statusOf(tree, 'e2e-memory')).toHaveAttribute('data-status', 'creating');
  await control.advanceClock(30 * 60_000);
  await expect(statusOf(tree, 'e2e-memory')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  const sent = await control.requests({ provider: 'vsd', method: 'POST', path: '/snapshot/create' });
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body).toMatchObject({ name: 'e2e-memory', domain_memory: true });
});

test('ZStack: snapshot the system disk, creating then ready; then rename it', async ({ page, control }) => {
  await openSnapshotsArea(page, control, { realTime: true });
  // A ZStack snapshot takes 15 s of real time: stretched so it is seen creating until the clock is moved on.
  await control.settings({ timeScale: 40 });
  const tree = await openTree(page, `connection=demo-zstack&vm=${ZSTACK_VM}`);
  const dialog = await startCreate(page, 'e2e-zs');
  await shot(page, 'snapshot-create-zstack-en-light');
  await dialog.getByTestId('snapshot-create-submit').click();
  await expect(dialog).toBeHidden();
  await expect(statusOf(tree, 'e2e-zs')).toHaveAttribute('data-status', 'creating');
  await control.advanceClock(40 * 15_000 + 1000);
  await expect(statusOf(tree, 'e2e-zs')).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  expect(await control.requests({ provider: 'zstack', method: 'POST', path: '/volume-snapshots' })).toHaveLength(1);

  await page.goto(`/snapshots?connection=demo-zstack&vm=${ZSTACK_VM}&snapshot=${ZSTACK_DAILY}`);
  await page.getByTestId('snapshot-actions').getByRole('button', { name: 'Edit' }).click({ timeout: 20_000 });
  const edit = page.locator('.ant-modal').filter({ has: page.getByTestId('snapshot-modify-dialog') });
  await edit.getByLabel('Name').fill('e2e renamed');
  await edit.getByLabel('Description').fill('改名 e2e');
  await edit.getByTestId('snapshot-modify-submit').click();
  await expect(edit).toBeHidden();
  await control.advanceClock(40 * 1000);
  await expect(page.getByRole('tree').getByText('e2e renamed', { exact: true })).toBeVisible({ timeout: 20_000 });
  const sent = await control.requests({ provider: 'zstack', method: 'PUT', path: `/volume-snapshots/${ZSTACK_DAILY}/actions` });
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body).toMatchObject({ updateVolumeSnapshot: { name: 'e2e renamed', description: '改名 e2e' } });
});

// The other flows run in en light; this one shows the dialogs in the other language and theme.
for (const [locale, theme] of [['zh-CN', 'dark']] as Array<[Locale, Theme]>) {
  test(`the dialogs, ${locale} ${theme}`, async ({ page, control }) => {
    await openSnapshotsArea(page, control, { locale, theme, realTime: true });
    await openTree(page, `connection=demo-dbc&vm=${DBC_RUNNING}`);
    await page.getByTestId('snapshot-target-actions').getByRole('button').first().click();
    const dialog = createDialog(page);
    await expect(dialog.getByTestId('snapshot-create-image-server')).toContainText('ID_1');
    await shot(page, `snapshot-create-stop-first-${locale}-${theme}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await openVsdTree(page, 'build-runner-01');
    await page.getByRole('tree').getByText('gcc-13', { exact: true }).click();
    await page.getByTestId('snapshot-actions').getByRole('button').filter({ hasText: locale === 'en' ? 'Edit' : '编辑' }).click();
    await expect(page.getByTestId('snapshot-modify-dialog')).toBeVisible();
    await shot(page, `snapshot-modify-vsd-${locale}-${theme}`);
  });
}
