import { expect, shot, test, withPreferences } from './fixtures';

const NAV_EN = ['Overview', 'Nodes', 'VMs', 'Snapshots', 'Images', 'Jobs', 'Settings'];
const NAV_ZH = ['概览', '节点', '虚拟机', '快照', '镜像', '任务', '设置'];

for (const [locale, nav] of [['en', NAV_EN], ['zh-CN', NAV_ZH]] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the shell loads in ${locale}, ${theme} theme, with every section and the Demo badge`, async ({ page }) => {
      await withPreferences(page, { locale, theme });
      await page.goto('/');
      const sideNav = page.getByTestId('side-nav');
      for (const label of nav) await expect(sideNav.getByText(label, { exact: true })).toBeVisible();
      await expect(page.getByTestId('demo-badge')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Every demo connection reports healthy on the overview.
      for (const id of ['demo-dbc', 'demo-idc51', 'demo-vsd', 'demo-zstack']) {
        await expect(page.getByTestId(`health-${id}`)).toContainText(locale === 'en' ? 'Reachable' : '可访问');
      }
      const background = await page.locator('.ant-layout').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r = 0, g = 0, b = 0] = background.match(/\d+/g)?.map(Number) ?? [];
      expect((r + g + b) / 3, `layout background ${background}`).toBeLessThan(theme === 'dark' ? 60 : 256)
      expect((r + g + b) / 3, `layout background ${background}`).toBeGreaterThan(theme === 'dark' ? -1 : 200);
      await shot(page, `overview-${locale}-${theme}`);
    });
  }
}

test('language and theme switches apply at once and are remembered across reloads', async ({ page }) => {
  await withPreferences(page, { locale: 'en', theme: 'light' });
  await page.goto('/settings/connections');
  await expect(page.getByRole('heading', { name: 'Connections' })).toBeVisible();
  await page.getByTestId('language-select').click();
  await page.getByTitle('简体中文').click();
  await expect(page.getByRole('heading', { name: '连接' })).toBeVisible();
  // antd's own texts follow (the table's pagination/empty locale comes from ConfigProvider).
  await page.getByTestId('theme-switch').getByLabel('深色').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('heading', { name: '连接' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('"follow system" tracks the OS colour scheme', async ({ page }) => {
  await withPreferences(page, { locale: 'en', theme: 'system' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('breadcrumbs follow the route; each area has its page; unknown paths get the 404 page', async ({ page }) => {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/settings/preferences');
  await expect(page.getByTestId('breadcrumbs')).toContainText('Home/Settings/Preferences');
  await page.getByTestId('side-nav').getByText('Jobs').click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByTestId('breadcrumbs')).toContainText('Home/Jobs');
  await page.goto('/no/such/page');
  await expect(page.getByTestId('not-found')).toContainText('/no/such/page');
  await shot(page, 'not-found-en');
  await page.getByRole('button', { name: 'Back to overview' }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
});

test('the Demo badge shows only while an emulator connection is active', async ({ page }) => {
  await withPreferences(page, { locale: 'en' });
  await page.goto('/');
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await page.getByTestId('connection-switcher').click();
  const panel = page.getByTestId('connection-switcher-panel');
  for (const name of ['DBC demo client', '51idc demo (zone ac1)', 'HCI demo cluster', 'ZStack demo']) {
    await panel.getByText(name).click();
  }
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByText('No active connection')).toBeVisible();
});

test('a broken config.json shows an error page naming the field', async ({ page }) => {
  await withPreferences(page, { locale: 'en' });
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { connections: [{ id: 'x', provider: 'aws', name: 'X', baseUrl: 'ftp://x' }] } }),
  );
  await page.goto('/');
  await expect(page.getByText('The console configuration is invalid')).toBeVisible();
  await expect(page.getByTestId('config-issues')).toContainText('connections[0].provider');
  await expect(page.getByTestId('config-issues')).toContainText('connections[0].baseUrl');
  await shot(page, 'config-error-en');
});
