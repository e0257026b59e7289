import { act, screen, waitFor, within } from '@testing-library/react';
import { useJobs } from '@/shared/jobs/store';
import { renderApp } from '@/test/renderApp';

/** The parts of the 51idc emulator's state these tests add to (mocks/idc51/state.ts). */
interface Idc51Seen {
  volumes: Record<string, unknown>[];
  images: { id: string; zone: string; provider: string; [field: string]: unknown }[];
  jobs: Record<string, unknown>[];
}

const MINUTE = 60_000;
const FAIL_INFO = 'CreateVolumeFromSnapshot failed: insufficient backend resources for the new volume (5200)';

/** A disk made from a backup as create_volume leaves it: the pending volume and its job naming volume and backup. */
function diskFromBackup(state: Idc51Seen, now: number, disk: { id: string; name: string; backup: string; failed?: boolean }): Idc51Seen {
  const startedAt = disk.failed ? now - 10 * MINUTE : now;
  return {
    ...state,
    volumes: [
      ...state.volumes,
      { id: disk.id, zone: 'ac1', name: disk.name, description: '', sizeGb: 100, volumeType: 2, status: 'pending', transition: 'creating', createdAt: startedAt, statusAt: startedAt, instanceId: '', device: '' },
    ],
    jobs: [
      ...state.jobs,
      {
        id: `j-${disk.id}`,
        requestId: `r-${disk.id}`,
        action: 'CreateVolumeFromSnapshot',
        zone: 'ac1',
        resourceIds: [disk.id, disk.backup],
        createdAt: startedAt,
        pendingMs: 0,
        workMs: 5 * MINUTE,
        settled: false,
        effect: { kind: 'createVolume', snapshotId: disk.backup, volumeId: disk.id },
        ...(disk.failed ? { failAt: 0.5, failInfo: FAIL_INFO } : {}),
      },
    ],
  };
}

/** An image still being captured from an instance backup, with its job naming image and backup. */
function imageFromBackup(state: Idc51Seen, now: number): Idc51Seen {
  const template = state.images.find((i) => i.provider === 'self')!;
  return {
    ...state,
    images: [...state.images, { ...template, id: 'img-CAPT002', name: '官网新映像 web-next', status: 'pending', transition: 'creating', createdAt: now, statusAt: now }],
    jobs: [
      ...state.jobs,
      { id: 'j-CAPT002', requestId: 'r-CAPT002', action: 'CaptureInstanceFromSnapshot', zone: 'ac1', resourceIds: ['img-CAPT002', 'ss-qweqwrf'], createdAt: now, pendingMs: 0, workMs: 8 * MINUTE, settled: false, effect: { kind: 'captureInstance', snapshotId: 'ss-qweqwrf', imageId: 'img-CAPT002' } },
    ],
  };
}

/** Starts on another page, changes the emulator, then opens the Images page: its first read sees the change. */
async function openImages(locale: 'en' | 'zh-CN', change: (state: Idc51Seen, now: number) => Idc51Seen) {
  const app = await renderApp('/jobs', { connections: ['idc51'], locale });
  const emulator = app.backend.emulators.idc51;
  expect(emulator.restore(change(emulator.snapshot() as Idc51Seen, app.clock.now()))).toBe(true);
  await act(() => app.router.navigate({ href: '/images?provider=idc51' }));
  const table = await screen.findByTestId('images-table');
  return { app, table };
}

