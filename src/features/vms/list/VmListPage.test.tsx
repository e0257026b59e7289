import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { SEARCH_DEBOUNCE_MS } from '@/shared/ui/SearchAsYouType';
import { renderApp, type AppHarness } from '@/test/renderApp';

/** The demo's ZStack VM whose state `Unknown` maps to the status "unknown" (mocks/zstack/seed.ts). */
const ZSTACK_UNKNOWN = 'dev-sandbox 开发沙箱';

/** The 51idc demo's instances in zone ac1 (mocks/idc51/seed.ts) in pinyin order of their Chinese names; Latin after Chinese. */
const IDC51_BY_PINYIN = [
  '订单库主节点 mysql-master', // ding
  '构建机 build-runner', // gou
  '官网前端 web-01', // guan
  '欠费主机 overdue-host', // qian
  '日志收集 log-collector', // ri
  '新建主机 new-host', // xin
  'Windows 跳板机 win-bastion',
];

const table = () => screen.getByTestId('vms-table');
const shownNames = () => within(table()).queryAllByTestId(/^vm-link-/).map((link) => link.textContent);

/** Waits until every connection answered: "N of N VMs" with N > 0. */
async function allLoaded() {
  await waitFor(() => expect(screen.getByTestId('vms-total')).toHaveTextContent(/^([1-9]\d*) of \1 VMs$/), { timeout: 15_000 });
}

/** Picks options of one of the list's multi-selects (by its test id), then closes the dropdown. */
async function pick(app: AppHarness, testId: string, labels: string[]) {
  await app.user.click(within(screen.getByTestId(testId)).getByRole('combobox'));
  for (const label of labels) {
    await app.user.click(await screen.findByText(label, { selector: '.ant-select-item-option-content' }));
  }
  await app.user.keyboard('{Escape}');
}

describe('VM list filters', () => {
  it('filters by two providers at once; the URL says which', async () => {
    const app = await renderApp('/vms', { connections: ['idc51', 'vsd', 'zstack'] });
    await allLoaded();
    await pick(app, 'filter-provider', ['51idc', 'ZStack']);

    await waitFor(() => expect(app.router.state.location.search).toMatchObject({ provider: 'idc51,zstack' }));
    const rows = [...table().querySelectorAll<HTMLElement>('[data-testid^="vm-row-"]')];
    const providers = new Set(rows.map((row) => within(row).getByText(/^(51idc|ZStack|HCI \(vsd\))$/).textContent));
    expect(providers).toEqual(new Set(['51idc', 'ZStack']));
  });

  it('the status filter offers "Unknown": the VMs whose provider state the console cannot map', async () => {
    const app = await renderApp('/vms', { connections: ['zstack'] });
    await allLoaded();
    await pick(app, 'filter-status', ['Unknown']);

    await waitFor(() => expect(shownNames()).toEqual([ZSTACK_UNKNOWN]));
    expect(app.router.state.location.search).toMatchObject({ status: 'unknown' });
    // Several statuses add up.
    await pick(app, 'filter-status', ['Paused']);
    await waitFor(() => expect(shownNames()).toEqual(expect.arrayContaining([ZSTACK_UNKNOWN, 'redis-cache-02 缓存'])));
    expect(shownNames()).toHaveLength(2);
  });

  it('searches as the user types, once typing pauses (debounced), not on every key', async () => {
    const app = await renderApp('/vms', { connections: ['zstack'] });
    await allLoaded();
    const before = shownNames().length;
    expect(before).toBeGreaterThan(1);
    const input = within(screen.getByTestId('vms-search')).getByRole('searchbox');

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.change(input, { target: { value: 'sand' } });
      act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 100));
      fireEvent.change(input, { target: { value: 'sandbox' } });
      // The second key restarted the wait: nothing is filtered just before it ends.
      act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
      expect(app.router.state.location.search.q).toBeUndefined();
      expect(shownNames()).toHaveLength(before);

      await act(async () => vi.advanceTimersByTimeAsync(1));
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(shownNames()).toEqual([ZSTACK_UNKNOWN]));
    expect(app.router.state.location.search).toMatchObject({ q: 'sandbox' });
  });

  it('sorts Chinese names by pinyin', async () => {
    await renderApp('/vms?sort=name', { connections: ['idc51'] });
    await allLoaded();
    expect(shownNames()).toEqual(IDC51_BY_PINYIN);
  });

  it('filters, search and sort survive leaving the list for another page and coming back through the menu', async () => {
    const app = await renderApp('/vms', { connections: ['vsd', 'zstack'] });
    await allLoaded();
    await pick(app, 'filter-provider', ['ZStack']);
    await app.user.type(within(screen.getByTestId('vms-search')).getByRole('searchbox'), 'k8s{Enter}');
    await app.user.click(within(table()).getByText('Name'));
    await waitFor(() => expect(shownNames()).toEqual(['k8s-master-01', 'k8s-worker-03']));

    const nav = screen.getByTestId('side-nav');
    await app.user.click(within(nav).getByRole('link', { name: 'Nodes' }));
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/nodes'));
    await app.user.click(within(nav).getByRole('link', { name: 'VMs' }));

    await waitFor(() => expect(app.router.state.location.pathname).toBe('/vms'));
    expect(app.router.state.location.search).toMatchObject({ provider: 'zstack', q: 'k8s', sort: 'name', order: 'asc' });
    await waitFor(() => expect(shownNames()).toEqual(['k8s-master-01', 'k8s-worker-03']));
    expect(within(screen.getByTestId('vms-search')).getByRole('searchbox')).toHaveValue('k8s');
  });
});

describe('VM list selection in Chinese', () => {
  it('the select-all and row checkboxes are labelled in Chinese, naming the VM', async () => {
    const app = await renderApp('/vms', { connections: ['zstack'], locale: 'zh-CN' });
    await waitFor(() => expect(within(table()).getAllByTestId(/^vm-link-/).length).toBeGreaterThan(1), { timeout: 15_000 });
    const scope = within(table());
    expect(scope.getByRole('checkbox', { name: '全选显示的虚拟机' })).toBeInTheDocument();
    const row = scope.getByRole('checkbox', { name: `选择 ${ZSTACK_UNKNOWN}` });
    await app.user.click(row);
    expect(await scope.findByRole('checkbox', { name: `取消选择 ${ZSTACK_UNKNOWN}` })).toBeChecked();
    expect(scope.queryAllByRole('checkbox', { name: /select|row/i })).toEqual([]);
  });
});
