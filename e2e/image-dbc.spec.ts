import type { Page } from '@playwright/test';
import { expect, test, type ControlClient } from './fixtures';
import { openCenterFileAtRealTime } from './images';

/** The demo renter's second node; centos7.9.qcow2 (4.12 GB on image server ID_1) is on neither of its nodes. */
const NODE = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const IMAGE = 'centos7.9.qcow2';
const CENTER = `server:ID_1/${IMAGE}`;

/** Screenshots for a person to look at, outside the repository. */
const look = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/imgdbc/${name}.png`, fullPage: true });

/** Bodies the emulator received at exactly this DBC path. */
async function bodies(control: ControlClient, path: string) {
  return (await control.requests({ provider: 'dbc', method: 'POST', path })).filter((r) => r.path === path).map((r) => r.body);
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`download a center image to a node from the Images page: the row's percentage runs to done (${locale})`, async ({ page, control }) => {
    await openCenterFileAtRealTime(page, control, { locale }, IMAGE);
    await page.getByTestId(`image-actions-${CENTER}`).click();
    await page.getByRole('menuitem', { name: locale === 'en' ? 'Download to node' : '下载到节点' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await page.locator(`.ant-select-item-option[title="${NODE}"]`).click();
    await look(page, `download-dialog-${locale}`);
    await dialog.getByTestId('download-submit').click();
    await expect(dialog).toBeHidden();
    expect(await bodies(control, '/api/v1/images/download')).toEqual([
      expect.objectContaining({ peer_nodes_list: [NODE], additional: expect.objectContaining({ image_filename: IMAGE, image_server: 'ID_1' }) }),
    ]);

    const row = page.locator('tr', { has: page.getByTestId(`image-actions-${CENTER}`) });
    const tag = row.getByTestId('transfer-tag');
    const percent = async () => Number(/(\d+) %/.exec((await tag.textContent()) ?? '')?.[1] ?? -1);
    await control.advanceClock(10_000);
    await expect.poll(percent, { timeout: 15_000 }).toBeGreaterThan(0);
    const first = await percent();
    await control.advanceClock(10_000);
    await expect.poll(percent, { timeout: 15_000 }).toBeGreaterThan(first);
    await look(page, `download-progress-${locale}`);

    await control.advanceClock(60_000);
    // Done: the node's copy is listed, the center row is plain again, and the node was asked for progress only.
    await expect(page.getByTestId(`image-actions-node:${NODE}/${IMAGE}`)).toBeVisible({ timeout: 15_000 });
    await expect(tag).toHaveCount(0);
    expect(await bodies(control, '/api/v1/images/download')).toHaveLength(1);
    const polls = await bodies(control, '/api/v1/images/downloadprogress');
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.every((b) => JSON.stringify(b).includes(IMAGE))).toBe(true);
    await look(page, `download-done-${locale}`);
  });
}
