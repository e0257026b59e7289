import type { Locator, Page } from '@playwright/test';
import { expect, openSnapshotsArea, shot, test } from './fixtures';

/**
 * Roll back through the dialog per provider (vsd powering the VM off first, ZStack revert, 51idc apply), see NOW
 * move, then take a snapshot and see a new branch. The create dialog is built in parallel: the snapshot is taken
 * through the emulator's own HTTP API (demo emulators accept calls without credentials when strict auth is off).
 */

const ZSTACK = { vm: '7a3c1e5b9d2f4a6c8e0b2d4f6a8c0e2b', rootVolume: '0b1c2d3e4f5a4b6c8d7e9f0a1b2c3d4e' };
const IDC51 = { vm: 'ins-DBMASTR' };

interface Row {
  level: number;
  kind: string;
  name: string;
}

async function rows(tree: Locator): Promise<Row[]> {
  return tree.getByRole('treeitem').evaluateAll((items) =>
    items.map((el) => ({
      level: Number(el.getAttribute('aria-level')),
      kind: (el.getAttribute('data-testid') ?? '').replace('snapshot-row-', ''),
      name: el.querySelector('[data-testid="snapshot-name"]')?.textContent ?? '',
    })),
  );
}

/** The snapshot each NOW hangs under: the nearest row above it one level up. */
async function nowParents(tree: Locator): Promise<string[]> {
  const all = await rows(tree);
  return all.flatMap((row, i) => (row.kind === 'now' ? [all.slice(0, i).reverse().find((r) => r.level === row.level - 1)?.name ?? '(none)'] : []));
}

async function levelOf(tree: Locator, name: string): Promise<number | undefined> {
  return (await rows(tree)).find((r) => r.kind === 'snapshot' && r.name === name)?.level;
}

/** The toolbar's "Take snapshot", through the create dialog (default choices: whole VM / system disk). */
async function takeSnapshot(page: Page, name: string) {
  await page.getByTestId('snapshot-target-actions').getByTestId('action-create').click();
  const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('snapshot-create-dialog') });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').first().fill(name);
  await dialog.getByTestId('snapshot-create-submit').click();
  await expect(dialog).toBeHidden();
}

/** Waits for the dialog's opening animation to end (a screenshot mid-fade shows it half transparent). */
async function settled(dialog: Locator) {
  await dialog.evaluate((el) => Promise.all(el.closest('.ant-modal-root, .ant-modal-wrap')?.getAnimations({ subtree: true }).map((a) => a.finished) ?? []).then(() => undefined));
}

async function rollBackFrom(page: Page, tree: Locator, snapshot: string, action = 'action-rollback') {
  await tree.getByRole('treeitem').filter({ has: page.getByTestId('snapshot-name').getByText(snapshot, { exact: true }) }).click();
  const button = page.getByTestId('snapshot-actions').getByTestId(action);
  await expect(button).toBeEnabled();
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await settled(dialog);
  return dialog;
}