describe('51idc disks made from backups', () => {
  it('a disk being made from a disk backup lists as creating with its job, its origin opens the backup in its tree; followed, it ends ready', async () => {
    const { app, table } = await openImages('en', (state, now) => diskFromBackup(state, now, { id: 'vol-RESTORE1', name: '订单盘恢复 orders-restore', backup: 'ss-BTZOND4' }));
    const row = (await within(table).findByText('订单盘恢复 orders-restore', {}, { timeout: 10_000 })).closest('tr')!;
    expect(row).toHaveTextContent('Disk from backup');
    expect(within(row).getByTestId('image-status')).toHaveAttribute('data-status', 'creating');
    expect(within(row).getByTestId('image-job-state')).toHaveTextContent('job working');
    const origin = within(row).getByTestId('image-origin');
    expect(origin).toHaveTextContent('Snapshot 每周全量 weekly-full');
    // The backup of the orders disk, in the tree of the instance the disk is attached to.
    expect(origin.getAttribute('href')).toMatch(/^\/snapshots\?/);
    expect(new URLSearchParams(origin.getAttribute('href')!.split('?')[1])).toEqual(new URLSearchParams({ connection: 'demo-idc51', vm: 'ins-DBMASTR', volume: 'vol-SACNVJNS', snapshot: 'ss-BTZOND4' }));
    // An ordinary disk being created (the seeded staging disk) is not an image.
    expect(within(table).queryByText('暂存盘 staging')).toBeNull();
    const jobsAsked = app.requests.matching('GET', /\/v2\/zone\/ac1\/jobs$/, 'idc51');
    expect(jobsAsked.some((r) => decodeURIComponent(r.url).includes('action=CaptureInstanceFromSnapshot,CreateVolumeFromSnapshot'))).toBe(true);
    expect(app.requests.matching('GET', /\/v2\/zone\/ac1\/volumes$/, 'idc51').some((r) => decodeURIComponent(r.url).includes('vol-RESTORE1'))).toBe(true);

    await app.router.navigate({ href: '/images/demo-idc51/vol-RESTORE1' });
    const detail = await screen.findByTestId('image-detail');
    expect(detail).toHaveTextContent('Disk typeCapacity');
    expect(detail).toHaveTextContent('100 GiB');
    expect(detail).toHaveTextContent('Disk job');
    expect(within(detail).getByTestId('image-origin')).toHaveTextContent('Snapshot 每周全量 weekly-full');
    const job = within(detail).getByTestId('image-job');
    expect(job).toHaveTextContent('j-vol-RESTORE1');
    expect(within(job).getByTestId('image-job-status')).toHaveTextContent('working');
    await app.user.click(within(job).getByTestId('image-job-follow'));
    expect(useJobs.getState().jobs.find((j) => j.action === 'snapshot.exportVolume')).toMatchObject({ spec: { kind: 'idc51-job', jobId: 'j-vol-RESTORE1' }, target: { kind: 'volume', id: 'vol-RESTORE1' } });
    app.clock.advance(5 * MINUTE);
    await waitFor(() => expect(useJobs.getState().jobs.find((j) => j.action === 'snapshot.exportVolume')?.status).toBe('succeeded'), { timeout: 15_000 });
    await waitFor(() => expect(within(screen.getByTestId('image-detail')).getByTestId('image-status')).toHaveAttribute('data-status', 'ready'), { timeout: 10_000 });
    // Done: the job stays on the page, without a follow button.
    expect(within(screen.getByTestId('image-job')).getByTestId('image-job-status')).toHaveTextContent('succeeded');
    expect(screen.queryByTestId('image-job-follow')).toBeNull();
  });

  it('zh-CN: a failed disk job shows failed with the provider error; an image being captured shows its job and links its backup', async () => {
    const { app, table } = await openImages('zh-CN', (state, now) => imageFromBackup(diskFromBackup(state, now, { id: 'vol-BROKEN1', name: '失败盘 broken-disk', backup: 's-sdDCVGBE', failed: true }), now));
    const disk = (await within(table).findByText('失败盘 broken-disk', {}, { timeout: 10_000 })).closest('tr')!;
    expect(disk).toHaveTextContent('备份生成的云盘');
    expect(within(disk).getByTestId('image-status')).toHaveAttribute('data-status', 'failed');
    expect(within(disk).getByTestId('image-status')).toHaveTextContent('失败');
    expect(within(disk).getByTestId('image-job-state')).toHaveTextContent('任务已失败');
    const captured = within(table).getByText('官网新映像 web-next').closest('tr')!;
    expect(captured).toHaveTextContent('捕获镜像');
    expect(within(captured).getByTestId('image-job-state')).toHaveTextContent('任务执行中');
    expect(new URLSearchParams(within(captured).getByTestId('image-origin').getAttribute('href')!.split('?')[1])).toEqual(
      new URLSearchParams({ connection: 'demo-idc51', vm: 'ins-JWFQNPY', snapshot: 'ss-qweqwrf' }),
    );
    expect(screen.getByTestId('images-total')).toHaveTextContent('显示 4 / 共 4 个镜像');

    await app.router.navigate({ href: '/images/demo-idc51/vol-BROKEN1' });
    const detail = await screen.findByTestId('image-detail');
    expect(detail).toHaveTextContent('生成云盘任务');
    expect(within(detail).getByTestId('image-job-error')).toHaveTextContent(`服务商返回：${FAIL_INFO}`);
    expect(within(detail).queryByTestId('image-job-follow')).toBeNull();
  });
});
