import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';

// The demo renter's second node; centos7.9.qcow2 (4.12 GB on ID_1, 35 s at the emulator's speed) is not on it.
const SECOND = '80720ffadecb07087b3a5b6f88b91b58f7c738b15405c93914ee04f607a14965';
const CENTER = 'server:ID_1/centos7.9.qcow2';
const POLL = { timeout: 15_000 };
const row = () => screen.getByTestId(`image-actions-${CENTER}`).closest('tr')!;

describe('DBC: a transfer that fails halfway', () => {
  it('leaves the node’s error in the center image’s row and on its detail page, not a plain Ready', async () => {
    const app = await renderApp('/images?q=centos7.9', { connections: ['dbc'] });
    app.backend.env.faults.setFlags('dbc', { jobFailsHalfway: true });
    await app.user.click(await screen.findByTestId(`image-actions-${CENTER}`, {}, POLL));
    await app.user.click(await screen.findByRole('menuitem', { name: 'Download to node' }));
    const dialog = await screen.findByRole('dialog');
    await app.user.click(within(dialog).getByRole('combobox'));
    await app.user.click(await screen.findByTitle(SECOND));
    await app.user.click(within(dialog).getByTestId('download-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    app.clock.advance(10_000);
    expect(await within(row()).findByTestId('transfer-tag', {}, POLL)).toBeInTheDocument();
    app.clock.advance(20_000);
    const failed = await within(row()).findByTestId('transfer-failed', {}, POLL);
    expect(failed).toHaveTextContent('Download failed: image:centos7.9.qcow2 download failed');
    expect(within(row()).queryByTestId('transfer-tag')).toBeNull();
    expect(within(row()).queryByTestId('image-status')).toBeNull();

    await app.user.click(screen.getByTestId(`image-actions-${CENTER}`));
    await app.user.click(await screen.findByRole('menuitem', { name: 'Details' }));
    const actions = await screen.findByTestId('image-detail-actions');
    expect(within(actions).getByTestId('transfer-failed')).toHaveTextContent('image:centos7.9.qcow2 download failed');
  });
});
