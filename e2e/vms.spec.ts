import type { Locator, Page } from '@playwright/test';
import { expect, shot, test, withPreferences, type ControlClient, type Locale } from './fixtures';

/** Seeded DBC tasks on node 58fb… (mocks/dbc/seed.ts). */
const RUNNING = { id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B 微调 fine-tuning' };
const NODE_A = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
/** The demo renter's session (public/config.json): every node call carries it in its body. */
const SESSION = {
  session_id: '3eqzTjUrxSqyyFj9ujKeqa4iu8dGR8iqHd2YKVQar46gsUCLpZKh3JL',
  session_id_sign: '0x1e69dfaf13bf9bb6966e9ef3a6dd8473887cd7c52398410663a6db6fcf50c64105e4c95cf6ab5fa6969cbeec96b641d0435980a1b39ec9eb7e989198e4d34e81',
};

/** Opens /vms on freshly seeded emulators; the control API answers only once the page's mock worker runs. */
async function openVms(page: Page, control: ControlClient, locale: Locale = 'en') {
  await withPreferences(page, { locale });
  await page.goto('/vms');
  await expect(page.getByTestId(`vm-row-${RUNNING.id}`)).toBeVisible({ timeout: 20_000 });
  await control.reset({ dataset: 'demo' });
  await page.reload();
  await expect(page.getByTestId(`vm-row-${RUNNING.id}`)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('vms-loading')).toHaveCount(0, { timeout: 20_000 });
}

/** Filters by this one provider (the filter takes several: an earlier pick is cleared first). */
async function pickProvider(page: Page, label: string) {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  // A click that lands while the table re-renders can leave the dropdown shut: open it until it is open.
  await expect(async () => {
    if ((await dropdown.count()) === 0) await page.getByTestId('filter-provider').getByRole('combobox').click({ force: true });
    await expect(dropdown).toBeVisible({ timeout: 2_000 });
  }).toPass();
  const picked = dropdown.locator('.ant-select-item-option-selected');
  while ((await picked.count()) > 0) await picked.first().click();
  await dropdown.getByTitle(label, { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

const table = (page: Page) => page.getByTestId('vms-table');

/** The task id of a VM row (`vm-row-<id>`). */
async function rowId(row: Locator): Promise<string> {
  return ((await row.getAttribute('data-testid')) ?? '').replace(/^vm-row-/, '');
}

/** A DBC task action (`/api/v1/tasks/<action>/<task_id>`), not a read of the task. */
const isTaskAction = (path: string) => /^\/api\/v1\/tasks\/[a-z]+\/[^/]+$/.test(path) && !path.startsWith('/api/v1/tasks/logs/');

/** What the DBC emulator received on a path (POSTs): path, answer status, injected fault or not, body. */
async function dbcCalls(control: ControlClient, path: string) {
  return (await control.requests({ provider: 'dbc', method: 'POST', path })).map((r) => ({ path: r.path, status: r.status, faulted: r.fault !== undefined, body: r.body }));
}

test('one table lists the VMs of all four providers; each provider filter lands in the URL', async ({ page, control }) => {
  await openVms(page, control);
  await expect(page.getByTestId(`vm-row-${RUNNING.id}`)).toContainText('Running');
  await expect(page.getByTestId(`vm-row-${RUNNING.id}`)).toContainText('SSH');
  await shot(page, 'vms-list-en');
  // The table is virtual (only rows near the viewport exist), so check each provider through its filter.
  for (const [id, label] of [['vsd', 'HCI (vsd)'], ['zstack', 'ZStack'], ['idc51', '51idc'], ['dbc', 'DeepBrainChain']] as const) {
    await pickProvider(page, label);
    await expect(page).toHaveURL(new RegExp(`provider=${id}`));
    await expect(table(page).locator('.ant-table-row').first()).toContainText(label);
  }

});

test('the provider filter and the search live in the URL; a hidden column stays hidden over reloads', async ({ page, control }) => {
  await openVms(page, control);
  await pickProvider(page, 'DeepBrainChain');
  await page.getByTestId('vms-search').locator('input').fill('llama');
  await page.getByTestId('vms-search').locator('input').press('Enter');
  await expect(page).toHaveURL(/q=llama/);
  await page.reload();
  await expect(table(page).locator('.ant-table-row')).toHaveCount(1);
  await expect(page.getByTestId(`vm-row-${RUNNING.id}`)).toBeVisible();

  // Hide the login column; the choice is remembered.
  await page.getByTestId('column-picker').click();
  await page.getByTestId('column-login').click();
  await expect(table(page).getByRole('columnheader', { name: 'Login' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId(`vm-row-${RUNNING.id}`)).toBeVisible();
  await expect(table(page).getByRole('columnheader', { name: 'Login' })).toHaveCount(0);
});

test('a row menu greys out what the VM state forbids, with the reason', async ({ page, control }) => {
  await openVms(page, control);
  await page.getByTestId(`row-actions-${RUNNING.id}`).click();
  const start = page.getByRole('menuitem', { name: 'Start', exact: true });
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  // The reason is shown under the item (a disabled menu item takes no keyboard focus for a tooltip).
  await expect(start).toContainText('The VM is already on (running)');
  await expect(page.getByRole('menuitem', { name: 'Shut down', exact: true })).not.toHaveAttribute('aria-disabled', 'true');
});

test('the list in Chinese', async ({ page, control }) => {
  await openVms(page, control, 'zh-CN');
  await expect(table(page).getByText('运行中').first()).toBeVisible();
  await shot(page, 'vms-list-zh-CN');
});

test('a failing connection shows its own error in place while the other providers still show their rows', async ({ page, control }) => {
  await openVms(page, control);
  const rule = await control.addFault({ provider: 'zstack', route: '/vm-instances', error: { status: 503, code: 'SYS.1000', message: 'management node down' } });
  await control.clearRequests();
  await page.getByRole('button', { name: 'Refresh' }).click();
  // Transient errors are retried with backoff before the alert shows.
  await expect(page.getByTestId('vms-error-demo-zstack')).toContainText('management node down', { timeout: 20_000 });
  await expect(page.getByTestId(`vm-row-${RUNNING.id}`)).toBeVisible();
  // The emulator answered every ZStack VM read since with the fault, and no other provider's.
  const reads = await control.requests({ provider: 'zstack', method: 'GET', path: '/vm-instances' });
  expect(reads.length).toBeGreaterThan(0);
  expect(reads.every((r) => r.fault === rule.id && r.status === 503)).toBe(true);
  expect((await control.requests()).filter((r) => r.fault !== undefined && r.provider !== 'zstack')).toEqual([]);
  await control.clearFaults('zstack');
  expect((await control.state()).faults).toEqual([]);
});

test('VM detail: login info with reveal and copy, and an action its state forbids is disabled with the reason', async ({ page, context, control }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openVms(page, control);
  await page.getByTestId(`vm-link-${RUNNING.id}`).click();
  await expect(page.getByTestId('vm-title')).toHaveText(RUNNING.name);
  await expect(page.getByTestId('status-history')).toContainText('Running');

  // Start on a running VM: disabled in the power menu, which says why.
  await expect(page.getByTestId('action-shutdown')).toBeEnabled();
  await page.getByTestId('action-group-power').click();
  const start = page.getByRole('menuitem', { name: 'Start', exact: true });
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  await expect(start).toContainText('The VM is already on (running)');
  await page.keyboard.press('Escape');
  await shot(page, 'vm-detail-en');

  await page.getByRole('tab', { name: 'Login' }).click();
  await expect(page).toHaveURL(/tab=login/);
  const ssh = page.getByTestId('login-ssh');
  await expect(ssh).toContainText(':20022');
  await expect(ssh.getByTestId('login-password')).toHaveText('••••••••');
  await ssh.getByRole('button', { name: /^Show SSH Password/ }).click();
  const password = (await ssh.getByTestId('login-password').textContent()) ?? '';
  expect(password).not.toBe('••••••••');
  await ssh.getByRole('button', { name: /^Copy SSH Password/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  await shot(page, 'vm-detail-login-en');

  await page.getByRole('tab', { name: 'Logs' }).click();
  await expect(page.getByTestId('vm-logs')).toBeVisible();
  await page.getByRole('tab', { name: 'Snapshots' }).click();
  await expect(page.getByTestId('vm-snapshots').getByRole('tree')).toBeVisible();
});

test('VM detail in Chinese', async ({ page, control }) => {
  await openVms(page, control, 'zh-CN');
  await page.getByTestId(`vm-link-${RUNNING.id}`).click();
  await expect(page.getByTestId('vm-title')).toHaveText(RUNNING.name);
  await expect(page.getByRole('button', { name: '关机' })).toBeEnabled();
  await shot(page, 'vm-detail-zh-CN');
});

test('bulk power-off with one forced failure reports each VM, and skips the ones already off', async ({ page, control }) => {
  await openVms(page, control);
  await pickProvider(page, 'DeepBrainChain');
  await expect(page).toHaveURL(/provider=dbc/);
  // The DBC seed's running VMs: LLaMA (node 58fb…) and the Windows desktop (node 8072…); plus a closed one to skip.
  const running = table(page).locator('.ant-table-row', { hasText: 'Running' });
  const winDesktop = table(page).locator('.ant-table-row', { hasText: 'Windows 11' });
  const standby = table(page).locator('.ant-table-row', { hasText: 'standby' });
  await page.getByTestId(`vm-row-${RUNNING.id}`).getByRole('checkbox').check();
  await winDesktop.getByRole('checkbox').check();
  await standby.getByRole('checkbox').check();
  expect(await running.count()).toBeGreaterThan(0);
  const winId = await rowId(winDesktop);
  const standbyId = await rowId(standby);

  // The LLaMA VM's power-off fails once with the node's own error.
  await control.addFault({ provider: 'dbc', route: `/tasks/poweroff/${RUNNING.id}`, times: 1, error: { status: 200, code: '-1', message: 'poweroff task failed: domain busy' } });

  await page.getByTestId('bulk-stop').click();
  await expect(page.getByTestId('bulk-plan')).toContainText(RUNNING.name);
  await expect(page.getByText('1 selected VMs are skipped')).toBeVisible();
  await page.getByTestId('bulk-confirm').click();
  const results = page.getByTestId('bulk-results').last();
  await expect(results.getByTestId(`bulk-result-${RUNNING.id}`)).toHaveAttribute('data-outcome', 'failed');
  await expect(results.getByTestId(`bulk-result-${RUNNING.id}`)).toContainText('poweroff task failed: domain busy');
  await expect(results.locator('[data-outcome="succeeded"]')).toHaveCount(1);
  await expect(results.locator('[data-outcome="skipped"]')).toHaveCount(1);
  // The nodes got one power-off each for the two running VMs, with the renter's session; none for the one off.
  const calls = await dbcCalls(control, '/api/v1/tasks/poweroff/');
  expect(calls.map(({ path, faulted }) => ({ path, faulted })).sort((a, b) => a.path.localeCompare(b.path))).toEqual(
    [
      { path: `/api/v1/tasks/poweroff/${RUNNING.id}`, faulted: true },
      { path: `/api/v1/tasks/poweroff/${winId}`, faulted: false },
    ].sort((a, b) => a.path.localeCompare(b.path)),
  );
  for (const call of calls) expect(call.body).toMatchObject({ ...SESSION, peer_nodes_list: [expect.stringMatching(/^[0-9a-f]{64}$/)] });
  expect((await dbcCalls(control, standbyId)).filter((call) => isTaskAction(call.path))).toEqual([]);
  await shot(page, 'vms-bulk-results-en');
  await page.getByRole('dialog').locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();
  // The one that was powered off goes through "being poweroff" to Stopped; LLaMA is still running.
  await expect(winDesktop).toContainText('Stopped', { timeout: 20_000 });
  await expect(page.getByTestId(`vm-row-${RUNNING.id}`)).toContainText('Running');
  expect(await dbcCalls(control, '/api/v1/tasks/poweroff/')).toHaveLength(2);
});

test('change password: a refusal keeps the form and shows the node message; then it succeeds', async ({ page, control }) => {
  await openVms(page, control);
  await page.getByTestId(`vm-link-${RUNNING.id}`).click();
  await page.getByTestId('action-changePassword').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('New password').fill('n3w-Secret!');
  await control.addFault({ provider: 'dbc', route: `/tasks/passwd/${RUNNING.id}`, times: 1, error: { status: 200, code: '-1', message: 'set_user_password failed' } });
  await page.getByTestId('password-submit').click();
  await expect(dialog.getByTestId('provider-error')).toContainText('set_user_password failed');
  await expect(dialog.getByLabel('New password')).toHaveValue('n3w-Secret!');
  await page.getByTestId('password-submit').click();
  await expect(dialog).toHaveCount(0);
  // Two requests reached the node, the refused one and the one that landed, each with the new password.
  const sent = {
    path: `/api/v1/tasks/passwd/${RUNNING.id}`,
    body: { ...SESSION, peer_nodes_list: [NODE_A], additional: expect.objectContaining({ password: 'n3w-Secret!' }) },
  };
  expect(await dbcCalls(control, '/tasks/passwd/')).toEqual([
    { ...sent, status: 200, faulted: true },
    { ...sent, status: 200, faulted: false },
  ]);
  await page.getByRole('tab', { name: 'Login' }).click();
  await page.getByTestId('login-ssh').getByRole('button', { name: /^Show SSH Password/ }).click();
  await expect(page.getByTestId('login-ssh').getByTestId('login-password')).toHaveText('n3w-Secret!');
});

test('modify a stopped VM: out-of-range values are caught in the form, a node refusal keeps the form, then the change lands', async ({ page, control }) => {
  const closed = { id: 'Wn4bT6yP9kRd2HsQ8vXcMf', name: 'Windows 渲染工作站 Render workstation' };
  await openVms(page, control);
  await page.getByTestId(`vm-link-${closed.id}`).click();
  await page.getByTestId('action-modify').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Modify "${closed.name}"`);
  const item = (label: string) => dialog.locator('.ant-form-item', { has: page.getByText(label, { exact: true }) });

  // The form checks what it can (no silent clamping of what was typed).
  await item('VNC port').getByRole('spinbutton').fill('5800');
  await page.getByTestId('modify-submit').click();
  await expect(item('VNC port')).toContainText('A port from 5900 to 65535');
  await expect(item('VNC port').getByRole('spinbutton')).toHaveValue('5800');

  // Free memory is the node's to judge: its refusal shows under the field it names and every value stays.
  await item('VNC port').getByRole('spinbutton').fill('5955');
  await item('CPU cores').getByRole('spinbutton').fill('12');
  await item('Memory (GiB)').getByRole('spinbutton').fill('100000');
  await item('Custom ports').locator('input').fill('tcp,8080');
  await item('Custom ports').locator('input').press('Enter');
  await page.getByTestId('modify-submit').click();
  await expect(item('Memory (GiB)')).toContainText('allocate mem failed (Code 1)');
  await expect(item('CPU cores').getByRole('spinbutton')).toHaveValue('12');
  await expect(item('Custom ports')).toContainText('tcp,8080');
  await shot(page, 'vm-modify-refused-en');

  await item('Memory (GiB)').getByRole('spinbutton').fill('48');
  await page.getByTestId('modify-submit').click();
  await expect(dialog).toHaveCount(0);
  // The node saw two modifies (the form's own refusal sent nothing): refused for memory, then accepted.
  const modifies = await dbcCalls(control, `/api/v1/tasks/modify/${closed.id}`);
  expect(modifies.map((m) => m.status)).toEqual([200, 200]);
  const expected = { new_vnc_port: '5955', new_cpu_cores: '12', new_custom_port: ['tcp,8080'] };
  expect(modifies[0]?.body).toMatchObject({ ...SESSION, peer_nodes_list: [NODE_A], additional: { ...expected, new_mem_size: '100000' } });
  expect(modifies[1]?.body).toMatchObject({ ...SESSION, peer_nodes_list: [NODE_A], additional: { ...expected, new_mem_size: '48' } });
  // Properties: the label cell of CPU cores is followed by its value cell.
  const cpu = page.getByTestId('vm-properties').locator('th', { hasText: 'CPU cores' }).locator('xpath=following-sibling::td[1]');
  await expect(cpu).toHaveText('12');
  await expect(page.getByTestId('vm-properties').locator('th', { hasText: 'Memory' }).locator('xpath=following-sibling::td[1]')).toHaveText('48 GiB');
  await page.getByRole('tab', { name: 'Login' }).click();
  await expect(page.getByTestId('login-vnc')).toContainText(':5955');
});

test('a double click on Start sends one request (the action is locked while in flight)', async ({ page, control }) => {
  const closed = 'Wn4bT6yP9kRd2HsQ8vXcMf';
  await openVms(page, control);
  await page.getByTestId(`vm-link-${closed}`).click();
  await expect(page.getByTestId('action-start')).toBeEnabled();
  await page.getByTestId('action-start').dblclick();
  await expect(page.getByTestId('vm-status').first()).toHaveAttribute('data-status', 'running', { timeout: 20_000 });
  // What reached the node, not only what left the page: one start, with the renter's session.
  expect(await dbcCalls(control, `/api/v1/tasks/start/${closed}`)).toEqual([
    { path: `/api/v1/tasks/start/${closed}`, status: 200, faulted: false, body: { ...SESSION, peer_nodes_list: [NODE_A], additional: {} } },
  ]);
});