test('vsd: roll back a running VM (powered off first), NOW moves under gcc-13; a new snapshot starts a branch', async ({ page, control }) => {
  await openSnapshotsArea(page, control);
  await page.goto('/snapshots?connection=demo-vsd&q=build-runner-01');
  await page.getByRole('link', { name: 'Open tree: build-runner-01' }).click({ timeout: 20_000 });
  const tree = page.getByRole('tree', { name: 'Snapshots of build-runner-01' });
  await expect(tree.getByText('clang-18')).toBeVisible({ timeout: 20_000 });
  expect(await nowParents(tree)).toEqual(['clang-18']);

  const dialog = await rollBackFrom(page, tree, 'gcc-13');
  await expect(dialog).toContainText('Roll back “build-runner-01” to “gcc-13”');
  await expect(dialog.getByTestId('rollback-loss')).toContainText('since snapshot “clang-18”');
  await expect(dialog.getByTestId('rollback-left-behind')).toContainText('clang-18');
  await expect(dialog.getByTestId('rollback-steps')).toContainText(/Power off.*Take snapshot.*Roll back/);
  await shot(page, 'rollback-vsd-en-light');
  // The snapshot first is covered by the page tests; here the branch comes from a snapshot taken afterwards.
  await dialog.getByRole('checkbox', { name: /Take a snapshot first/ }).uncheck();
  await dialog.getByRole('button', { name: 'Power off and roll back' }).click();
  await expect.poll(async () => (await control.requests({ provider: 'vsd', method: 'POST', path: '/v1/compute/shutoff' })).length).toBe(1);
  await control.advanceClock(5 * 60_000);
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect.poll(() => nowParents(tree), { timeout: 20_000 }).toEqual(['gcc-13']);

  const [rollback, ...more] = await control.requests({ provider: 'vsd', method: 'POST', path: '/v1/compute/vsd/snapshot/rollback' });
  expect(more).toEqual([]);
  expect(rollback?.body).toMatchObject({ name: 'gcc-13', domain_memory: false });
  await takeSnapshot(page, 'after-rollback');
  await expect(tree.getByText('after-rollback')).toBeVisible({ timeout: 20_000 });
  // A second child of gcc-13 beside gcc-13-cache-warm: a new branch; NOW under the new snapshot.
  expect(await levelOf(tree, 'after-rollback')).toBe(await levelOf(tree, 'gcc-13-cache-warm'));
  await expect.poll(() => nowParents(tree)).toEqual(['after-rollback']);
  expect(await control.requests({ provider: 'vsd', method: 'POST', path: '/snapshot/rollback' })).toHaveLength(1);
});

test('ZStack: revert the stopped VM’s root volume to after-upgrade; the next snapshot branches from it (zh-CN, dark)', async ({ page, control }) => {
  await openSnapshotsArea(page, control, { locale: 'zh-CN', theme: 'dark' });
  await page.goto(`/snapshots?connection=demo-zstack&vm=${ZSTACK.vm}`);
  const tree = page.getByRole('tree');
  await expect(tree.getByText('daily-2026-11-20')).toBeVisible({ timeout: 20_000 });
  // Root volume and data volume: a NOW each.
  expect(await nowParents(tree)).toContain('daily-2026-11-20');

  const dialog = await rollBackFrom(page, tree, 'after-upgrade 升级完成');
  await expect(dialog).toContainText('将“db-mysql-主库”回滚到“after-upgrade 升级完成”');
  await expect(dialog.getByTestId('rollback-loss')).toContainText('daily-2026-11-20');
  await shot(page, 'rollback-zstack-zh-CN-dark');
  await dialog.getByRole('checkbox', { name: /先创建快照/ }).uncheck();
  await dialog.getByTestId('rollback-submit').click();
  await expect(dialog).toBeHidden();
  const reverts = async () => (await control.requests({ provider: 'zstack', method: 'PUT', path: '/volume-snapshots/' })).filter((r) => JSON.stringify(r.body).includes('revertVolumeFromSnapshot'));
  await expect.poll(async () => (await reverts()).length).toBe(1);
  await control.advanceClock(5 * 60_000);
  await expect.poll(() => nowParents(tree), { timeout: 20_000 }).toContain('after-upgrade 升级完成');
  expect(await nowParents(tree)).not.toContain('daily-2026-11-20');

  await takeSnapshot(page, 'after-revert');
  await control.advanceClock(5 * 60_000);
  await expect(tree.getByText('after-revert')).toBeVisible({ timeout: 20_000 });
  expect((await control.requests({ provider: 'zstack', method: 'POST', path: `/volumes/${ZSTACK.rootVolume}/volume-snapshots` })).map((r) => r.body)).toEqual([{ params: { name: 'after-revert' } }]);
  expect(await levelOf(tree, 'after-revert')).toBe(await levelOf(tree, 'daily-2026-11-01'));
  expect(await reverts()).toHaveLength(1);
});

