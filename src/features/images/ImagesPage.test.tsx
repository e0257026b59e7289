import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

/** The Images page: one table over every enabled connection, its URL state and its per-connection errors. */
describe('Images page', () => {
  it('lists DBC center and node images, ZStack images and templates and 51idc captured images; says vsd has no image API', async () => {
    const app = await renderApp('/images');
    const table = await screen.findByTestId('images-table');
    await waitFor(() => expect(screen.queryByTestId('images-loading')).toBeNull());
    // One of each provider and kind.
    const row = (name: string) => within(table).getAllByText(name)[0]!.closest('tr')!;
    expect(row('stable-diffusion-webui.qcow2')).toHaveTextContent('Center image');
    expect(row('stable-diffusion-webui.qcow2')).toHaveTextContent('Image server: ID_1');
    expect(within(table).getAllByText('Node image').length).toBeGreaterThan(0);
    expect(row('My Data Volume Template')).toHaveTextContent('Data-volume template');
    expect(row('My Data Volume Template')).toHaveTextContent('BS-Ceph-01');
    expect(within(row('My Data Volume Template')).getByTestId('image-origin')).toHaveAttribute('href', expect.stringContaining('q=5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a'));
    expect(row('夜间备份模板 nightly-template')).toHaveTextContent('CreatingCreating');
    expect(row('官网黄金映像 web-golden')).toHaveTextContent('Captured image');
    expect(row('官网黄金映像 web-golden')).toHaveTextContent('available');
    // Its capture job names the instance backup it came from: the origin opens that backup in the instance's tree.
    expect(within(row('官网黄金映像 web-golden')).getByTestId('image-origin')).toHaveAttribute('href', '/snapshots?connection=demo-idc51&vm=ins-JWFQNPY&snapshot=ss-qweqwrf');
    expect(screen.getByTestId('images-no-api')).toHaveTextContent('this provider has no image API');
    expect(screen.getByTestId('images-no-api')).toHaveTextContent('HCI (vsd)');
    // What was asked: the ZStack images with their backup storages, 51idc's captured images only, every DBC server.
    expect(app.requests.matching('GET', '/zstack/v1/images', 'zstack').length).toBeGreaterThan(0);
    expect(app.requests.matching('GET', '/zstack/v1/backup-storage', 'zstack').length).toBeGreaterThan(0);
    expect(app.requests.matching('GET', /\/images$/, 'idc51').some((r) => r.url.includes('provider=self'))).toBe(true);
    expect(app.requests.matching('POST', '/api/v1/images', 'dbc').filter((r) => r.url.endsWith('/images')).length).toBeGreaterThanOrEqual(2);
    expect(app.requests.some((r) => r.provider === 'vsd' && /image/i.test(r.path))).toBe(false);
  });

  it('filters given in the URL apply, and a typed search is written into the URL beside them', async () => {
    const app = await renderApp('/images?provider=zstack&kind=zstackDataTemplate', { connections: ['dbc', 'zstack'] });
    const table = await screen.findByTestId('images-table');
    await within(table).findByText('My Data Volume Template');
    expect(within(table).queryByText('centos7.9.qcow2')).toBeNull();
    expect(within(table).queryByText('CentOS-7.9-x86_64')).toBeNull();
    await app.user.type(within(screen.getByTestId('images-search')).getByRole('searchbox'), '日志');
    await waitFor(() => expect(app.router.state.location.search).toMatchObject({ q: '日志', provider: 'zstack', kind: 'zstackDataTemplate' }));
    await waitFor(() => expect(within(table).queryByText('My Data Volume Template')).toBeNull());
    expect(within(table).getByText('日志盘模板 log-disk-template')).toBeInTheDocument();
    expect(screen.getByTestId('images-total')).toHaveTextContent(/^1 of \d+ images$/);
  });

  it('a ZStack listing that fails shows its alert with the provider code, not an empty list; the other connections still show', async () => {
    const app = await renderApp('/images', { connections: ['zstack', 'idc51'] });
    app.fault({ provider: 'zstack', route: '/zstack/v1/images', method: 'GET', errorRate: 1, error: { status: 503, code: 'SYS.1001', message: 'management node unavailable' } });
    const alert = await screen.findByTestId('images-error-demo-zstack');
    expect(alert).toHaveTextContent('images could not be listed');
    expect(alert).toHaveTextContent('SYS.1001');
    expect(await within(screen.getByTestId('images-table')).findByText('官网黄金映像 web-golden')).toBeInTheDocument();
    expect(screen.queryByText('No images on the enabled connections')).toBeNull();
  });

  it('speaks zh-CN: kinds, statuses and the empty result of a filter', async () => {
    const app = await renderApp('/images?provider=idc51', { connections: ['idc51'], locale: 'zh-CN' });
    const table = await screen.findByTestId('images-table');
    const golden = (await within(table).findByText('官网黄金映像 web-golden')).closest('tr')!;
    expect(golden).toHaveTextContent('捕获镜像');
    expect(golden).toHaveTextContent('就绪');
    expect(screen.getByTestId('images-total')).toHaveTextContent('显示 2 / 共 2 个镜像');
    await app.user.type(within(screen.getByTestId('images-search')).getByRole('searchbox'), 'zzz-none{Enter}');
    expect(await within(table).findByText('没有符合搜索和筛选条件的镜像')).toBeInTheDocument();
  });

  it('ZStack backup storages not answering is a warning over the images, which still list with storage uuids', async () => {
    const app = await renderApp('/images', { connections: ['zstack'] });
    app.fault({ provider: 'zstack', route: '/zstack/v1/backup-storage', method: 'GET', errorRate: 1, error: { status: 503, code: 'SYS.1001', message: 'management node unavailable' } });
    const warning = await screen.findByTestId('images-failure-demo-zstack');
    expect(warning).toHaveTextContent('ZStack demo: backup-storage did not answer; images or some of their details may be missing');
    expect(warning).toHaveTextContent('SYS.1001');
    const row = (await within(screen.getByTestId('images-table')).findByText('My Data Volume Template')).closest('tr')!;
    expect(row).toHaveTextContent(/Backup storage: d861144b/);
  });

  it('the overview\'s per-connection link shows that connection only until cleared; a header click sorts through the URL', async () => {
    const app = await renderApp('/images?connection=demo-idc51', { connections: ['dbc', 'idc51'] });
    const table = await screen.findByTestId('images-table');
    await within(table).findByText('build-runner base');
    await waitFor(() => expect(screen.queryByTestId('images-loading')).toBeNull());
    expect(within(table).queryByText('centos7.9.qcow2')).toBeNull();
    await app.user.click(within(table).getByRole('columnheader', { name: /Size/ }));
    await waitFor(() => expect(app.router.state.location.search).toMatchObject({ connection: 'demo-idc51', sort: 'size', order: 'asc' }));
    await app.user.click(screen.getByTestId('images-clear-connection'));
    expect(await within(table).findByText('centos7.9.qcow2')).toBeInTheDocument();
    expect(app.router.state.location.search).not.toHaveProperty('connection');
    // Sorted by size, smallest first: the 3.9 GiB debian image before the 33 GiB stable-diffusion one.
    const names = within(table).getAllByTestId('image-name').map((cell) => cell.textContent);
    expect(names.indexOf('debian12.qcow2')).toBeLessThan(names.indexOf('stable-diffusion-webui.qcow2'));
  });

  it('shows a spinner until the first answer, never "no images"; rows once ZStack answers', async () => {
    const app = await renderApp('/jobs', { connections: ['zstack'] });
    const gate = app.hold('GET', '/zstack/v1/images');
    await act(() => app.router.navigate({ to: '/images' }));
    await gate.arrived();
    expect(await screen.findByTestId('images-first-load')).toBeInTheDocument();
    expect(screen.getByTestId('images-loading')).toHaveTextContent('Loading images…');
    expect(screen.queryByText('No images on the enabled connections')).toBeNull();
    gate.release();
    expect(await within(screen.getByTestId('images-table')).findByText('My Data Volume Template')).toBeInTheDocument();
    expect(screen.queryByTestId('images-first-load')).toBeNull();
  });

  it('with only vsd enabled: no image API said once, an empty table that says so, and nothing asked of vsd', async () => {
    const app = await renderApp('/images', { connections: ['vsd'], locale: 'zh-CN' });
    expect(await screen.findByTestId('images-no-api')).toHaveTextContent('该平台没有镜像 API');
    expect(within(screen.getByTestId('images-table')).getByText('已启用的连接上没有镜像')).toBeInTheDocument();
    expect(app.requests.filter((r) => /image/i.test(r.path))).toEqual([]);
  });
});
