// @vitest-environment node
import { SEED_IDS } from '../mocks/zstack/seed';
import { createControlClient } from '@/api/control/client';
import { currentPosition, deletionSet, lostOnRollback } from '@/domain/snapshots/queries';
import { demoRuntime, emulatedBackend, finishAll } from './vms-emulated';
import { targetOf } from './snapshots-emulated';

// Real provider durations on the manual clock: nothing moves until a test polls a job to its end.
emulatedBackend(1);
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ provider: 'zstack', dataset: 'demo' });
  await control.clearFaults();
});

async function setUp(vmId: string = SEED_IDS.stoppedVm) {
  const { runtime } = demoRuntime('zstack');
  const target = targetOf(await runtime.vms.get(vmId));
  return { runtime, target };
}
const ROOT = SEED_IDS.stoppedVmRootVolume;

describe('ZStack snapshots against the emulator', () => {
  it('a VM with multi-tree volumes: one root per tree, "now" at the current tree\'s latest per volume', async () => {
    const { runtime, target } = await setUp();
    const tree = await runtime.snapshots.tree(target);
    const names = tree.roots.map((id) => tree.nodes.get(id)!.name);
    expect(names).toEqual(expect.arrayContaining(['旧基线 old-baseline', '初始安装 baseline', 'binlog-cut-1']));
    expect(currentPosition(tree, ROOT)?.afterId).toBe(SEED_IDS.latestSnapshot);
    expect(tree.positions).toHaveLength(2);
    expect(tree.nodes.get(SEED_IDS.readySnapshot)).toMatchObject({ kind: 'full', status: 'ready', resource: { id: ROOT, role: 'root' } });
    expect(tree.nodes.get(SEED_IDS.disabledSnapshot)).toBeUndefined(); // another VM's
  });

  it('create → revert → delete subtree → export, each an api-job', async () => {
    const { runtime, target } = await setUp();
    const created = await runtime.snapshots.create(target, { name: 'vitest-snap', description: 'flow' });
    expect(created.jobs).toHaveLength(1);
    expect(await finishAll(runtime, created.jobs, 5000)).toMatchObject([{ status: 'succeeded' }]);
    let tree = await runtime.snapshots.tree(target);
    const mine = [...tree.nodes.values()].find((n) => n.name === 'vitest-snap')!;
    expect(mine).toMatchObject({ parentId: SEED_IDS.latestSnapshot, kind: 'incremental', status: 'ready' });
    expect(currentPosition(tree, ROOT)?.afterId).toBe(mine.id);
    expect(lostOnRollback(tree, SEED_IDS.readySnapshot).leftBehind).toHaveLength(5);

    const reverted = await runtime.snapshots.rollback(tree, { snapshotId: SEED_IDS.readySnapshot });
    expect(await finishAll(runtime, reverted.jobs, 5000)).toMatchObject([{ status: 'succeeded' }]);
    tree = await runtime.snapshots.tree(target);
    expect(currentPosition(tree, ROOT)?.afterId).toBe(SEED_IDS.readySnapshot);

    const goes = deletionSet(tree, SEED_IDS.branchSnapshot, 'subtree').removed;
    expect(goes).toHaveLength(2);
    expect(runtime.snapshots.can(tree, 'delete', SEED_IDS.branchSnapshot)).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.takesSubtree' }] });
    const deleted = await runtime.snapshots.delete(tree, SEED_IDS.branchSnapshot);
    expect(await finishAll(runtime, deleted.jobs, 5000)).toMatchObject([{ status: 'succeeded' }]);
    tree = await runtime.snapshots.tree(target);
    for (const id of goes) expect(tree.nodes.has(id)).toBe(false);

    await finishAll(runtime, (await runtime.snapshots.modify(tree, mine.id, { description: 'renamed' })).jobs, 1000);
    const exported = await runtime.snapshots.export(tree, { snapshotId: SEED_IDS.readySnapshot, as: 'template', name: 'vitest-template' });
    expect(await finishAll(runtime, exported.jobs, 60_000)).toMatchObject([{ status: 'succeeded' }]);
    expect((await runtime.snapshots.tree(target)).nodes.get(mine.id)!.description).toBe('renamed');
  });

  it('deleting the latest snapshot puts "now" back on its parent', async () => {
    const { runtime, target } = await setUp();
    await finishAll(runtime, (await runtime.snapshots.create(target, { name: 'tip' })).jobs, 5000);
    let tree = await runtime.snapshots.tree(target);
    const tip = currentPosition(tree, ROOT)!.afterId!;
    expect(deletionSet(tree, tip, 'subtree').positionMoves).toEqual({ scopeId: ROOT, to: SEED_IDS.latestSnapshot });
    await finishAll(runtime, (await runtime.snapshots.delete(tree, tip)).jobs, 5000);
    tree = await runtime.snapshots.tree(target);
    expect(currentPosition(tree, ROOT)?.afterId).toBe(SEED_IDS.latestSnapshot);
  });

  it('deleting a subtree that contains latest below its root moves "now" to the subtree\'s parent', async () => {
    const { runtime, target } = await setUp();
    await finishAll(runtime, (await runtime.snapshots.create(target, { name: 'one' })).jobs, 5000);
    await finishAll(runtime, (await runtime.snapshots.create(target, { name: 'two' })).jobs, 5000);
    let tree = await runtime.snapshots.tree(target);
    const one = [...tree.nodes.values()].find((n) => n.name === 'one')!;
    await finishAll(runtime, (await runtime.snapshots.delete(tree, one.id)).jobs, 5000);
    tree = await runtime.snapshots.tree(target);
    expect(currentPosition(tree, ROOT)?.afterId).toBe(SEED_IDS.latestSnapshot);
  });

  it('a running VM cannot revert: refused up front with the reason', async () => {
    const { runtime, target } = await setUp(SEED_IDS.runningVm);
    const tree = await runtime.snapshots.tree(target);
    expect(runtime.snapshots.can(tree, 'rollbackVolume', SEED_IDS.runningVmSnapshot)).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.vmOff' } });
    await expect(runtime.snapshots.rollback(tree, { snapshotId: SEED_IDS.runningVmSnapshot })).rejects.toMatchObject({
      code: 'SNAPSHOT_REFUSED',
      message: 'The VM must be shut off first (now Running)',
      messageZh: '需先将虚拟机关机（当前 Running）',
    });
  });
});