test('51idc: apply the instance’s full backup (the running instance restarts); the next backup opens a new chain', async ({ page, control }) => {
  await page.setViewportSize({ width: 1400, height: 1400 });
  await openSnapshotsArea(page, control, { locale: 'zh-CN', theme: 'light' });
  await page.goto(`/snapshots?connection=demo-idc51&vm=${IDC51.vm}`);
  const tree = page.getByRole('tree');
  await expect(tree.getByText('主库全量 mysql-full')).toBeVisible({ timeout: 20_000 });
  expect(await nowParents(tree)).not.toContain('主库全量 mysql-full');
  const roots = async () => (await rows(tree)).filter((r) => r.kind === 'snapshot' && r.level === 2).length;
  const rootsBefore = await roots();

  const dialog = await rollBackFrom(page, tree, '主库全量 mysql-full');
  await expect(dialog.getByTestId('rollback-notes')).toContainText('回滚时将重启运行中的实例');
  await shot(page, 'rollback-idc51-zh-CN-light');
  await dialog.getByRole('checkbox', { name: /先创建快照/ }).uncheck();
  await dialog.getByTestId('rollback-submit').click();
  await expect(dialog).toBeHidden();
  const applies = () => control.requests({ provider: 'idc51', method: 'POST', path: '/volume_snapshots/apply' });
  await expect.poll(async () => (await applies()).length).toBe(1);
  await control.advanceClock(10 * 60_000);
  await expect.poll(() => nowParents(tree), { timeout: 20_000 }).toContain('主库全量 mysql-full');

  await takeSnapshot(page, 'after-apply');
  await control.advanceClock(30 * 60_000);
  await expect(tree.getByText('after-apply')).toBeVisible({ timeout: 20_000 });
  const creates = (await control.requests({ provider: 'idc51', method: 'POST', path: '/v2/zone/ac1/volume_snapshots' })).filter((r) => !r.path.includes('/apply'));
  expect(creates.map((r) => r.body)).toMatchObject([{ resources: [IDC51.vm], snapshot_name: 'after-apply' }]);
  // Chains never branch: the backup after an older point is a new full chain beside the old one.
  expect(await roots()).toBe(rootsBefore + 1);
  expect(await levelOf(tree, 'after-apply')).toBe(2);
  expect(await applies()).toHaveLength(1);
});

test('vsd “Roll back disks” on a shut-off VM: the disk chosen, one request, its result listed per disk (en, dark)', async ({ page, control }) => {
  await openSnapshotsArea(page, control, { theme: 'dark' });
  await page.goto('/snapshots?connection=demo-vsd&q=test-templ');
  await page.getByRole('link', { name: 'Open tree: test-templ' }).click({ timeout: 20_000 });
  const tree = page.getByRole('tree', { name: 'Snapshots of test-templ' });
  await expect(tree.getByText('origin')).toBeVisible({ timeout: 20_000 });
  const dialog = await rollBackFrom(page, tree, 'origin', 'action-rollbackDisks');
  await expect(dialog).toContainText('Roll back disks of “test-templ” to “origin”');
  await expect(dialog.getByTestId('rollback-disks').getByRole('checkbox')).toHaveCount(1);
  await dialog.getByRole('checkbox', { name: /Take a snapshot first/ }).uncheck();
  await dialog.getByTestId('rollback-submit').click();
  await expect(dialog.getByTestId('rollback-results')).toContainText('Every chosen disk was rolled back (1)');
  await expect(dialog.getByTestId('rollback-disk-result')).toHaveAttribute('data-ok', 'true');
  await shot(page, 'rollback-vsd-disks-en-dark');
  const sent = await control.requests({ provider: 'vsd', method: 'POST', path: '/v1/compute/volume/snapshot/rollback' });
  expect(sent).toHaveLength(1);
  expect(sent[0]?.body).toMatchObject({ disk_snapshot_list: [{ VolumeUuid: '3e8b046d-99a2-4a28-ba73-01c8af4d85e0', SnapshotUuid: '25a949de-eaad-4f99-9bf8-b794578d8cfe', DiskDrive: 'sda' }] });
  await dialog.getByTestId('rollback-submit').click();
  await expect(dialog).toBeHidden();
  // NOW does not move for a per-disk rollback.
  await expect.poll(() => nowParents(tree)).toEqual(['origin']);
});
