import { screen, waitFor, within } from '@testing-library/react';
import { formField } from '@/test/form';
import { renderApp, type AppHarness } from '@/test/renderApp';
import { ZSTACK_DB_VM } from '@/test/seeded';

const ZSTACK_DAILY = '8e7d6c5b4a3f4e2d9c1b0a9f8e7d6c5b'; // daily-2026-11-20

async function openEdit(app: AppHarness) {
  const bar = await screen.findByTestId('snapshot-actions', {}, { timeout: 15_000 });
  await app.user.click(within(bar).getByRole('button', { name: /Edit/ }));
  return (await screen.findByTestId('snapshot-modify-dialog')).closest<HTMLElement>('.ant-modal')!;
}

describe('Edit snapshot', () => {
  it('vsd: the name is the key (read-only, with why); only the description is sent', async () => {
    const app = await renderApp('/snapshots?connection=demo-vsd&q=build-runner', { connections: ['vsd'] });
    await app.user.click(await screen.findByRole('link', { name: 'Open tree: build-runner-01' }, { timeout: 15_000 }));
    const tree = await screen.findByRole('tree', { name: 'Snapshots of build-runner-01' }, { timeout: 15_000 });
    await app.user.click(within(tree).getByText('gcc-13'));
    const dialog = await openEdit(app);
    expect(dialog).toHaveTextContent('Edit snapshot “gcc-13” of build-runner-01');
    const name = formField(dialog, 'Name');
    expect(name.control).toHaveAttribute('readonly');
    expect(name.item).toHaveTextContent('Only the description can change; the name identifies the snapshot');
    const description = formField(dialog, 'Description').control;
    await app.user.clear(description);
    await app.user.type(description, 'GCC 13.2 + 缓存');
    await app.user.click(within(dialog).getByTestId('snapshot-modify-submit'));
    await waitFor(() => expect(screen.queryByTestId('snapshot-modify-dialog')).not.toBeInTheDocument());
    const sent = app.backend.requests.list({ provider: 'vsd', method: 'POST', path: '/snapshot/modify' });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ name: 'gcc-13', description: 'GCC 13.2 + 缓存' });
    await waitFor(() => expect(screen.getByTestId('snapshot-details')).toHaveTextContent('GCC 13.2 + 缓存'));
  });

  it('ZStack: rename checked (a name is required), a refusal shown in place with its code and the typed name kept, then sent once more', async () => {
    const app = await renderApp(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${ZSTACK_DAILY}`, { connections: ['zstack'] });
    const dialog = await openEdit(app);
    const name = formField(dialog, 'Name');
    expect(name.control).toHaveValue('daily-2026-11-20');
    await app.user.clear(name.control);
    await app.user.click(within(dialog).getByTestId('snapshot-modify-submit'));
    await waitFor(() => expect(name.errors()).toEqual(['Enter a name']));
    await app.user.type(name.control, '每日 daily-1120 (kept)');

    app.fault({ provider: 'zstack', route: '/volume-snapshots/', method: 'PUT', times: 1, errorRate: 1, error: { status: 503, code: 'SYS.1001', message: 'management node unavailable' } });
    await app.user.click(within(dialog).getByTestId('snapshot-modify-submit'));
    const error = await within(dialog).findByTestId('snapshot-modify-error');
    expect(error).toHaveTextContent('SYS.1001');
    expect(error).toHaveTextContent('management node unavailable');
    expect(name.control).toHaveValue('每日 daily-1120 (kept)');

    await app.user.click(within(dialog).getByTestId('snapshot-modify-submit'));
    await waitFor(() => expect(screen.queryByTestId('snapshot-modify-dialog')).not.toBeInTheDocument());
    const sent = app.backend.requests.list({ provider: 'zstack', method: 'PUT', path: `/volume-snapshots/${ZSTACK_DAILY}/actions` });
    expect(sent).toHaveLength(2);
    expect(sent[1]!.body).toMatchObject({ updateVolumeSnapshot: { name: '每日 daily-1120 (kept)' } });
    expect((sent[1]!.body as { updateVolumeSnapshot: Record<string, unknown> }).updateVolumeSnapshot).not.toHaveProperty('description');
    app.clock.advance(5_000);
    const tree = screen.getByRole('tree');
    expect(await within(tree).findByText('每日 daily-1120 (kept)', {}, { timeout: 15_000 })).toBeInTheDocument();
  });
});
