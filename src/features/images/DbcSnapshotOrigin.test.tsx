import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp, type AppHarness } from '@/test/renderApp';
import { DBC_CLOSED_VM } from '@/test/seeded';

const FILE = `${DBC_CLOSED_VM}_snap-epoch90.qcow2`;
const ID = `server:ID_2/${FILE}`;
const POLL = { timeout: 15_000 };
const row = async (id: string) => (await screen.findByTestId(`image-actions-${id}`, {}, POLL)).closest('tr')!;

/** The image center as an era-C snapshot create of snap-epoch90 leaves it (docs/providers/dbc.md §6), before the Images page asks. */
function uploadSnapshotImage(app: AppHarness) {
  const emulator = app.backend.emulators.dbc;
  const data = emulator.snapshot() as { state: { imageCenter: { name: string; sizeGb: number; server: string }[] } };
  data.state.imageCenter.push({ name: FILE, sizeGb: 9.2, server: 'ID_2' });
  expect(emulator.restore(data)).toBe(true);
}

describe('DBC snapshot images: their origin', () => {
  it('a center image uploaded by a snapshot create names the snapshot and its VM, and opens that snapshot in the VM’s tree', async () => {
    const app = await renderApp('/vms', { connections: ['dbc'] });
    // The VM list the console already holds names the task; the Images page does not list VMs itself.
    expect(await screen.findByText('ResNet 训练集群 training node', {}, POLL)).toBeInTheDocument();
    uploadSnapshotImage(app);
    await act(() => app.router.navigate({ to: '/images', search: { q: 'snap' } }));

    const origin = within(await row(ID)).getByTestId('image-origin');
    expect(origin).toHaveTextContent('Snapshot snap-epoch90 of ResNet 训练集群 training node');

    await app.user.click(origin);
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/snapshots'));
    expect(app.router.state.location.search).toMatchObject({ connection: 'demo-dbc', vm: DBC_CLOSED_VM, snapshot: 'snap-epoch90' });
    const tree = await screen.findByRole('tree', {}, POLL);
    const selected = await within(tree).findByRole('treeitem', { selected: true });
    expect(selected).toHaveTextContent('snap-epoch90');
    // The snapshot's own panel finds the same file in the image center: the two ends agree.
    expect(await screen.findByTestId('snapshot-image-center', {}, POLL)).toHaveTextContent(FILE);
  });

  it('zh-CN: the detail page shows the origin with the task id when the VM was not listed, and plain files have none', async () => {
    const app = await renderApp('/settings/preferences', { connections: ['dbc'], locale: 'zh-CN' });
    uploadSnapshotImage(app);
    await act(() => app.router.navigate({ to: '/images', search: { q: '.qcow2' } }));

    expect(within(await row('server:ID_1/centos7.9.qcow2')).queryByTestId('image-origin')).toBeNull();
    await app.user.click(await screen.findByTestId(`image-actions-${ID}`, {}, POLL));
    await app.user.click(await screen.findByRole('menuitem', { name: '详情' }));
    const detail = await screen.findByTestId('image-detail');
    const origin = within(detail).getByTestId('image-origin');
    expect(origin).toHaveTextContent(`快照 snap-epoch90（云主机 ${DBC_CLOSED_VM}）`);
    expect(origin).toHaveAttribute('href', `/snapshots?connection=demo-dbc&vm=${DBC_CLOSED_VM}&snapshot=snap-epoch90`);
  });
});
