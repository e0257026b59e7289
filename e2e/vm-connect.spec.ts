import type { Page } from '@playwright/test';
import { expect, test, withPreferences, type ControlClient, type Locale, type Theme } from './fixtures';

/** A running Ubuntu DBC task on node 58fb… (mocks/dbc/seed.ts): SSH on 20022, VNC on 5910. */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };
const SHOTS = '/tmp/shots/vmdetail';

/** Opens the running VM's page on freshly seeded emulators (the control API answers once the mock worker runs). */
async function openRunningVm(page: Page, control: ControlClient, prefs: { locale?: Locale; theme?: Theme } = {}) {
  await withPreferences(page, prefs);
  await page.goto('/vms');
  await expect(page.getByTestId(`vm-row-${RUNNING.id}`)).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await control.clearRequests();
  await page.goto(`/vms/demo-dbc/${RUNNING.id}`);
  await expect(page.getByTestId('vm-title')).toHaveText(RUNNING.name, { timeout: 20_000 });
}

test('Connect: the ssh command is copied in one click; the VNC link and its password (hidden until shown)', async ({ page, context, control }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openRunningVm(page, control);
  const card = page.getByTestId('vm-connect');
  const ssh = card.getByTestId('connect-ssh');
  await expect(ssh).toHaveText(/^ssh -p 20022 dbc@\d+\.\d+\.\d+\.\d+$/);
  const command = (await ssh.textContent()) ?? '';
  await ssh.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);

  const host = command.split('@')[1];
  await expect(card.getByTestId('connect-vnc')).toHaveAttribute('href', `vnc://${host}:5910`);
  const vncPassword = card.getByTestId('connect-vnc-password');
  await expect(vncPassword).toHaveText('••••••••');
  await card.getByRole('button', { name: /^Show VNC Password/ }).click();
  await expect(vncPassword).not.toHaveText('••••••••');
  await expect(card.getByTestId('connect-rdp-unavailable')).toContainText('reached by SSH');
  await page.screenshot({ path: `${SHOTS}/connect-en-light.png`, fullPage: true });
});

test('grouped actions: power actions in one split button, Delete apart; in Chinese, dark', async ({ page, control }) => {
  await openRunningVm(page, control, { locale: 'zh-CN', theme: 'dark' });
  const bar = page.getByTestId('vm-actions');
  await expect(bar.getByRole('button', { name: '关机' })).toBeEnabled();
  await expect(bar.getByRole('button', { name: '删除' })).toHaveClass(/ant-btn-dangerous/);
  await bar.getByRole('button', { name: '电源操作' }).click();
  const menu = page.getByRole('menu').filter({ has: page.getByRole('menuitem', { name: '重启', exact: true }) });
  await expect(menu.getByRole('menuitem', { name: '启动', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await expect(menu.getByRole('menuitem', { name: '启动', exact: true })).toContainText('虚拟机已处于开机状态');
  await expect(menu.getByRole('menuitem', { name: '强制断电', exact: true })).toHaveClass(/ant-dropdown-menu-item-danger/);
  await expect(menu.getByRole('menuitem', { name: '删除' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/actions-zh-CN-dark.png`, fullPage: true });

  // The list's row menu: the same groups, divided, Delete last.
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: '虚拟机' }).first().click();
  await page.getByTestId(`row-actions-${RUNNING.id}`).click();
  const rowMenu = page.getByRole('menu').filter({ has: page.getByRole('menuitem', { name: '删除', exact: true }) });
  await expect(rowMenu.getByRole('separator')).toHaveCount(3);
  await expect(rowMenu.getByRole('menuitem').last()).toHaveText('删除');
  await page.screenshot({ path: `${SHOTS}/row-menu-zh-CN-dark.png` });
});

test('deleting a VM from its page goes back to the list; the node received one delete; its job no longer links to it', async ({ page, control }) => {
  await openRunningVm(page, control);
  await page.getByTestId('vm-actions').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText(`Delete "${RUNNING.name}"?`);
  await page.getByTestId('confirm-action').click();
  await expect(page).toHaveURL(/\/vms$/);
  await expect(page.getByTestId('vms-search')).toBeVisible();
  await expect(page.getByText(`Delete started for ${RUNNING.name}; follow it in Jobs`)).toBeVisible();
  const deletes = await control.requests({ provider: 'dbc', method: 'POST', path: `/api/v1/tasks/delete/${RUNNING.id}` });
  expect(deletes.map((r) => r.status)).toEqual([200]);
  await page.screenshot({ path: `${SHOTS}/after-delete-en.png` });

  // Once the node has deleted it, its job names it as plain text: there is no page left to open.
  await page.getByTestId('jobs-open').click();
  const job = page.getByTestId('jobs-drawer').locator('[data-status]', { hasText: RUNNING.name });
  await expect(job).toHaveAttribute('data-status', 'succeeded', { timeout: 20_000 });
  await expect(job.getByTestId('job-target-deleted')).toHaveText(`${RUNNING.name} (deleted)`);
  await expect(job.getByRole('link')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/jobs-deleted-en.png` });
});
