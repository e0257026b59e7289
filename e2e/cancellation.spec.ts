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

test.describe('Jobs no longer watched (issue 13, defect 8)', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    test(`${locale}: a job restored from storage past its maximum age is unknown, with Check again`, async ({ page }) => {
      const startedAt = Date.now() - 3 * 60 * 60_000;
      await page.addInitScript((job) => localStorage.setItem('vmdeck.jobs', JSON.stringify({ state: { jobs: [job] }, version: 1 })), {
        id: 'old-shutdown',
        connectionId: 'demo-dbc',
        provider: 'dbc',
        action: 'vm.shutdown',
        target: { kind: 'vm', id: 'Gq3kZ8vR2mXw9TbN4sLpYc', name: 'LLaMA-2 13B' },
        spec: { kind: 'dbc-task', nodeId: NODE_MAIN, taskId: 'Gq3kZ8vR2mXw9TbN4sLpYc', success: ['closed'], failure: ['shutdown error'] },
        startedAt,
        updatedAt: startedAt,
        status: 'running',
      });
      await withPreferences(page, { locale });
      await page.goto('/jobs');
      const row = page.getByTestId('job-old-shutdown');
      await expect(row).toHaveAttribute('data-status', 'unknown', { timeout: 20_000 });
      await expect(row.getByTestId('job-unknown')).toContainText(locale === 'en' ? 'No end after 1 h' : '1 小时后仍未结束');
      await expect(row.getByRole('button', { name: locale === 'en' ? 'Check again' : '重新检查' })).toBeVisible();
      await page.screenshot({ path: `/tmp/shots/cancel/job-unknown-${locale}.png` });
    });
  }
});
