// @vitest-environment node
import { createControlClient } from '@/api/control/client';
import { currentPosition, deletionSet, lostOnRollback } from '@/domain/snapshots/queries';
import { demoRuntime, emulatedBackend, finishAll } from './vms-emulated';
import { targetOf } from './snapshots-emulated';

// Real provider durations on the manual clock: nothing moves until a test polls a job to its end.
emulatedBackend(1);
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ provider: 'idc51', dataset: 'demo' });
  await control.clearFaults();
});

const WEB = 'ins-JWFQNPY';

async function setUp(volumeId?: string) {
  const { runtime } = demoRuntime('idc51');
  const target = targetOf(await runtime.vms.get(WEB), volumeId ? { volumeId } : {});
  return { runtime, target };
}

describe('51idc backups against the emulator', () => {
  it('an instance and its disk: one chain per resource, "now" at each head', async () => {
    const { runtime, target } = await setUp();
    const tree = await runtime.snapshots.tree(target);
    expect(tree.roots).toContain('ss-qweqwrf');
    expect(tree.nodes.get('ss-qweqwrf')).toMatchObject({ kind: 'full', resource: { kind: 'vm', id: WEB }, group: 'ss-qweqwrf', status: 'ready' });
    const chain = [...tree.nodes.values()].filter((n) => n.group === 'ss-qweqwrf');
    expect(chain).toHaveLength(5);
    expect(chain.filter((n) => n.kind === 'incremental')).toHaveLength(4);
    expect(tree.nodes.get(currentPosition(tree, WEB)!.afterId!)!.group).toBe('ss-qweqwrf');
    expect(tree.positions.map((p) => p.scope.kind)).toEqual(['vm', 'volume']);
  });

  it('create → apply (restarting the running instance) → delete later points → modify → export image', async () => {
    const { runtime, target } = await setUp();
    const created = await runtime.snapshots.create(target, { name: 'vitest-backup' });
    expect(created.jobs).toEqual([{ kind: 'idc51-job', zone: 'ac1', jobId: expect.any(String) }]);
    expect(await finishAll(runtime, created.jobs, 15_000)).toMatchObject([{ status: 'succeeded', providerStatus: 'successful' }]);
    let tree = await runtime.snapshots.tree(target);
    const mine = [...tree.nodes.values()].find((n) => n.name === 'vitest-backup')!;
    expect(mine).toMatchObject({ kind: 'incremental', group: 'ss-qweqwrf' });
    expect(currentPosition(tree, WEB)?.afterId).toBe(mine.id);

    expect(runtime.snapshots.can(tree, 'rollback', 'ss-qweqwrf')).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.restartsRunning' }] });
    expect(lostOnRollback(tree, 'ss-qweqwrf')).toMatchObject({ changesSince: mine.id, samePlace: false });
    const applied = await runtime.snapshots.rollback(tree, { snapshotId: 'ss-qweqwrf' });
    expect(await finishAll(runtime, applied.jobs, 15_000)).toMatchObject([{ status: 'succeeded' }]);
    tree = await runtime.snapshots.tree(target);
    expect(currentPosition(tree, WEB)?.afterId).toBe('ss-qweqwrf');

    const second = tree.children.get('ss-qweqwrf')![0]!;
    const goes = deletionSet(tree, second, 'subtree').removed;
    expect(goes).toHaveLength(5); // the 4 later seed points and ours
    const deleted = await runtime.snapshots.delete(tree, second);
    expect(await finishAll(runtime, deleted.jobs, 5000)).toMatchObject([{ status: 'succeeded' }]);
    tree = await runtime.snapshots.tree(target);
    for (const id of goes) expect(tree.nodes.has(id)).toBe(false);

    expect(await runtime.snapshots.modify(tree, 'ss-qweqwrf', { name: 'golden', description: 'kept' })).toEqual({ jobs: [] });
    expect(runtime.snapshots.can(tree, 'exportVolume', 'ss-qweqwrf')).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.volumeOnly' } });
    const exported = await runtime.snapshots.export(tree, { snapshotId: 'ss-qweqwrf', as: 'image', name: 'vitest-image' });
    expect(await finishAll(runtime, exported.jobs, 60_000)).toMatchObject([{ status: 'succeeded' }]);
    expect((await runtime.snapshots.tree(target)).nodes.get('ss-qweqwrf')).toMatchObject({ name: 'golden', description: 'kept' });
  });

  it('a forced full backup of one volume opens a new chain', async () => {
    const { runtime, target } = await setUp('vol-ascdvf');
    const before = await runtime.snapshots.tree(target);
    const { jobs } = await runtime.snapshots.create(target, { name: 'full-now', full: true });
    await finishAll(runtime, jobs, 30_000);
    const tree = await runtime.snapshots.tree(target);
    const mine = [...tree.nodes.values()].find((n) => n.name === 'full-now')!;
    expect(mine).toMatchObject({ kind: 'full', parentId: undefined, group: mine.id, resource: { kind: 'volume', id: 'vol-ascdvf' } });
    expect(tree.roots.length).toBe(before.roots.length + 1);
    expect(currentPosition(tree, 'vol-ascdvf')?.afterId).toBe(mine.id);
  });
});
