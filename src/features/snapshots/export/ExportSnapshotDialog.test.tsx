import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/test/renderApp';
import { IDC51_DB_VM, ZSTACK_DB_VM } from '@/test/seeded';

/** Seeded points: 51idc instance backup ss-qweqwrf of web-01, disk backup ss-BTZOND4 of orders-data; ZStack baseline of db-mysql's root volume. */
const IDC51_WEB = 'ins-JWFQNPY';
/** ZStack seed ids (mocks/zstack/seed.ts SEED_IDS; a page test may not import the emulator). */
const SEED_IDS = {
  readySnapshot: '5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a',
  cephBackupStorage: 'd861144baadf31e3b1cbbb282242adcf',
  imageStoreBackupStorage: '6b1f2c3d4e5f4a6b8c7d9e0f1a2b3c4d',
  sftpBackupStorage: '9c8b7a6f5e4d4c3b9a2f1e0d9c8b7a6f',
};

async function openExport(route: string, connection: 'idc51' | 'zstack', button: string, locale: 'en' | 'zh-CN' = 'en') {
  const app = await renderApp(route, { connections: [connection], locale });
  const bar = await screen.findByTestId('snapshot-actions', {}, { timeout: 15_000 });
  await app.user.click(within(bar).getByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog');
  return { app, dialog };
}

const field = (dialog: HTMLElement, label: string) => within(dialog).getByLabelText(label);

describe('Export a snapshot', () => {
  it('51idc capture: names VM and snapshot, asks an image name, sends one capture_instance; Jobs tracks it', async () => {
    const { app, dialog } = await openExport(`/snapshots?connection=demo-idc51&vm=${IDC51_WEB}&snapshot=ss-qweqwrf`, 'idc51', 'Make image');
    expect(within(dialog).getByText('Make an image from “上线前 pre-release”')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Snapshot “上线前 pre-release” of 官网前端 web-01');
    expect(dialog).toHaveTextContent('Nothing is lost');
    // No description or storage: 51idc's capture asks only for the image name.
    expect(within(dialog).queryByLabelText('Description')).toBeNull();

    await app.user.click(within(dialog).getByTestId('export-submit'));
    expect(await within(dialog).findByText('Enter a name')).toBeInTheDocument();
    expect(app.requests.matching('POST', /capture_instance/)).toHaveLength(0);

    await app.user.type(field(dialog, 'Image name'), '  web-golden-2  ');
    await app.user.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.requests.matching('POST', /volume_snapshots\/capture_instance/)).toHaveLength(1);
    const image = app.backend.emulators.idc51.snapshot() as { images: { name: string; description: string }[] };
    expect(image.images.find((i) => i.name === 'web-golden-2')).toMatchObject({ description: 'captured from ss-qweqwrf' });
    expect(await screen.findByText('Make image “上线前 pre-release → web-golden-2” accepted')).toBeInTheDocument();
  });

  it('51idc create_volume from a disk backup; a refusal shows the provider code and message in place, the name kept, nothing resent', async () => {
    const { app, dialog } = await openExport(`/snapshots?connection=demo-idc51&vm=${IDC51_DB_VM}&snapshot=ss-BTZOND4`, 'idc51', '生成云盘', 'zh-CN');
    expect(within(dialog).getByText('从“每周全量 weekly-full”生成云盘')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('类型和大小与源硬盘相同');
    app.fault({ provider: 'idc51', route: '/volume_snapshots/create_volume', method: 'POST', times: 1, error: { status: 400, code: '2400', message: 'volume quota exceeded' } });
    await app.user.type(field(dialog, '云盘名称'), 'orders-restore');
    await app.user.click(within(dialog).getByTestId('export-submit'));
    const refused = await within(dialog).findByTestId('export-refused');
    expect(refused).toHaveTextContent('服务商拒绝了请求');
    expect(refused).toHaveTextContent('volume quota exceeded');
    expect(refused).toHaveTextContent('2400');
    expect(field(dialog, '云盘名称')).toHaveValue('orders-restore');
    expect(app.requests.matching('POST', /create_volume/)).toHaveLength(1);
    // Sending again is the user's choice: one more click, one more request.
    await app.user.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.requests.matching('POST', /create_volume/)).toHaveLength(2);
    const state = app.backend.emulators.idc51.snapshot() as { volumes: { name: string; sizeGb: number }[] };
    expect(state.volumes.find((v) => v.name === 'orders-restore')).toMatchObject({ sizeGb: 100 });
  });

  it('ZStack data-volume template: backup storages with capacity and status, one with room preselected; name + description + storage sent', async () => {
    const { app, dialog } = await openExport(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${SEED_IDS.readySnapshot}`, 'zstack', 'Make disk template');
    const ceph = await within(dialog).findByRole('radio', { name: /BS-Ceph-01/ });
    const sftp = within(dialog).getByRole('radio', { name: /BS-Sftp-legacy/ });
    expect(ceph).toBeChecked();
    expect(within(dialog).getByTestId(`storage-${SEED_IDS.sftpBackupStorage}`)).toHaveTextContent(/Enabled · Disconnected.*cannot be used.*free of/);
    expect(within(dialog).getByTestId(`storage-${SEED_IDS.cephBackupStorage}`)).toHaveTextContent(/free of/);

    await app.user.type(field(dialog, 'Template name'), 'mysql-baseline-tpl');
    await app.user.type(field(dialog, 'Description'), 'from the baseline');
    // A disconnected storage is refused here with the reason, before anything is sent.
    await app.user.click(sftp);
    await app.user.click(within(dialog).getByTestId('export-submit'));
    expect(await within(dialog).findByText(/“BS-Sftp-legacy 旧SFTP仓库” cannot take it: it is Enabled, Disconnected/)).toBeInTheDocument();
    expect(app.requests.matching('POST', /data-volume-templates/)).toHaveLength(0);

    await app.user.click(within(dialog).getByRole('radio', { name: /BS-ImageStore-01/ }));
    await app.user.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.requests.matching('POST', `/zstack/v1/images/data-volume-templates/from/volume-snapshots/${SEED_IDS.readySnapshot}`)).toHaveLength(1);
    const state = app.backend.emulators.zstack.snapshot() as { images: { name: string; description?: string; mediaType: string; backupStorageRefs: { backupStorageUuid: string }[] }[] };
    const made = state.images.find((i) => i.name === 'mysql-baseline-tpl');
    expect(made).toMatchObject({ description: 'from the baseline', mediaType: 'DataVolumeTemplate', backupStorageRefs: [{ backupStorageUuid: SEED_IDS.imageStoreBackupStorage }] });
  });

  it('ZStack: a backup storage without room for the snapshot is refused with a clear message; none preselected when none has room', async () => {
    const app = await renderApp(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${SEED_IDS.readySnapshot}`, { connections: ['zstack'] });
    // Every backup storage nearly full (the emulator's state is the provider's answer).
    const emulator = app.backend.emulators.zstack;
    const data = emulator.snapshot() as { backupStorages: { availableCapacity: number }[] };
    for (const bs of data.backupStorages) bs.availableCapacity = 1024;
    expect(emulator.restore(data)).toBe(true);
    const bar = await screen.findByTestId('snapshot-actions', {}, { timeout: 15_000 });
    await app.user.click(within(bar).getByRole('button', { name: 'Make disk template' }));
    const dialog = await screen.findByRole('dialog');
    const ceph = await within(dialog).findByRole('radio', { name: /BS-Ceph-01/ });
    expect(ceph).not.toBeChecked();
    expect(within(dialog).getByTestId(`storage-${SEED_IDS.cephBackupStorage}`)).toHaveTextContent('no room');
    await app.user.type(field(dialog, 'Template name'), 'too-big');
    await app.user.click(within(dialog).getByTestId('export-submit'));
    expect(await within(dialog).findByText(/No usable backup storage has room for this snapshot/)).toBeInTheDocument();
    await app.user.click(ceph);
    await app.user.click(within(dialog).getByTestId('export-submit'));
    expect(await within(dialog).findByText(/“BS-Ceph-01 Ceph镜像仓库” has only [\d.]+ KiB free; this snapshot needs about [\d.]+ GiB/)).toBeInTheDocument();
    expect(app.requests.matching('POST', /data-volume-templates/)).toHaveLength(0);
  });

  it('ZStack data volume: primary storage list (default = where the snapshot is); the chosen one is sent', async () => {
    const { app, dialog } = await openExport(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${SEED_IDS.readySnapshot}`, 'zstack', 'Make disk');
    expect(await within(dialog).findByRole('radio', { name: /Where the snapshot is/ })).toBeChecked();
    await app.user.click(within(dialog).getByRole('radio', { name: /PS-Ceph-01/ }));
    await app.user.type(field(dialog, 'Disk name'), 'mysql-restore');
    await app.user.click(within(dialog).getByTestId('export-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.requests.matching('POST', /volumes\/data\/from\/volume-snapshots/)).toHaveLength(1);
    const state = app.backend.emulators.zstack.snapshot() as { volumes: { name: string; primaryStorageUuid: string }[]; primaryStorages: { uuid: string; name: string }[] };
    const ceph = state.primaryStorages.find((p) => p.name.startsWith('PS-Ceph-01'))!;
    expect(state.volumes.find((v) => v.name === 'mysql-restore')).toMatchObject({ primaryStorageUuid: ceph.uuid });
  });

  it('ZStack root image from a system-disk snapshot: locked while in flight, so a double click sends one request', async () => {
    const { app, dialog } = await openExport(`/snapshots?connection=demo-zstack&vm=${ZSTACK_DB_VM}&snapshot=${SEED_IDS.readySnapshot}`, 'zstack', 'Make image');
    expect(dialog).toHaveTextContent('A VM image (root-volume template) is made from this system-disk snapshot');
    await within(dialog).findByRole('radio', { name: /BS-Ceph-01/ });
    await app.user.type(field(dialog, 'Image name'), 'mysql-golden');
    const gate = app.hold('POST', /root-volume-templates/);
    await app.user.click(within(dialog).getByTestId('export-submit'));
    await gate.arrived();
    await app.user.click(within(dialog).getByTestId('export-submit'));
    expect(within(dialog).getByTestId('export-submit')).toHaveClass('ant-btn-loading');
    gate.release();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(app.requests.matching('POST', `/zstack/v1/images/root-volume-templates/from/volume-snapshots/${SEED_IDS.readySnapshot}`)).toHaveLength(1);
    const state = app.backend.emulators.zstack.snapshot() as { images: { name: string; mediaType: string; backupStorageRefs: { backupStorageUuid: string }[] }[] };
    expect(state.images.filter((i) => i.name === 'mysql-golden')).toEqual([expect.objectContaining({ mediaType: 'RootVolumeTemplate', backupStorageRefs: [expect.objectContaining({ backupStorageUuid: SEED_IDS.cephBackupStorage })] })]);
  });
});
