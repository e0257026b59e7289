import { screen, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';
import { DBC_CLOSED_VM } from '@/test/seeded';
import { dbcSnapshotImageName } from './DbcSnapshotImage';

const route = (snapshot: string) => `/snapshots?connection=demo-dbc&vm=${DBC_CLOSED_VM}&snapshot=${snapshot}`;

describe('DBC era C: where a snapshot went in the image center', () => {
  it('the image file is the snapshot file’s name', () => {
    expect(dbcSnapshotImageName(`/data/${DBC_CLOSED_VM}_snap1.qcow2`)).toBe(`${DBC_CLOSED_VM}_snap1.qcow2`);
  });

  it('uploaded: server and file from the image center, and Create VM on the same node; not uploaded: says so', async () => {
    const app = await renderApp(route('snap-epoch90'), { connections: ['dbc'] });
    // The emulator's image center holds the upload of snap-epoch90 on ID_2 (as an era-C create leaves it).
    const emulator = app.backend.emulators.dbc;
    const data = emulator.snapshot() as { state: { imageCenter: { name: string; sizeGb: number; server: string }[] } };
    data.state.imageCenter.push({ name: `${DBC_CLOSED_VM}_snap-epoch90.qcow2`, sizeGb: 9.2, server: 'ID_2' });
    expect(emulator.restore(data)).toBe(true);

    const section = await screen.findByTestId('snapshot-image-center', {}, { timeout: 15_000 });
    expect(await within(section).findByText('ID_2')).toBeInTheDocument();
    expect(section).toHaveTextContent(`${DBC_CLOSED_VM}_snap-epoch90.qcow2`);
    const link = within(section).getByRole('link', { name: /Create a VM from this image/ });
    expect(link.getAttribute('href')).toMatch(/^\/vms\/create\?connection=demo-dbc&node=\w+/);

    await app.user.click(within(screen.getByRole('tree')).getByText('snap1'));
    expect(await screen.findByText(`No image named ${DBC_CLOSED_VM}_snap1.qcow2 is in the image center (yet).`)).toBeInTheDocument();
  });
});
