import { expect, shot, test, type ControlClient } from './fixtures';
import { creates, field, fieldItem, NODE, openCreate } from './createVm';

/** Seeded running VM on that node holding SSH port 20022 (mocks/dbc/seed.ts). */
const RUNNING_NAME = 'LLaMA-2 13B 微调 fine-tuning';
/** The demo renter's session (public/config.json): every node call carries it in its body. */
const SESSION = {
  session_id: '3eqzTjUrxSqyyFj9ujKeqa4iu8dGR8iqHd2YKVQar46gsUCLpZKh3JL',
  session_id_sign: '0x1e69dfaf13bf9bb6966e9ef3a6dd8473887cd7c52398410663a6db6fcf50c64105e4c95cf6ab5fa6969cbeec96b641d0435980a1b39ec9eb7e989198e4d34e81',
};

/** The DBC calls on one task, in order: `<action> <status>` (`start` for /tasks/start/<id>). */
async function taskCalls(control: ControlClient, taskId: string) {
  return (await control.requests({ provider: 'dbc', method: 'POST', path: `/${taskId}` }))
    .filter((r) => /^\/api\/v1\/tasks\/[a-z]+\//.test(r.path))
    .map((r) => `${r.path.split('/')[4]} ${r.status}`);
}

test('create a VM on node 58fb…, watch it reach running, get its login, then power it off, start it and delete it', async ({ page, context, control }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openCreate(page, control);
  await field(page, 'description').fill('e2e created VM');
  await shot(page, 'create-vm-en');
  await page.getByTestId('create-submit').click();

  // The page follows the build; from there, the detail page of the new VM: creating, then running, each change recorded.
  await expect(page.getByTestId('create-progress')).toBeVisible();
  await page.getByTestId('create-open-vm').click();
  await expect(page).toHaveURL(/\/vms\/demo-dbc\/[A-Za-z0-9]+/);
  const taskId = new URL(page.url()).pathname.split('/').pop() ?? '';
  // The node got one create, with the session and what the form said (every value a string).
  const created = await creates(control);
  expect(created).toHaveLength(1);
  expect(created[0]).toMatchObject({ status: 200, body: { ...SESSION, peer_nodes_list: [NODE], additional: { desc: 'e2e created VM', ssh_port: '20027' } } });
  expect(Object.values((created[0]?.body as { additional: Record<string, unknown> }).additional).every((v) => typeof v === 'string' || Array.isArray(v))).toBe(true);
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
  await expect(ssh).toContainText(':20027');
  await ssh.getByRole('button', { name: /^Show SSH Password/ }).click();
  const password = (await ssh.getByTestId('login-password').textContent()) ?? '';
  expect(password).not.toContain('•');
  await ssh.getByRole('button', { name: /^Copy SSH Password/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);

  // Power off: confirmed by name, then Stopped.
  await page.getByTestId('action-group-power').click();
  await page.getByRole('menuitem', { name: 'Power off', exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('Power off "e2e created VM"?');
  await page.getByTestId('confirm-action').click();
  await expect(page.getByTestId('vm-status').first()).toHaveAttribute('data-status', 'stopped', { timeout: 20_000 });
  await page.getByTestId('action-group-power').click();
  await expect(page.getByRole('menuitem', { name: 'Power off', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  // Start needs no confirmation.
  await page.getByTestId('action-start').click();
  await expect(page.getByTestId('vm-status').first()).toHaveAttribute('data-status', 'running', { timeout: 20_000 });

  // Delete: confirmed, then back on the list, which no longer has it once the node has deleted it.
  await page.getByTestId('action-delete').click();
  await expect(page.getByRole('dialog')).toContainText('cannot be undone');
  await page.getByTestId('confirm-action').click();
  await expect(page).toHaveURL(/\/vms$/, { timeout: 20_000 });
  await expect(page.getByTestId('vms-total')).toBeVisible();
  await expect(page.getByTestId('vms-table')).not.toContainText('e2e created VM', { timeout: 20_000 });
  // Each action reached the node once, in order, and the node no longer has the VM.
  expect(await taskCalls(control, taskId)).toEqual(['poweroff 200', 'start 200', 'delete 200']);
  const list = await page.evaluate(async (body) => {
    const response = await fetch('/mock/dbc/api/v1/tasks', { method: 'POST', body: JSON.stringify(body) });
    return ((await response.json()) as { message: Array<{ task_id: string }> }).message.map((t) => t.task_id);
  }, { peer_nodes_list: [NODE], additional: {}, ...SESSION });
  expect(list).not.toContain(taskId);
});

test('a port held by a running VM is refused in the form, before anything is sent', async ({ page, control }) => {
  await openCreate(page, control);
  await field(page, 'sshPort').fill('20022');
  await field(page, 'vncPort').fill('5800');
  await page.getByTestId('create-submit').click();
  await expect(fieldItem(page, 'SSH port')).toContainText(`Port 20022 is already the SSH port of "${RUNNING_NAME}" on this node`);
  await expect(fieldItem(page, 'VNC port')).toContainText('A port from 5900 to 65535');
  expect(await creates(control)).toEqual([]);
});

test('a create the node refuses keeps every field and shows the node message at its field', async ({ page, control }) => {
  await openCreate(page, control);
  await field(page, 'description').fill('kept after refusal');
  await field(page, 'cpuCores').fill('6');
  // Another renter's VM took the port between our check and the node's (the node's own wording).
  await control.addFault({ provider: 'dbc', route: '/api/v1/tasks/start', method: 'POST', times: 1, error: { status: 200, code: '-1', message: 'port conflict, exist ssh_port = 20027' } });
  await page.getByTestId('create-submit').click();
  await expect(fieldItem(page, 'SSH port')).toContainText('port conflict, exist ssh_port = 20027');
  await expect(page).toHaveURL(/\/vms\/create/);
  await expect(field(page, 'description')).toHaveValue('kept after refusal');
  await expect(field(page, 'cpuCores')).toHaveValue('6');
  await expect(field(page, 'sshPort')).toHaveValue('20027');

  // A refusal about no field shows above the form, with the code.
  await control.addFault({ provider: 'dbc', route: '/api/v1/tasks/start', method: 'POST', times: 1, error: { status: 200, code: '-3', message: 'check authority failed: machine is not be rented' } });
  await field(page, 'sshPort').fill('20031');
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('create-refused')).toContainText('machine is not be rented');
  await expect(page.getByTestId('create-refused')).toContainText('-3');
  await expect(field(page, 'description')).toHaveValue('kept after refusal');
  // Both tries reached the node (each answered by its injected refusal) with what the form held.
  const tries = await creates(control);
  expect(tries.map((r) => [r.fault !== undefined, (r.body as { additional: { ssh_port?: string } }).additional.ssh_port])).toEqual([
    [true, '20027'],
    [true, '20031'],
  ]);
  for (const r of tries) expect(r.body).toMatchObject({ ...SESSION, additional: { desc: 'kept after refusal', cpu_cores: '6' } });
  await shot(page, 'create-vm-refused-en');
});

test('the create form in Chinese', async ({ page, control }) => {
  await openCreate(page, control, 'zh-CN');
  await field(page, 'sshPort').fill('20022');
  await page.getByTestId('create-submit').click();
  await expect(fieldItem(page, 'SSH 端口')).toContainText('端口 20022 已被本节点上');
  await shot(page, 'create-vm-zh-CN');
});

test('an image-center image is copied onto the node as a tracked job, then the VM is created from it', async ({ page, control }) => {
  await openCreate(page, control);
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
  // One download order reached the node, naming the file, with the renter's session.
  expect(await control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/images/download' }).then((rs) => rs.filter((r) => r.path === '/api/v1/images/download'))).toEqual([
    expect.objectContaining({ status: 200, body: expect.objectContaining({ ...SESSION, peer_nodes_list: [NODE], additional: expect.objectContaining({ image_filename: 'debian12.qcow2' }) }) }),
  ]);

  await field(page, 'description').fill('from the image center');
  await page.getByTestId('create-submit').click();
  await page.getByTestId('create-open-vm').click();
  await expect(page).toHaveURL(/\/vms\/demo-dbc\/[A-Za-z0-9]+/);
  await expect(page.getByTestId('vm-status').first()).toHaveAttribute('data-status', 'running', { timeout: 20_000 });
  await expect(page.getByTestId('vm-title')).toHaveText('from the image center');
});

test('a create job keeps being tracked over a reload, and the Jobs page shows it end to end (both languages)', async ({ page, control }) => {
  // Real speed: DBC takes 5-15 min to create, so the job is surely still running over the reload, however
  // slow the machine; then the emulator clock is moved past its end instead of waiting for it.
  await openCreate(page, control, 'en', 'timeScale=1');
  await field(page, 'description').fill('survives a reload');
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('create-progress')).toHaveAttribute('data-status', 'running');
  // (The request log lives in the page: read it before leaving.)
  expect(await creates(control)).toEqual([expect.objectContaining({ status: 200, body: expect.objectContaining({ additional: expect.objectContaining({ desc: 'survives a reload' }) }) })]);
  await page.goto('/jobs');
  const job = page.getByTestId('job-list').locator('[data-status]', { hasText: 'survives a reload' }).first();
  await expect(job).toHaveAttribute('data-status', 'running');
  await page.reload();
  await expect(job).toHaveAttribute('data-status', 'running');
  await shot(page, 'jobs-running-en');
  await control.advanceClock(15 * 60_000);
  await expect(job).toHaveAttribute('data-status', 'succeeded');
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
