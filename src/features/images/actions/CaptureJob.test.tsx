import { screen, waitFor, within } from '@testing-library/react';
import { useJobs } from '@/shared/jobs/store';
import { renderApp } from '@/test/renderApp';

/** The parts of the 51idc emulator's state this test changes (mocks/idc51/state.ts). */
interface Idc51Seen {
  images: { id: string; zone: string; provider: string; [field: string]: unknown }[];
  jobs: unknown[];
}

/** A 51idc image still being captured from a backup, with its running job (as capture_instance leaves them). */
function capturing(state: Idc51Seen, now: number): Idc51Seen {
  const template = state.images.find((i) => i.provider === 'self')!;
  return {
    ...state,
    images: [...state.images, { ...template, id: 'img-CAPT001', name: 'capturing-golden', status: 'pending', transition: 'creating', createdAt: now, statusAt: now }],
    jobs: [
      ...state.jobs,
      { id: 'j-CAPT001', requestId: 'r-CAPT001', action: 'CaptureInstanceFromSnapshot', zone: template.zone, resourceIds: ['img-CAPT001'], createdAt: now, pendingMs: 0, workMs: 8 * 60_000, settled: false, effect: { kind: 'captureInstance', snapshotId: 'ss-x', imageId: 'img-CAPT001' } },
    ],
  };
}

describe('51idc captured images', () => {
  it('an image still being captured shows as creating with its capture job, which the Jobs drawer can follow; the origin links to the backups', async () => {
    const app = await renderApp('/images?provider=idc51', { connections: ['idc51'] });
    const emulator = app.backend.emulators.idc51;
    expect(emulator.restore(capturing(emulator.snapshot() as Idc51Seen, app.clock.now()))).toBe(true);
    await app.router.navigate({ href: '/images/demo-idc51/img-CAPT001' });
    const job = await screen.findByTestId('image-job', {}, { timeout: 10_000 });
    expect(job).toHaveTextContent('j-CAPT001');
    expect(job).toHaveTextContent('working');
    expect(screen.getByTestId('image-detail')).toHaveTextContent('Creating');
    expect(app.requests.matching('GET', /\/v2\/zone\/ac1\/jobs/, 'idc51')).not.toHaveLength(0);
    await app.user.click(within(job).getByTestId('image-job-follow'));
    expect(useJobs.getState().jobs.find((j) => j.action === 'image.capture')).toMatchObject({ spec: { kind: 'idc51-job', jobId: 'j-CAPT001' }, target: { id: 'img-CAPT001' } });
    expect(await within(job).findByText('Followed in the Jobs drawer')).toBeInTheDocument();
    app.clock.advance(8 * 60_000);
    await waitFor(() => expect(useJobs.getState().jobs.find((j) => j.action === 'image.capture')?.status).toBe('succeeded'), { timeout: 15_000 });
    expect(screen.getByTestId('image-origin')).toHaveAttribute('href', expect.stringContaining('/snapshots'));
  });
});
