import type { Page } from '@playwright/test';
import { expect, test, withPreferences, type ControlClient, type Locale } from './fixtures';

/** A seeded running VM of the demo renter (mocks/dbc/seed.ts) and the demo renter session the console starts with. */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };
const DEMO_SESSION = '3eqzTjUrxSqyyFj9ujKeqa4iu8dGR8iqHd2YKVQar46gsUCLpZKh3JL';

const NAV = { en: { nodes: 'Nodes', vms: 'VMs', reveal: 'Show SSH Password' }, 'zh-CN': { nodes: '节点', vms: '虚拟机', reveal: '显示 SSH 密码' } } as const;

/** Opens the VM's page and reveals its SSH password (what a renter sees), returning it. */
async function openVmWithPassword(page: Page, locale: Locale) {
  await withPreferences(page, { locale });
  await page.goto(`/vms/demo-dbc/${RUNNING.id}`);
  await expect(page.getByTestId('vm-title')).toHaveText(RUNNING.name, { timeout: 20_000 });
  const card = page.getByTestId('vm-connect');
  const secret = card.getByTestId('connect-ssh-password');
  await card.getByRole('button', { name: NAV[locale].reveal }).click();
  await expect(secret).not.toHaveText('••••••••');
  return (await secret.textContent()) ?? '';
}

/** Signs out on the Nodes page (reached in the page, so nothing is reloaded) and comes back to the VM. */
async function signOutAndComeBack(page: Page, control: ControlClient, locale: Locale) {
  await page.getByRole('link', { name: NAV[locale].nodes }).first().click();
  await page.getByTestId('renter-sign-out').click();
  await control.clearRequests();
  await page.goBack();
}

test.describe('Signing out purges what was read with the session', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    test(`the VM page shows no password or copy button, and no request carries the old session (${locale})`, async ({ page, control }) => {
      const password = await openVmWithPassword(page, locale);
      expect(password).toMatch(/\S{6,}/);
      await signOutAndComeBack(page, control, locale);

      const notice = page.getByTestId('signed-out-demo-dbc');
      await expect(notice).toBeVisible();
      await expect(page.getByTestId('vm-connect')).toHaveCount(0);
      await expect(page.getByTestId('login-info')).toHaveCount(0);
      await expect(page.locator('body')).not.toContainText(password);
      await page.screenshot({ path: `/tmp/shots/signout/vm-signed-out-${locale}.png`, fullPage: true });

      // Pages that read the connection again do so without the old session.
      await page.getByRole('link', { name: NAV[locale].vms }).first().click();
      await expect(page.getByTestId('vm-list-demo-dbc').or(page.getByRole('table')).first()).toBeVisible();
      await expect(page.locator('body')).not.toContainText(password);
      const sent = await control.requests({ provider: 'dbc' });
      expect(sent.filter((request) => JSON.stringify([request.body, request.query]).includes(DEMO_SESSION))).toEqual([]);
    });
  }
});

const REFUSED = { en: 'The provider refused the sign-in', 'zh-CN': '服务商拒绝了登录' } as const;
const RETRY = { en: 'Retry sign-in', 'zh-CN': '重试登录' } as const;
const NAV_OVERVIEW = { en: 'Overview', 'zh-CN': '概览' } as const;

test.describe('A refused ZStack sign-in is remembered', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    test(`pages and focus send no new login until "Retry sign-in" (${locale})`, async ({ page, control }) => {
      await withPreferences(page, { locale });
      await page.goto('/settings/connections');
      await expect(page.getByTestId('connections-table')).toBeVisible({ timeout: 20_000 });
      // Any session the console holds is refused, and the login is refused as a wrong password is.
      const wrongPassword = await control.addFault({ provider: 'zstack', route: '/zstack/v1/accounts/login', method: 'PUT', error: { status: 400, code: 'ID.1000', message: 'wrong account name or password' } });
      await control.setFlags('zstack', { sessionExpired: true });
      await control.clearRequests();
      const logins = async () => (await control.requests({ provider: 'zstack', method: 'PUT', path: '/zstack/v1/accounts/login' })).length;

      await page.getByRole('link', { name: NAV[locale].vms }).first().click();
      const refused = page.getByTestId('sign-in-refused-demo-zstack').first();
      await expect(refused).toContainText(REFUSED[locale]);
      await page.screenshot({ path: `/tmp/shots/signout/zstack-refused-${locale}.png`, fullPage: true });
      // More reads: another page, back again, and the window regaining focus.
      await page.getByRole('link', { name: NAV_OVERVIEW[locale] }).first().click();
      await page.getByRole('link', { name: NAV[locale].vms }).first().click();
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect(refused).toBeVisible();
      expect(await logins()).toBe(1);

      await control.removeFault(wrongPassword.id);
      await refused.getByRole('button', { name: RETRY[locale] }).click();
      await expect.poll(logins).toBe(2);
      await expect(page.getByTestId('sign-in-refused-demo-zstack')).toHaveCount(0);
    });
  }
});

test('signing out of ZStack on the Connections page ends its session at the provider', async ({ page, control }) => {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/vms');
  await expect(page.getByText('ZStack demo').first()).toBeVisible({ timeout: 20_000 });
  // The console holds a ZStack session once the VM list has read it.
  await expect.poll(async () => (await control.requests({ provider: 'zstack', method: 'GET', path: '/zstack/v1/vm-instances' })).length).toBeGreaterThan(0);
  // Settings opens on its Connections page.
  await page.getByRole('link', { name: 'Settings' }).first().click();
  const table = page.getByTestId('connections-table');
  await expect(table.getByTestId('sign-out-demo-zstack')).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/signout/connections-sign-out-en.png', fullPage: true });
  await control.clearRequests();
  await table.getByTestId('sign-out-demo-zstack').click();

  await expect.poll(async () => (await control.requests({ provider: 'zstack', method: 'DELETE', path: '/zstack/v1/accounts/sessions/' })).length).toBe(1);
  await expect(table.getByTestId('sign-out-demo-zstack')).toHaveCount(0);
  // Reading the VMs again signs nothing in: no password is left to sign in with.
  await page.getByRole('link', { name: 'VMs' }).first().click();
  await expect(page.getByText('DBC demo client').first()).toBeVisible();
  expect(await control.requests({ provider: 'zstack', method: 'PUT', path: '/zstack/v1/accounts/login' })).toEqual([]);
});
