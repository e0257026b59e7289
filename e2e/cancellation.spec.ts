import { expect, test, withPreferences } from './fixtures';

/** The demo renter's two nodes: the main one holds six VMs, so its six detail reads fill the DBC limiter. */
const NODE_MAIN = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
const NODE_SNAPSHOTS = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';

/** A DBC VM detail read (`/api/v1/tasks/<task_id>`), not the list (`/api/v1/tasks`) nor an action. */
const isDbcDetail = (url: string) => /\/mock\/dbc\/api\/v1\/tasks\/[^/]+$/.test(new URL(url).pathname) && !/\/tasks\/(start|logs)/.test(url);

test.describe('Cancellation (issue 13, defect 8)', () => {
  test('leaving the VM list aborts its held reads, and the next page is not queued behind them', async ({ page, control }) => {
    await withPreferences(page, { locale: 'en' });
    await page.goto('/jobs');
    await expect(page.getByRole('link', { name: 'VMs' })).toBeVisible({ timeout: 20_000 });
    await control.reset({ dataset: 'demo' });
    // Every DBC VM detail answers only after two minutes: far longer than this test may wait.
    await control.addFault({ provider: 'dbc', route: '/api/v1/tasks/', method: 'POST', latencyMs: 120_000 });
    await control.clearRequests();

    const aborted: string[] = [];
    page.on('requestfailed', (request) => {
      if (isDbcDetail(request.url()) && request.failure()?.errorText === 'net::ERR_ABORTED') aborted.push(request.url());
    });

    await page.getByRole('link', { name: 'VMs' }).click();
    // The six detail reads of the main node hold all six DBC slots.
    await expect.poll(async () => (await control.requests({ provider: 'dbc', path: '/api/v1/tasks/' })).length).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: '/tmp/shots/cancel/vms-held.png' });

    await page.getByRole('link', { name: 'Nodes' }).click();
    await expect.poll(() => aborted.length).toBeGreaterThanOrEqual(6);
    // The Nodes page reads each node through the same DBC limiter: it loads now, not two minutes from now.
    for (const id of [NODE_MAIN, NODE_SNAPSHOTS]) await expect(page.getByTestId(`node-state-${id}`)).toHaveText('Online');
    const nodeReads = await control.requests({ provider: 'dbc', path: '/api/v1/mining_nodes' });
    expect(nodeReads.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: '/tmp/shots/cancel/nodes-after-leaving.png' });
  });
});
