import type { Page } from '@playwright/test';
import { expect, shot, test, withPreferences, type Locale } from './fixtures';

const NODE = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
/** Seeded running VM on that node holding SSH port 20022 (mocks/dbc/seed.ts). */
const RUNNING_NAME = 'LLaMA-2 13B 微调 fine-tuning';
/** Creation takes a fraction of a second at this scale (the page's emulator reads it at start). */
const FAST = 'timeScale=0.0005';

async function openCreate(page: Page, locale: Locale = 'en') {
  await withPreferences(page, { locale });
  const url = `/vms/create?connection=demo-dbc&node=${NODE}&${FAST}`;
  await page.goto(url);
  await expect(page.getByTestId('create-vm-form')).toBeVisible({ timeout: 20_000 });
  await page.evaluate(() => fetch('/mock/__control/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ dataset: 'demo' }) }));
  await page.goto(url);
  await expect(page.getByTestId('create-vm-form')).toBeVisible({ timeout: 20_000 });
}

async function addFault(page: Page, fault: Record<string, unknown>) {
  await page.evaluate((body) => fetch('/mock/__control/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }), fault);
}

const field = (page: Page, name: string) => page.getByTestId(`field-${name}`);
const fieldItem = (page: Page, label: string) => page.locator('.ant-form-item', { has: page.getByText(label, { exact: true }) });

test('create a VM on node 58fb…, watch it reach running, get its login, then power it off, start it and delete it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openCreate(page);
  await field(page, 'description').fill('e2e created VM');
  await shot(page, 'create-vm-en');
  await page.getByTestId('create-submit').click();

  // The detail page of the new VM: creating, then running, with each change recorded.
  await expect(page).toHaveURL(/\/vms\/demo-dbc\/[A-Za-z0-9]+/);
  await expect(page.getByTestId('vm-title')).toHaveText('e2e created VM');
  await expect(page.getByTestId('vm-status').first()).toHaveAttribute('data-status', 'running', { timeout: 20_000 });
  await expect(page.getByTestId('status-history')).toContainText('Running');

  // The job is in the Jobs drawer, finished.
  await page.getByRole('button', { name: 'Jobs' }).click();
  const job = page.getByTestId('job-list').locator('[data-status]', { hasText: 'e2e created VM' }).first();
  await expect(job).toContainText('Create VM');
  await expect(job).toHaveAttribute('data-status', 'succeeded', { timeout: 20_000 });
  await page.keyboard.press('Escape');

  // Login info: SSH on the port the form chose, password revealed and copied.
  await page.getByRole('tab', { name: 'Login' }).click();
  const ssh = page.getByTestId('login-ssh');
  await expect(ssh).toContainText(':20023');
  await ssh.getByRole('button', { name: /^Show SSH Password/ }).click();
  const password = (await ssh.getByTestId('login-password').textContent()) ?? '';
  expect(password).not.toContain('•');
  await ssh.getByRole('button', { name: /^Copy SSH Password/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);

  // Power off: confirmed by name, then Stopped.
  await page.getByTestId('action-stop').click();
  await expect(page.getByRole('dialog')).toContainText('Power off "e2e created VM"?');
  await page.getByTestId('confirm-action').click();
  await expect(page.getByTestId('vm-status').first()).toHaveAttribute('data-status', 'stopped', { timeout: 20_000 });
  await expect(page.getByTestId('action-stop')).toBeDisabled();

  // Start needs no confirmation.
  await page.getByTestId('action-start').click();
  await expect(page.getByTestId('vm-status').first()).toHaveAttribute('data-status', 'running', { timeout: 20_000 });

  // Delete: confirmed, then the page says it is gone and the list no longer has it.
  await page.getByTestId('action-delete').click();
  await expect(page.getByRole('dialog')).toContainText('cannot be undone');
  await page.getByTestId('confirm-action').click();
  await expect(page.getByTestId('vm-gone')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Back to the VM list' }).click();
  await expect(page.getByTestId('vms-total')).toBeVisible();
  await expect(page.getByTestId('vms-table')).not.toContainText('e2e created VM');
});

test('a port held by a running VM is refused in the form, before anything is sent', async ({ page }) => {
  await openCreate(page);
  let creates = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/v1\/tasks\/start$/.test(request.url())) creates++;
  });
  await field(page, 'sshPort').fill('20022');
  await field(page, 'vncPort').fill('5800');
  await page.getByTestId('create-submit').click();
  await expect(fieldItem(page, 'SSH port')).toContainText(`Port 20022 is already the SSH port of "${RUNNING_NAME}" on this node`);
  await expect(fieldItem(page, 'VNC port')).toContainText('A port from 5900 to 65535');
  expect(creates).toBe(0);
});

test('a create the node refuses keeps every field and shows the node message at its field', async ({ page }) => {
  await openCreate(page);
  await field(page, 'description').fill('kept after refusal');
  await field(page, 'cpuCores').fill('6');
  // Another renter's VM took the port between our check and the node's (the node's own wording).
  await addFault(page, { provider: 'dbc', route: '/api/v1/tasks/start', method: 'POST', times: 1, error: { status: 200, code: '-1', message: 'port conflict, exist ssh_port = 20023' } });
  await page.getByTestId('create-submit').click();
  await expect(fieldItem(page, 'SSH port')).toContainText('port conflict, exist ssh_port = 20023');
  await expect(page).toHaveURL(/\/vms\/create/);
  await expect(field(page, 'description')).toHaveValue('kept after refusal');
  await expect(field(page, 'cpuCores')).toHaveValue('6');
  await expect(field(page, 'sshPort')).toHaveValue('20023');

  // A refusal about no field shows above the form, with the code.
  await addFault(page, { provider: 'dbc', route: '/api/v1/tasks/start', method: 'POST', times: 1, error: { status: 200, code: '-3', message: 'check authority failed: machine is not be rented' } });
  await field(page, 'sshPort').fill('20031');
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('create-refused')).toContainText('machine is not be rented');
  await expect(page.getByTestId('create-refused')).toContainText('-3');
  await expect(field(page, 'description')).toHaveValue('kept after refusal');
  await shot(page, 'create-vm-refused-en');
});

test('the create form in Chinese', async ({ page }) => {
  await openCreate(page, 'zh-CN');
  await field(page, 'sshPort').fill('20022');
  await page.getByTestId('create-submit').click();
  await expect(fieldItem(page, 'SSH 端口')).toContainText('端口 20022 已被本节点上');
  await shot(page, 'create-vm-zh-CN');
});

test('an image-center image is copied onto the node as a tracked job, then the VM is created from it', async ({ page }) => {
  await openCreate(page);
  await field(page, 'imageName').click();
  await page.locator('.ant-select-item-option', { hasText: 'debian12.qcow2' }).click();
  const copy = page.getByTestId('image-copy');
  await expect(copy).toContainText('debian12.qcow2 is in the image center (ID_2), not on this node yet');
  // The node would refuse it: the form says so before anything is sent.
  await page.getByTestId('create-submit').click();
  await expect(fieldItem(page, 'Image')).toContainText('copy it from the image center first');
  await shot(page, 'create-vm-image-center-en');

  await copy.getByTestId('image-copy-start').click();
  // Once the node has the file the notice goes and the image stays chosen, now from the node's own list.
  await expect(copy).toBeHidden({ timeout: 20_000 });
  await expect(field(page, 'imageName')).toContainText('debian12.qcow2');
  await page.getByRole('button', { name: 'Jobs' }).click();
  const job = page.getByTestId('job-list').locator('[data-status]', { hasText: 'debian12.qcow2' }).first();
  await expect(job).toContainText('Copy image to node');
  await expect(job).toHaveAttribute('data-status', 'succeeded');
  await page.keyboard.press('Escape');

  await field(page, 'description').fill('from the image center');
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(/\/vms\/demo-dbc\/[A-Za-z0-9]+/);
  await expect(page.getByTestId('vm-status').first()).toHaveAttribute('data-status', 'running', { timeout: 20_000 });
  await expect(page.getByTestId('vm-title')).toHaveText('from the image center');
});

test('a create job keeps being tracked over a reload, and the Jobs page shows it end to end (both languages)', async ({ page }) => {
  await openCreate(page);
  // Slow enough (DBC's 5-15 min at 1/100: 3-9 s) that the reload lands while the node is still creating.
  await page.goto(`/vms/create?connection=demo-dbc&node=${NODE}&timeScale=0.01`);
  await field(page, 'description').fill('survives a reload');
  await page.getByTestId('create-submit').click();
  await expect(page).toHaveURL(/\/vms\/demo-dbc\/[A-Za-z0-9]+/);
  await page.goto('/jobs');
  const job = page.getByTestId('job-list').locator('[data-status]', { hasText: 'survives a reload' }).first();
  await expect(job).toHaveAttribute('data-status', 'running');
  await page.reload();
  await expect(job).toHaveAttribute('data-status', 'running');
  await shot(page, 'jobs-running-en');
  await expect(job).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await expect(job).toContainText('Create VM');

  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('vmdeck.preferences') ?? '{}') as { state?: Record<string, unknown> };
    localStorage.setItem('vmdeck.preferences', JSON.stringify({ ...stored, state: { ...stored.state, locale: 'zh-CN' } }));
  });
  await page.reload();
  await expect(job).toContainText('创建虚拟机');
  await expect(job).toContainText('成功');
  await shot(page, 'jobs-zh-CN');
  // The target links to the VM.
  await job.getByRole('link', { name: 'survives a reload' }).click();
  await expect(page).toHaveURL(/\/vms\/demo-dbc\/[A-Za-z0-9]+/);
  await expect(page.getByTestId('vm-title')).toHaveText('survives a reload');
});
