// @vitest-environment node
import { DBC_IMAGE_SERVERS, DBC_NODES, DBC_SNAPSHOTS, DBC_TASKS } from '../mocks/dbc/seed';
import { createControlClient } from '@/api/control/client';
import { currentPosition, deletionSet } from '@/domain/snapshots/queries';
import { demoRuntime, emulatedBackend, finishAll, pollToEnd } from './vms-emulated';
import { targetOf } from './snapshots-emulated';

// Real provider durations on the manual clock: nothing moves until a test polls a job to its end.
emulatedBackend(1);
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ provider: 'dbc', dataset: 'demo' });
  await control.clearFaults();
});

async function setUp(era: 'current' | '2022') {
  const { runtime } = demoRuntime('dbc', { options: { era } });
  const vm = await runtime.vms.get(DBC_TASKS.withSnapshots);
  return { runtime, vm, target: targetOf(vm) };
}

describe('DBC snapshots against the emulator', () => {
  it('era C (current): the seed list as a line, newest last, "now" after it', async () => {
    const { runtime, target } = await setUp('current');
    expect(target.nodeId).toBe(DBC_NODES.snapshots);
    const tree = await runtime.snapshots.tree(target);
    expect(tree.roots).toEqual([DBC_SNAPSHOTS.first]);
    expect(tree.nodes.get(DBC_SNAPSHOTS.second)).toMatchObject({ parentId: DBC_SNAPSHOTS.first, status: 'ready', kind: 'disk' });
    expect(currentPosition(tree)?.afterId).toBe(DBC_SNAPSHOTS.second);
  });

  it('era C: create on the shut-off VM (uploaded to the image center) → delete; no rollback on DBC', async () => {
    const { runtime, target } = await setUp('current');
    let tree = await runtime.snapshots.tree(target);
    expect(runtime.snapshots.can(tree, 'create')).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.uploadsToImageCenter' }] });
    expect(runtime.snapshots.can(tree, 'rollback', DBC_SNAPSHOTS.first)).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.notOffered' } });
    await expect(runtime.snapshots.rollback(tree, { snapshotId: DBC_SNAPSHOTS.first })).rejects.toMatchObject({ code: 'SNAPSHOT_REFUSED', reason: { key: 'snapshot.reason.notOffered' } });
    const { jobs } = await runtime.snapshots.create(target, { name: 'vitest-c', description: 'era C' });
    expect(jobs).toEqual([{ kind: 'dbc-snapshot', nodeId: DBC_NODES.snapshots, taskId: DBC_TASKS.withSnapshots, name: 'vitest-c', era: 'C' }]);
    const checks = await pollToEnd(runtime, jobs[0]!, { everyMs: 20_000 });
    expect(checks.map((c) => c.providerStatus)).toEqual(expect.arrayContaining(['creating', 'uploading', 'none']));
    expect(checks.at(-1)!.status).toBe('succeeded');
    tree = await runtime.snapshots.tree(target);
    expect(currentPosition(tree)?.afterId).toBe('vitest-c');
    expect(deletionSet(tree, 'vitest-c', 'single').removed).toEqual(['vitest-c']);
    expect(await runtime.snapshots.delete(tree, 'vitest-c')).toEqual({ jobs: [] });
    expect((await runtime.snapshots.tree(target)).nodes.has('vitest-c')).toBe(false);
  });

  it('era C: the finished snapshot is in the image server it was uploaded to', async () => {
    const { runtime, target } = await setUp('current');
    const { jobs } = await runtime.snapshots.create(target, { name: 'landed', imageServer: DBC_IMAGE_SERVERS[0] });
    await finishAll(runtime, jobs, 20_000);
    const images = await runtime.imageCenter!.list();
    expect(images.some((image) => image.server === DBC_IMAGE_SERVERS[0] && image.name.includes('landed'))).toBe(true);
  });

  it('era B (2022): per-disk details, create with chosen disks, delete', async () => {
    const { runtime, target } = await setUp('2022');
    let tree = await runtime.snapshots.tree(target);
    expect(tree.nodes.get(DBC_SNAPSHOTS.first)!.disks.length).toBeGreaterThan(0);
    expect(runtime.snapshots.can(tree, 'chooseDisks')).toEqual({ allowed: true, notes: [] });
    const { jobs } = await runtime.snapshots.create(target, { name: 'vitest-b', description: 'era B', disks: ['vda'] });
    expect(await finishAll(runtime, jobs, 20_000)).toMatchObject([{ status: 'succeeded', providerStatus: 'shutoff' }]);
    tree = await runtime.snapshots.tree(target);
    expect(tree.nodes.get('vitest-b')).toMatchObject({ disks: [{ diskId: 'vda', mode: 'external' }], status: 'ready' });
    await runtime.snapshots.delete(tree, 'vitest-b');
    expect((await runtime.snapshots.tree(target)).nodes.has('vitest-b')).toBe(false);
  });

  it('era B: while the snapshot is made the task reads "creating snapshot"', async () => {
    const { runtime, target } = await setUp('2022');
    await runtime.snapshots.create(target, { name: 'word', description: 'x' });
    expect((await runtime.vms.get(DBC_TASKS.withSnapshots)).providerStatus).toBe('creating snapshot');
  });

  it('a running VM cannot snapshot: refused with the reason before any request', async () => {
    const { runtime, target } = await setUp('current');
    const tree = await runtime.snapshots.tree({ ...target, vm: { status: 'running', providerStatus: 'running' } });
    expect(runtime.snapshots.can(tree, 'create')).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.vmOff', params: { status: 'running' } } });
  });
});
