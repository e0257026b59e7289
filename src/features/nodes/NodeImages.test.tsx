import { screen, waitFor, within } from '@testing-library/react';
import { usePreferences } from '@/shared/preferences/store';
import type { ConfiguredConnection } from '@/domain/connections/config';
import { demoConnection, renderApp, type AppHarness } from '@/test/renderApp';

// The seed's second renter node: ubuntu.qcow2 (5.21 GB, 44 s at the emulator's 120 MB/s) is in its /data.
const NODE = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const IMAGE = 'ubuntu.qcow2';
const POLL = { timeout: 15_000 };

/** The bodies the DBC emulator received at exactly this path. */
const sent = (app: AppHarness, path: string) => app.backend.requests.list({ provider: 'dbc', method: 'POST', path }).filter((r) => r.path === path).map((r) => r.body);

async function startUpload(app: AppHarness) {
  const row = await screen.findByTestId(`image-actions-${IMAGE}`, {}, POLL);
  await app.user.click(within(row).getByTestId('action-image-upload'));
  const dialog = await screen.findByRole('dialog');
  await app.user.click(within(dialog).getByRole('combobox'));
  await app.user.click(await screen.findByTitle('ID_1'));
  await app.user.click(within(dialog).getByTestId('upload-submit'));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

async function openJobs(app: AppHarness) {
  await app.user.click(screen.getByRole('button', { name: /Jobs|任务/ }));
  const drawer = await screen.findByTestId('jobs-drawer');
  return within(drawer).findByTestId('transfer-status', {}, POLL);
}

describe('node images: upload to an image server, watched in the Jobs drawer', () => {
  it('uploads once to the chosen server; the bar advances with the emulator clock, then the job succeeds; the file is busy meanwhile', async () => {
    const app = await renderApp(`/nodes/demo-dbc/${NODE}?tab=images`, { connections: ['dbc'] });
    await startUpload(app);
    expect(sent(app, '/api/v1/images/upload')).toEqual([expect.objectContaining({ peer_nodes_list: [NODE], additional: { image_filename: IMAGE, image_server: 'ID_1' } })]);
    // While it runs the file cannot be uploaded again or deleted.
    await waitFor(() => expect(within(screen.getByTestId(`image-actions-${IMAGE}`)).getByTestId('action-image-delete-disabled')).toBeInTheDocument());

    const status = await openJobs(app);
    app.clock.advance(11_000);
    await waitFor(() => expect(within(status).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25'), POLL);
    app.clock.advance(11_000);
    await waitFor(() => expect(within(status).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50'), POLL);
    // Two samples that moved: speed (the size is known) and time left.
    expect(within(status).getByTestId('transfer-rate')).toHaveTextContent(/\/s · .* left/);
    app.clock.advance(30_000);
    const job = screen.getByTestId('jobs-drawer').querySelector('[data-status]')!;
    await waitFor(() => expect(job).toHaveAttribute('data-status', 'succeeded'), POLL);
    expect(job).toHaveTextContent('Upload image to image server');
  });

  it('Stop sends one upload_stop; the job ends as stopped at its percentage (zh-CN)', async () => {
    const app = await renderApp(`/nodes/demo-dbc/${NODE}?tab=images`, { connections: ['dbc'], locale: 'zh-CN' });
    await startUpload(app);
    const status = await openJobs(app);
    app.clock.advance(11_000);
    await waitFor(() => expect(within(status).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25'), POLL);
    await app.user.click(within(status).getByTestId('transfer-stop'));
    await app.user.click(await screen.findByTestId('transfer-stop-confirm'));
    const job = screen.getByTestId('jobs-drawer').querySelector('[data-status]')!;
    await waitFor(() => expect(job).toHaveAttribute('data-status', 'failed'), POLL);
    expect(job).toHaveTextContent('上传在 25% 时停止');
    expect(sent(app, '/api/v1/images/upload_stop')).toEqual([expect.objectContaining({ peer_nodes_list: [NODE], additional: { image_filename: IMAGE } })]);
  });

  it('a transfer that fails half way ends with the node error, code and message', async () => {
    const app = await renderApp(`/nodes/demo-dbc/${NODE}?tab=images`, { connections: ['dbc'] });
    app.backend.env.faults.setFlags('dbc', { jobFailsHalfway: true });
    await startUpload(app);
    await openJobs(app);
    app.clock.advance(30_000);
    const job = screen.getByTestId('jobs-drawer').querySelector('[data-status]')!;
    await waitFor(() => expect(job).toHaveAttribute('data-status', 'failed'), POLL);
    expect(job).toHaveTextContent(`1: image:${IMAGE} upload failed`);
  });

  it('a transfer whose progress stops moving is flagged stalled after the preferred time (not before), and can be stopped', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    try {
      const app = await renderApp(`/nodes/demo-dbc/${NODE}?tab=images`, { connections: ['dbc'] });
      app.backend.env.faults.setFlags('dbc', { transferStalls: true });
      await startUpload(app);
      const status = await openJobs(app);
      app.clock.advance(60 * 60_000);
      await waitFor(() => expect(within(status).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50'), POLL);
      expect(status).not.toHaveAttribute('data-stalled');
      // The console's own time passes while the node keeps answering 50 %: not yet at the 3 min the user chose...
      usePreferences.getState().setStallMinutes(3);
      vi.setSystemTime(Date.now() + 2 * 60_000 + 1_000);
      const polls = sent(app, '/api/v1/images/uploadprogress').length;
      await waitFor(() => expect(sent(app, '/api/v1/images/uploadprogress').length).toBeGreaterThan(polls), POLL);
      expect(status).not.toHaveAttribute('data-stalled');
      // ...then past it.
      vi.setSystemTime(Date.now() + 60_000);
      await waitFor(() => expect(status).toHaveAttribute('data-stalled', 'true'), POLL);
      expect(within(status).getByTestId('transfer-stalled')).toHaveTextContent('No progress for 3 min');
      await app.user.click(within(status).getByTestId('transfer-stop'));
      await app.user.click(await screen.findByTestId('transfer-stop-confirm'));
      await waitFor(() => expect(screen.getByTestId('jobs-drawer').querySelector('[data-status]')).toHaveAttribute('data-status', 'failed'), POLL);
      expect(sent(app, '/api/v1/images/upload_stop')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('node images: delete, and a failing download from the image center', () => {
  it('Delete asks first, sends one /images/delete, and the file leaves the list; the node refusal is shown with its code', async () => {
    const app = await renderApp(`/nodes/demo-dbc/${NODE}?tab=images`, { connections: ['dbc'] });
    const target = 'win10-ltsc-2021.qcow2';
    app.fault({ provider: 'dbc', route: '/api/v1/images/delete', method: 'POST', times: 1, error: { status: 200, code: '1', message: `image:${target} is used by task` } });
    const row = await screen.findByTestId(`image-actions-${target}`, {}, POLL);
    await app.user.click(within(row).getByTestId('action-image-delete'));
    const confirm = await screen.findByRole('dialog');
    expect(confirm).toHaveTextContent(`Delete ${target} from this node? This cannot be undone.`);
    expect(sent(app, '/api/v1/images/delete')).toHaveLength(0);
    await app.user.click(within(confirm).getByTestId('confirm-action'));
    expect(await screen.findByText(`image:${target} is used by task`, { exact: false }, POLL)).toBeInTheDocument();
    expect(sent(app, '/api/v1/images/delete')).toEqual([expect.objectContaining({ peer_nodes_list: [NODE], additional: { image_filename: target } })]);
    expect(screen.getByTestId(`image-actions-${target}`)).toBeInTheDocument();

    await app.user.click(within(screen.getByTestId(`image-actions-${target}`)).getByTestId('action-image-delete'));
    await app.user.click(within(await screen.findByRole('dialog')).getByTestId('confirm-action'));
    await waitFor(() => expect(screen.queryByTestId(`image-actions-${target}`)).toBeNull(), POLL);
    expect(sent(app, '/api/v1/images/delete')).toHaveLength(2);
  });

  it('a download that fails half way shows the node error in the Jobs drawer (zh-CN)', async () => {
    const CREATE_NODE = '58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45';
    const app = await renderApp(`/vms/create?connection=demo-dbc&node=${CREATE_NODE}`, { connections: ['dbc'], locale: 'zh-CN' });
    app.backend.env.faults.setFlags('dbc', { jobFailsHalfway: true });
    const form = await screen.findByTestId('create-vm-form');
    await app.user.click(within(within(form).getByTestId('field-imageName')).getByRole('combobox'));
    await app.user.click(await screen.findByTitle(/^debian12\.qcow2/, {}, POLL));
    await app.user.click(await screen.findByTestId('image-copy-start'));
    await waitFor(() => expect(sent(app, '/api/v1/images/download')).toHaveLength(1));
    app.clock.advance(30_000);
    await app.user.click(screen.getByRole('button', { name: /任务/ }));
    const item = (await screen.findByTestId('jobs-drawer')).querySelector('[data-status]')!;
    expect(item).toHaveTextContent('复制镜像到节点');
    await waitFor(() => expect(item).toHaveAttribute('data-status', 'failed'), POLL);
    expect(item).toHaveTextContent('1: image:debian12.qcow2 download failed');
  });
});

describe('node images: upload in the 2022 API era', () => {
  const shipped = demoConnection('dbc');
  const era2022 = { ...shipped, connection: { ...shipped.connection, options: { era: '2022' } } } as ConfiguredConnection;

  it('no server to choose; the file is named in the path; without a progress endpoint the job ends when the center lists it', async () => {
    const app = await renderApp(`/nodes/demo-dbc/${NODE}?tab=images`, { connections: [era2022] });
    const row = await screen.findByTestId(`image-actions-${IMAGE}`, {}, POLL);
    await app.user.click(within(row).getByTestId('action-image-upload'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('combobox')).toBeNull();
    await app.user.click(within(dialog).getByTestId('upload-submit'));
    await waitFor(() => expect(sent(app, `/api/v1/images/upload/${IMAGE}`)).toEqual([expect.objectContaining({ peer_nodes_list: [NODE], additional: {} })]));
    expect(sent(app, '/api/v1/images/upload')).toEqual([]);
    await app.user.click(screen.getByRole('button', { name: 'Jobs' }));
    const job = (await screen.findByTestId('jobs-drawer')).querySelector('[data-status]')!;
    // The seed's era-B center already lists ubuntu.qcow2: the first look ends it.
    await waitFor(() => expect(job).toHaveAttribute('data-status', 'succeeded'), POLL);
    expect(sent(app, '/api/v1/images/uploadprogress')).toEqual([]);
  });
});
