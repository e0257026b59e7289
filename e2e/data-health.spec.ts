import type { Page } from '@playwright/test';
import { expect, test, withPreferences, type ControlClient, type Locale } from './fixtures';

/** Seeded running DBC task on node 58fb… (mocks/dbc/seed.ts). */
const RUNNING = 'LLaMA-2 13B 微调 fine-tuning';
const NODE_A = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const DEMO_WALLET = '5FnM3q7xYy11hnmLavBAv3HZvhcnsZ7SfmtksxoBArFWzJEQ';
const SHOTS = '/tmp/shots/health';

async function openVms(page: Page, control: ControlClient, locale: Locale) {
  await withPreferences(page, { locale });
  await page.goto('/vms');
  await expect(page.getByTestId('demo-controls-open')).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await page.reload();
  await expect(page.getByText(RUNNING)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('header-health-badge')).toHaveText('4/4');
}

/** The Demo controls drawer's "Expire session now" of the DBC emulator (the first provider row). */
async function expireDbcSession(page: Page, label: string) {
  await page.getByTestId('demo-controls-open').click();
  await page.locator('.ant-drawer').getByRole('button', { name: label }).first().click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
}

test('an expired DBC renter session shows as refused everywhere, and signing in again brings everything back', async ({ page, control }) => {
  // Five pages and a sign-in on 2 shared cores.
  test.slow();
  await openVms(page, control, 'en');
  await expireDbcSession(page, 'Expire session now');
  await control.clearRequests();
  await page.getByRole('button', { name: /Refresh$/ }).click();

  // VM list: the refusal as such, with the way back in; no "did not answer" per node, no "no VMs".
  const refused = page.getByTestId('session-refused-demo-dbc');
  await expect(refused).toContainText('DBC demo client: the node refused your renter session');
  await expect(refused).toContainText('check authority failed: session_id is invalid');
  await expect(refused.getByRole('link', { name: 'Sign in again' })).toBeVisible();
  await expect(page.getByTestId('vms-failure-demo-dbc')).toHaveCount(0);
  await expect(page.getByText(RUNNING)).toHaveCount(0);
  await expect(page.getByTestId('header-health-badge')).toHaveText('3/4');
  // The emulator was asked for each rented node's VMs with the renter's session and refused it.
  const lists = (await control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/tasks' })).filter((r) => r.path === '/api/v1/tasks');
  expect(lists.length).toBeGreaterThanOrEqual(2);
  for (const request of lists) expect(request.body).toMatchObject({ session_id: expect.any(String), session_id_sign: expect.any(String) });
  await page.screenshot({ path: `${SHOTS}/vms-session-refused-en.png`, fullPage: true });

  // Overview: not "signed in", not healthy; the failed read is in the last errors.
  await page.getByRole('link', { name: 'Overview' }).first().click();
  await expect(page.getByTestId('health-auth-demo-dbc')).toContainText('Session refused');
  await expect(page.getByTestId('stat-healthy')).toContainText('3/ 4');
  await expect(page.getByTestId('overview-errors')).toContainText('Read failed: VM list of DBC demo client');
  await page.screenshot({ path: `${SHOTS}/overview-session-refused-en.png`, fullPage: true });

  // The node's VMs tab: the refusal, not "no VMs of yours on this node".
  await page.getByRole('link', { name: 'Nodes' }).first().click();
  await page.locator(`a[href^="/nodes/demo-dbc/${NODE_A}"]`).first().click();
  await page.getByRole('tab', { name: 'VMs' }).click();
  await expect(page.getByTestId('session-refused-demo-dbc')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('No VMs of yours on this node.')).toHaveCount(0);

  // Sign in again: the renter panel says refused and offers the sign-in methods.
  await page.getByTestId('session-refused-demo-dbc').getByRole('link', { name: 'Sign in again' }).click();
  await expect(page).toHaveURL(/\/nodes\?connection=demo-dbc$/);
  const panel = page.getByTestId('renter-demo-dbc');
  await expect(panel.getByTestId('renter-status')).toContainText('Session refused by the node: sign in again');
  await expect(panel).not.toContainText('Signed in with a pasted session');
  await page.screenshot({ path: `${SHOTS}/nodes-session-refused-en.png`, fullPage: true });

  // The flag stays on: the node refuses the old session but hands out a new one to a signature, as a real node would.
  await control.clearRequests();
  await panel.getByRole('tab', { name: 'Demo wallet' }).click();
  await panel.getByTestId('renter-demo-sign-in').click();
  await expect(panel.getByTestId('renter-status')).toContainText(`Signed in as ${DEMO_WALLET}`);
  const asked = await control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/mining_nodes/session_id' });
  expect(asked).toEqual([expect.objectContaining({ status: 200, body: expect.objectContaining({ wallet: DEMO_WALLET }) })]);

  // All back: the VM list has the DBC rows and no refusal, the badge counts it healthy, the overview says signed in.
  await page.getByRole('link', { name: 'VMs' }).first().click();
  await expect(page.getByText(RUNNING)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('session-refused-demo-dbc')).toHaveCount(0);
  await expect(page.getByTestId('header-health-badge')).toHaveText('4/4');
  await page.getByRole('link', { name: 'Overview' }).first().click();
  await expect(page.getByTestId('health-auth-demo-dbc')).toHaveText('signed in');
});

test('zh-CN: the refused session and the stale mark in Chinese', async ({ page, control }) => {
  await openVms(page, control, 'zh-CN');
  await expireDbcSession(page, '立即让会话过期');
  await control.addFault({ provider: 'zstack', route: 'vm-instances', method: 'GET', errorRate: 1, error: { status: 500, message: 'internal error' } });
  await page.getByRole('button', { name: /刷新$/ }).click();
  await expect(page.getByTestId('session-refused-demo-dbc')).toContainText('DBC demo client：节点拒绝了你的租用者 session');
  await expect(page.getByTestId('session-refused-demo-dbc').getByRole('link', { name: '重新登录' })).toBeVisible();
  await expect(page.getByTestId('vms-freshness-demo-zstack-stale')).toContainText('数据已过时：上次刷新失败（HTTP 500');
  await expect(page.getByTestId('header-health-badge')).toHaveText('2/4');
  await page.screenshot({ path: `${SHOTS}/vms-refused-stale-zh.png`, fullPage: true });
  await page.getByRole('link', { name: '概览' }).first().click();
  await expect(page.getByTestId('health-auth-demo-dbc')).toContainText('Session 被拒绝');
  await expect(page.getByTestId('overview-errors')).toContainText('读取失败：ZStack demo 的虚拟机列表');
  await page.screenshot({ path: `${SHOTS}/overview-refused-stale-zh.png`, fullPage: true });
});

