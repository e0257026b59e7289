import { expect, shot, test, withPreferences, type ControlClient } from './fixtures';

const NODE_A = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const NODE_B = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const OTHER_RENTERS = '6c37d6bbfb1a628d360c0c3b09318318dc80a7a8b7de192e9c05cec1b0c60787';
const NOT_RENTED = '625b39fa21db06a96e38d7b57aa9daebbcf4817cca780dfbf387bb76af85e7b2';

/** The node-info reads (`/api/v1/mining_nodes` for one node) the DBC emulator received for a node: status, faulted. */
async function nodeInfoReads(control: ControlClient, nodeId: string) {
  const reads = await control.requests({ provider: 'dbc', method: 'POST', path: '/api/v1/mining_nodes' });
  return reads
    .filter((r) => r.path === '/api/v1/mining_nodes' && JSON.stringify((r.body as { peer_nodes_list?: string[] }).peer_nodes_list) === JSON.stringify([nodeId]))
    .map((r) => ({ status: r.status, faulted: r.fault !== undefined }));
}

test.describe('Nodes page', () => {
  test.beforeEach(async ({ page }) => {
    await withPreferences(page, { locale: 'en' });
  });

  test('lists the demo renter\'s nodes with their machine info', async ({ page }) => {
    await page.goto('/nodes');
    const table = page.getByTestId('nodes-table-demo-dbc');
    for (const id of [NODE_A, NODE_B]) await expect(page.getByTestId(`node-state-${id}`)).toHaveText('Online');
    await expect(page.getByTestId('nodes-progress-demo-dbc')).toHaveText('2 of 2 loaded · 0 failed · 0 pending');
    const row = table.locator('.ant-table-row', { has: page.getByTestId(`node-link-${NODE_A}`) });
    await expect(row).toContainText(/of \d+ in use/);
    await expect(row).toContainText(/\d+ cores/);
    await expect(row).toContainText(/GiB free of/);
    await shot(page, 'nodes-en');
  });

  test('adding ids: invalid tokens are named and kept, valid ones added; a failing node shows its own error while the other loads', async ({ page, control }) => {
    await page.goto('/nodes');
    await expect(page.getByTestId(`node-state-${NODE_A}`)).toHaveText('Online');
    const add = page.getByTestId('add-nodes-demo-dbc');
    await add.getByRole('textbox').fill('hello');
    await add.getByTestId('add-nodes-submit').click();
    await expect(add).toContainText('Not a node id (64 hex characters): hello');

    // The next node-info request is refused (a -25, not retried; timeouts and -32701 are retried by themselves);
    // the other new node still loads.
    const rule = await control.addFault({ provider: 'dbc', route: '/api/v1/mining_nodes', error: { status: 400, code: '-25', message: 'injected: node info refused' }, times: 1 });
    await add.getByRole('textbox').fill(`${OTHER_RENTERS}, 12345 ${NOT_RENTED.toUpperCase()}`);
    await add.getByTestId('add-nodes-submit').click();
    await expect(add).toContainText('Not a node id (64 hex characters): 12345');
    await expect(add.getByRole('textbox')).toHaveValue('12345');
    await expect(page.getByTestId('nodes-progress-demo-dbc')).toHaveText('3 of 4 loaded · 1 failed · 0 pending');
    const states = [page.getByTestId(`node-state-${OTHER_RENTERS}`), page.getByTestId(`node-state-${NOT_RENTED}`)];
    const texts = await Promise.all(states.map((s) => s.innerText()));
    expect(texts.filter((s) => s.includes('injected: node info refused'))).toHaveLength(1);
    expect(texts.filter((s) => s.includes('Online'))).toHaveLength(1);
    await shot(page, 'nodes-failing-row-en');

    // The emulator: the fault answered one of the two new nodes' first read; the invalid tokens were never sent.
    const failingId = texts[0]!.includes('injected: node info refused') ? OTHER_RENTERS : NOT_RENTED;
    const loadedId = failingId === OTHER_RENTERS ? NOT_RENTED : OTHER_RENTERS;
    expect((await nodeInfoReads(control, failingId))[0]).toEqual({ status: 400, faulted: true });
    expect((await nodeInfoReads(control, loadedId)).every((r) => r.status === 200 && !r.faulted)).toBe(true);
    expect((await control.requests({ provider: 'dbc' })).filter((r) => r.fault === rule.id)).toHaveLength(1);
    expect(JSON.stringify(await control.requests({ provider: 'dbc' }))).not.toMatch(/"(hello|12345)"/);

    // Retry in the failing row recovers it: one more read of that node, answered by the emulator itself.
    const failing = states[texts.findIndex((s) => s.includes('injected: node info refused'))]!;
    await failing.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('nodes-progress-demo-dbc')).toHaveText('4 of 4 loaded · 0 failed · 0 pending');
    expect((await nodeInfoReads(control, failingId)).at(-1)).toEqual({ status: 200, faulted: false });

    // Remove asks first, naming the node; the list is remembered over a reload.
    const row = page.getByTestId('nodes-table-demo-dbc').locator('.ant-table-row', { has: page.getByTestId(`node-link-${NOT_RENTED}`) });
    await row.getByRole('button', { name: `Remove ${NOT_RENTED}` }).click();
    await expect(page.getByText('Remove node 625b39fa…5e7b2 from this list?')).toBeVisible();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.getByTestId(`node-link-${NOT_RENTED}`)).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId(`node-state-${OTHER_RENTERS}`)).toHaveText('Online');
    await expect(page.getByTestId('nodes-progress-demo-dbc')).toHaveText('3 of 3 loaded · 0 failed · 0 pending');
  });

  test('node detail: tabs live in the URL; overview bars, the renter\'s VMs on the node, its images', async ({ page }) => {
    await page.goto('/nodes');
    await page.getByTestId(`node-link-${NODE_A}`).click();
    await expect(page).toHaveURL(new RegExp(`/nodes/demo-dbc/${NODE_A}\\?tab=overview`));
    await expect(page.getByTestId('bar-gpu')).toContainText(/of \d+ in use/);
    await expect(page.getByTestId('bar-memory')).toContainText('free of');
    await expect(page.getByTestId('breadcrumbs')).toContainText('Nodes');
    await shot(page, 'node-detail-overview-en');

    await page.getByRole('tab', { name: /Images/ }).click();
    await expect(page).toHaveURL(/tab=images/);
    await expect(page.getByTestId('node-images')).toContainText('.qcow2');
    await shot(page, 'node-detail-images-en');

    await page.getByRole('tab', { name: 'VMs' }).click();
    await expect(page).toHaveURL(/tab=vms/);
    // The demo renter's VMs on this node (the VM list filtered by node), each linked to its VM page.
    await expect(page.getByTestId('node-vms')).toContainText('Running');
    await expect(page.getByTestId('node-vms').locator('a[href^="/vms/demo-dbc/"]').first()).toBeVisible();
    await shot(page, 'node-detail-vms-en');

    // Reload keeps the tab; the Create VM button points at the create form for this node.
    await page.reload();
    await expect(page.getByRole('tab', { name: 'VMs', selected: true })).toBeVisible();
    await expect(page.getByTestId('create-vm-link')).toHaveAttribute('href', `/vms/create?connection=demo-dbc&node=${NODE_A}`);
    await page.getByTestId('create-vm-link').click();
    await expect(page.getByTestId('create-vm-form')).toBeVisible();
    await expect(page.getByTestId('node-free')).toBeVisible();
    await page.goto(`/nodes/demo-dbc/${NODE_B}?tab=bogus`);
    await expect(page.getByRole('tab', { name: 'Overview', selected: true })).toBeVisible();
  });

  test('zh-CN: the nodes page and a node detail in Chinese', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('vmdeck.preferences', JSON.stringify({ state: { locale: 'zh-CN', theme: 'light', hiddenColumns: {} }, version: 1 })));
    await page.goto('/nodes');
    await expect(page.getByTestId(`node-state-${NODE_A}`)).toHaveText('在线');
    await expect(page.getByTestId('nodes-progress-demo-dbc')).toHaveText('已加载 2 / 2 · 失败 0 · 等待 0');
    await shot(page, 'nodes-zh');
    await page.goto(`/nodes/demo-dbc/${NODE_A}?tab=overview`);
    await expect(page.getByTestId('bar-gpu')).toContainText('已用');
    await shot(page, 'node-detail-overview-zh');
  });
});
