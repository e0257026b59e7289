import { createHash } from 'node:crypto';
import { consoleStorage, expect, shot, test, withPreferences } from './fixtures';

const DEMO = [
  ['demo-dbc', 'nodes', 'dbc'],
  ['demo-idc51', 'backups', 'idc51'],
  ['demo-vsd', 'VMs', 'vsd'],
  ['demo-zstack', 'VMs', 'zstack'],
] as const;

test.describe('Settings → Connections', () => {
  test.beforeEach(async ({ page }) => {
    await withPreferences(page, { locale: 'en' });
  });

  for (const [id, what, provider] of DEMO) {
    test(`"Test connection" reaches the ${id} emulator`, async ({ page, control }) => {
      await page.goto('/settings/connections');
      await expect(page.getByTestId('connections-table')).toBeVisible();
      await control.clearRequests();
      await page.getByTestId(`test-${id}`).click();
      const row = page.getByTestId('connections-table').locator('tr', { has: page.getByTestId(`test-${id}`) });
      await expect(row.getByTestId('test-result')).toContainText(new RegExp(`Reachable in \\d+ ms: \\d+ ${what}`));
      // It was that emulator that answered the test's requests.
      const received = await control.requests({ provider });
      expect(received.length).toBeGreaterThan(0);
      expect(received.at(-1)?.status).toBe(200);
      await shot(page, `connection-test-${id}`);
    });
  }

  test('add a connection: validation, test with typed values, save; secrets never reach localStorage', async ({ page, control }) => {
    await page.goto('/settings/connections');
    await page.getByTestId('add-connection').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Provider' }).click();
    await page.getByTitle('ZStack').click();
    await dialog.getByLabel('Name', { exact: true }).fill('Lab ZStack');
    await expect(dialog.getByLabel('Id', { exact: true })).toHaveValue('lab-zstack');
    await dialog.getByLabel('Base URL').fill('ftp://nope');
    await dialog.getByTestId('form-save').click();
    await expect(dialog.getByText('Enter an http(s) URL or a path starting with /')).toBeVisible();
    await dialog.getByLabel('Base URL').fill('/mock/zstack');
    await dialog.getByLabel('Password', { exact: true }).fill('password');
    await dialog.getByTestId('form-test').click();
    await expect(dialog.getByTestId('test-result')).toContainText('Reachable');
    // The typed password reached ZStack only as its SHA-512 hash (how ZStack logs in), never in clear.
    const logins = await control.requests({ provider: 'zstack', path: '/accounts/login' });
    expect(logins.at(-1)).toMatchObject({ method: 'PUT', status: 200, body: { logInByAccount: { accountName: 'admin', password: createHash('sha512').update('password').digest('hex') } } });
    expect(JSON.stringify(await control.requests({ provider: 'zstack' }))).not.toContain('"password":"password"');
    await shot(page, 'connection-form-en');
    await dialog.getByTestId('form-save').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('connections-table')).toContainText('Lab ZStack');
    const stored = await consoleStorage(page, 'localStorage');
    expect(stored).toContain('lab-zstack');
    expect(stored).not.toContain('"password"');
    await page.reload();
    await expect(page.getByTestId('connections-table')).toContainText('Lab ZStack');
  });

  test('a duplicate id and a missing name are refused with clear messages; the form keeps what was typed', async ({ page }) => {
    await page.goto('/settings/connections');
    await page.getByTestId('add-connection').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Id', { exact: true }).fill('demo-dbc');
    await dialog.getByLabel('Base URL').fill('http://10.0.0.5:5002');
    await dialog.getByTestId('form-save').click();
    await expect(dialog.getByText('Another connection already uses this id')).toBeVisible();
    await expect(dialog.getByText('Required').first()).toBeVisible();
    await expect(dialog.getByLabel('Base URL')).toHaveValue('http://10.0.0.5:5002');
  });

  test('filters live in the URL and survive a reload', async ({ page }) => {
    await page.goto('/settings/connections?provider=vsd');
    const table = page.getByTestId('connections-table');
    await expect(table).toContainText('HCI demo cluster');
    await expect(table).not.toContainText('ZStack demo');
    await page.getByPlaceholder('Name / Base URL').fill('zstack');
    await page.getByPlaceholder('Name / Base URL').press('Enter');
    await expect(page).toHaveURL(/q=zstack/);
    await expect(table).toContainText('No connections');
    await page.goto('/settings/connections?provider=bogus&page=-3');
    await expect(table).toContainText('ZStack demo');
  });

  test('removing asks first; a shipped connection can be restored', async ({ page }) => {
    await page.goto('/settings/connections');
    const row = page.getByTestId('connections-table').locator('tr', { hasText: 'ZStack demo' });
    await row.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByText('Remove connection “ZStack demo”?')).toBeVisible();
    await page.getByRole('tooltip').getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByTestId('connections-table')).not.toContainText('ZStack demo');
    await page.getByRole('button', { name: 'Restore shipped connections' }).click();
    await expect(page.getByTestId('connections-table')).toContainText('ZStack demo');
  });

  test('a provider error reaches the user with its code and both languages', async ({ page, control }) => {
    await page.goto('/settings/connections');
    await expect(page.getByTestId('connections-table')).toBeVisible(); // the emulators are up once the console renders
    // Fault injection through the emulators' control API (served by the page's service worker).
    const rule = await control.addFault({ provider: 'vsd', route: '/v1/compute/list', error: { code: '11057', message: 'not the master node' }, times: 1 });
    await page.getByTestId('test-demo-vsd').click();
    const row = page.getByTestId('connections-table').locator('tr', { has: page.getByTestId('test-demo-vsd') });
    await expect(row.getByTestId('test-result')).toContainText('not the master node');
    await expect(row.getByTestId('test-result')).toContainText('Code 11057');
    // The one-shot rule fired once, on the test's own request, and is gone.
    expect((await control.requests({ provider: 'vsd', path: '/v1/compute/list' })).filter((r) => r.fault === rule.id)).toHaveLength(1);
    expect((await control.state()).faults).toEqual([]);
    await shot(page, 'connection-test-error-en');
  });

  test('zh-CN: the connections page and a test result are in Chinese', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('vmdeck.preferences', JSON.stringify({ state: { locale: 'zh-CN', theme: 'light', hiddenColumns: {} }, version: 1 })));
    await page.goto('/settings/connections');
    await page.getByTestId('test-demo-vsd').click();
    await expect(page.getByTestId('connections-table').getByTestId('test-result').first()).toContainText('可访问');
    await shot(page, 'connections-zh-CN');
  });
});
