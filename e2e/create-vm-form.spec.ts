import { expect, shot, test } from './fixtures';
import { creates, field, fieldItem, openCreate } from './createVm';

/** The node's shut-off Windows VM (mocks/dbc/seed.ts): RDP 20389, VNC 5911. */
const STOPPED = { id: 'Wn4bT6yP9kRd2HsQ8vXcMf', name: 'Windows 渲染工作站 Render workstation' };
/** Real provider speed: the build surely lasts while the page is looked at; the emulator clock then ends it. */
const REAL_TIME = 'timeScale=1';

test("a stopped VM's port: warned about by name, sent as chosen; the build's progress to running; the disk size explained", async ({ page, control }) => {
  await openCreate(page, control, 'en', REAL_TIME);
  // The defaults avoid every VM's ports (20022 running; 20023-20026 suspended, creating, errored).
  await expect(field(page, 'sshPort')).toHaveValue('20027');
  await field(page, 'description').fill('next to the stopped one');
  await field(page, 'diskGiB').fill('100');
  await field(page, 'sshPort').fill('20389');
  await field(page, 'sshPort').blur();
  const ssh = fieldItem(page, 'SSH port');
  await expect(ssh.locator('.ant-form-item-explain-warning')).toHaveText(
    `Port 20389 is already the RDP port of "${STOPPED.name}" (${STOPPED.id}), which is not running: both VMs cannot run at the same time.`,
  );
  await expect(ssh.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await shot(page, 'create-vm-form-warning-en');

  await page.getByTestId('create-submit').click();
  const progress = page.getByTestId('create-progress');
  await expect(progress).toHaveAttribute('data-step', 'creating');
  await expect(progress).toContainText('Building "next to the stopped one"');
  await expect(page.getByTestId('create-expected')).toContainText('usually takes 5–15 minutes');
  await expect(page.getByTestId('create-elapsed')).toHaveText(/^\d+:\d\d$/);
  // The node got the stopped VM's port, once.
  const sent = await creates(control);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ status: 200, body: { additional: { ssh_port: '20389', disk_size: '100', desc: 'next to the stopped one' } } });
  await shot(page, 'create-vm-form-progress-en');
  // The build is in the URL: a reload comes back to it (the job store survives reloads too).
  await page.reload();
  await expect(progress).toHaveAttribute('data-step', 'creating');
  await expect(progress).toContainText('Building "next to the stopped one"');

  await control.advanceClock(15 * 60_000);
  await expect(progress).toHaveAttribute('data-step', 'running');
  await expect(progress).toContainText('The VM is running.');
  await shot(page, 'create-vm-form-running-en');

  await page.getByTestId('create-open-vm').click();
  await expect(page.getByTestId('vm-disk')).toContainText('450 GiB');
  await expect(page.getByTestId('vm-disk')).toContainText('= 350 GiB system + 100 GiB data');
  await shot(page, 'create-vm-form-disk-en');
});

test("in Chinese: the stopped VM's warning, a running VM's port refused with nothing sent, then the progress", async ({ page, control }) => {
  await openCreate(page, control, 'zh-CN', REAL_TIME);
  await field(page, 'sshPort').fill('20022');
  await field(page, 'sshPort').blur();
  await expect(fieldItem(page, 'SSH 端口').locator('.ant-form-item-explain-error')).toContainText('端口 20022 已被本节点上');
  await field(page, 'sshPort').fill('20030');
  await expect(fieldItem(page, 'SSH 端口').locator('.ant-form-item-explain-error')).toHaveCount(0);
  await field(page, 'vncPort').fill('5911');
  await field(page, 'vncPort').blur();
  await expect(fieldItem(page, 'VNC 端口').locator('.ant-form-item-explain-warning')).toContainText(`端口 5911 已是未运行的虚拟机“${STOPPED.name}”（${STOPPED.id}）的 VNC 端口`);
  expect(await creates(control)).toEqual([]);
  await shot(page, 'create-vm-form-warning-zh-CN');

  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('create-progress')).toHaveAttribute('data-step', 'creating');
  await expect(page.getByTestId('create-expected')).toContainText('通常需要 5–15 分钟');
  expect(await creates(control)).toEqual([expect.objectContaining({ status: 200, body: expect.objectContaining({ additional: expect.objectContaining({ ssh_port: '20030', vnc_port: '5911' }) }) })]);
  await shot(page, 'create-vm-form-progress-zh-CN');
});
