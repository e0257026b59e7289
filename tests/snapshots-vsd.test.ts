// @vitest-environment node
import { SEED } from '../mocks/vsd/seed';
import { createControlClient } from '@/api/control/client';
import { createHttp } from '@/api/http';
import { vsdProtocol } from '@/api/vsd/protocol';
import { createVsdSnapshotClient } from '@/api/vsd/snapshots';
import { currentPosition, lostOnRollback } from '@/domain/snapshots/queries';
import { demoRuntime, emulatedBackend, finishAll } from './vms-emulated';
import { targetOf } from './snapshots-emulated';

// Real provider durations on the manual clock: nothing moves until a test polls a job to its end.
emulatedBackend(1);
const control = createControlClient('http://localhost/mock/__control');
beforeEach(async () => {
  await control.reset({ provider: 'vsd', dataset: 'demo' });
  await control.clearFaults();
});

async function setUp(name?: string) {
  const { runtime } = demoRuntime('vsd');
  const vm = name ? (await runtime.vms.list()).vms.find((v) => v.name === name)! : await runtime.vms.get(SEED.compute);
  return { runtime, vm, target: targetOf(vm) };
}

describe('vsd snapshots against the emulator', () => {
  it('tree of the seed VM: origin, and "now" under it', async () => {
    const { runtime, target } = await setUp();
    const tree = await runtime.snapshots.tree(target);
    expect(tree.roots).toEqual([SEED.snapshotName]);
    expect(currentPosition(tree)?.afterId).toBe(SEED.snapshotName);
    expect(tree.nodes.get(SEED.snapshotName)).toMatchObject({ kind: 'disk', status: 'ready', disks: [{ diskId: SEED.volume, diskName: 'sda' }] });
  });

  it('create → rollback → delete on a shut-off VM, with the rules checked up front', async () => {
    const { runtime, target } = await setUp();
    expect(await runtime.snapshots.create(target, { name: 'before-upgrade', description: 'vitest' })).toEqual({ jobs: [] });
    let tree = await runtime.snapshots.tree(target);
    expect(tree.nodes.get('before-upgrade')).toMatchObject({ parentId: SEED.snapshotName, description: 'vitest' });
    expect(currentPosition(tree)?.afterId).toBe('before-upgrade');
    expect(lostOnRollback(tree, SEED.snapshotName)).toEqual({ changesSince: 'before-upgrade', leftBehind: ['before-upgrade'], samePlace: false });

    expect(runtime.snapshots.can(tree, 'rollback', SEED.snapshotName)).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.vmStaysOff' }] });
    const rolled = await runtime.snapshots.rollback(tree, { snapshotId: SEED.snapshotName });
    expect(await finishAll(runtime, rolled.jobs, 1000)).toEqual([{ status: 'succeeded', providerStatus: 'shutoff' }]);
    tree = await runtime.snapshots.tree(target);
    expect(currentPosition(tree)?.afterId).toBe(SEED.snapshotName);
    // origin now has a child and the running disks under it: the provider refuses, so the model says so first.
    expect(runtime.snapshots.can(tree, 'delete', SEED.snapshotName)).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.tooManyChildren', params: { count: 2 } } });
    await expect(runtime.snapshots.delete(tree, SEED.snapshotName)).rejects.toMatchObject({ code: 'SNAPSHOT_REFUSED' });

    await runtime.snapshots.modify(tree, 'before-upgrade', { description: 'kept for a week' });
    await runtime.snapshots.delete(tree, 'before-upgrade');
    tree = await runtime.snapshots.tree(target);
    expect([...tree.nodes.keys()]).toEqual([SEED.snapshotName]);
  });

  it('the platform itself refuses deleting a snapshot with one child plus the running head (23003)', async () => {
    const { runtime, target } = await setUp();
    await runtime.snapshots.create(target, { name: 'child' });
    await runtime.snapshots.rollback(await runtime.snapshots.tree(target), { snapshotId: SEED.snapshotName });
    const client = createVsdSnapshotClient(createHttp(vsdProtocol, { baseUrl: 'http://localhost/mock/vsd' }));
    await expect(client.delete({ cluster_uuid: SEED.cluster, compute_uuid: SEED.compute, name: SEED.snapshotName })).rejects.toMatchObject({ code: '23003' });
  });

  it('a memory snapshot of a running VM is usable once saved; rolling back to it resumes the VM', async () => {
    const { runtime, target } = await setUp('财务数据库');
    const tree0 = await runtime.snapshots.tree(target);
    expect(runtime.snapshots.can(tree0, 'createWithMemory')).toEqual({ allowed: true, notes: [] });
    const { jobs } = await runtime.snapshots.create(target, { name: 'mem-vitest', withMemory: true });
    expect(jobs).toEqual([{ kind: 'vsd-snapshot-memory', computeUuid: target.vmId, name: 'mem-vitest' }]);
    const saving = await runtime.snapshots.tree(target);
    expect(saving.nodes.get('mem-vitest')).toMatchObject({ kind: 'memoryAndDisk', memory: 'saving', status: 'creating' });
    expect(runtime.snapshots.can(saving, 'rollbackWithMemory', 'mem-vitest')).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.memoryNotReady' } });
    expect(await finishAll(runtime, jobs, 10_000)).toMatchObject([{ status: 'succeeded', providerStatus: 'ready', progress: 100 }]);

    const ready = await runtime.snapshots.tree(target);
    expect(runtime.snapshots.can(ready, 'rollbackWithMemory', 'mem-vitest')).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.resumesFromMemory' }] });
    const back = await runtime.snapshots.rollback(ready, { snapshotId: 'mem-vitest', withMemory: true });
    expect(await finishAll(runtime, back.jobs, 1000)).toEqual([{ status: 'succeeded', providerStatus: 'running' }]);
  });

  it('memory images saving or failed: refused with their reasons; a failed one can still be deleted', async () => {
    const { runtime, target } = await setUp('客服系统-app');
    const tree = await runtime.snapshots.tree(target);
    const nodes = [...tree.nodes.values()];
    const saving = nodes.find((n) => n.memory === 'saving')!;
    const failed = nodes.find((n) => n.memory === 'failed')!;
    expect(saving).toMatchObject({ status: 'creating', providerStatus: 'saving' });
    expect(runtime.snapshots.can(tree, 'delete', saving.id)).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.snapshotBusy' } });
    expect(runtime.snapshots.can(tree, 'rollbackWithMemory', failed.id)).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.memoryNotReady', params: { status: 'failed' } } });
    expect(runtime.snapshots.can(tree, 'create')).toMatchObject({ allowed: false, reason: { key: 'snapshot.reason.inProgress', params: { name: saving.name } } });
    // patch-baseline → failed → saving → now: the failed one has one child, which moves up.
    expect(runtime.snapshots.can(tree, 'delete', failed.id)).toEqual({ allowed: true, notes: [{ key: 'snapshot.note.childrenMoveUp' }] });
    await runtime.snapshots.delete(tree, failed.id);
    const after = await runtime.snapshots.tree(target);
    expect(after.nodes.has(failed.id)).toBe(false);
    expect(after.nodes.get(saving.id)!.parentId).toBe('patch-baseline');
  });

  it('per-volume rollback of a shut-off VM answers per disk', async () => {
    const { runtime, target } = await setUp();
    const tree = await runtime.snapshots.tree(target);
    expect(await runtime.snapshots.rollback(tree, { snapshotId: SEED.snapshotName, diskIds: [SEED.volume] })).toEqual({ jobs: [], parts: [{ diskId: SEED.volume, diskName: 'sda', ok: true }] });
  });

  it('the large dataset\'s 5,000-snapshot VM builds into one tree with "now" under the newest', async () => {
    await control.reset({ provider: 'vsd', dataset: 'large' });
    const { runtime, target } = await setUp('snapshot-stress-5000');
    const tree = await runtime.snapshots.tree(target);
    expect(tree.nodes.size).toBe(5000);
    expect(tree.roots).toHaveLength(1);
    const newest = [...tree.nodes.values()].reduce((a, b) => ((b.createdAt ?? '') > (a.createdAt ?? '') ? b : a));
    expect(currentPosition(tree)?.afterId).toBe(newest.id);
  });
});
