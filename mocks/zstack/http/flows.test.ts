// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DURATION_MS } from '../lib/constants';
import { SEED_IDS } from '../seed';
import type { ZStackState } from '../state';
import { createHarness, type Called } from '../testkit';

type Snapshot = { uuid: string; latest: boolean; status: string; treeUuid: string };

async function setup() {
  const h = createHarness();
  const session = await h.login();
  const state = () => h.emulator.snapshot() as ZStackState;
  const snapshot = async (uuid: string) => ((await h.call('GET', `/zstack/v1/volume-snapshots/${uuid}`, { session })).json.inventories as Snapshot[])[0];
  return { ...h, session, state, snapshot };
}

describe('revert', () => {
  it('runs for the scaled duration, then makes the snapshot latest and its tree current', async () => {
    const h = await setup();
    const res = await h.call('PUT', `/zstack/v1/volume-snapshots/${SEED_IDS.branchSnapshot}/actions`, { session: h.session, body: { revertVolumeFromSnapshot: {} } });
    expect(res.status).toBe(202);
    expect(res.json.apiTimeout).toBe(86_400_000);
    h.clock.advance(DURATION_MS.revert - 1);
    expect(await h.call('GET', h.jobPath(res))).toMatchObject({ status: 202, text: '' });
    h.clock.advance(1);
    expect(await h.call('GET', h.jobPath(res))).toMatchObject({ status: 200, text: '' });
    expect((await h.snapshot(SEED_IDS.branchSnapshot))?.latest).toBe(true);
    expect((await h.snapshot(SEED_IDS.latestSnapshot))?.latest).toBe(false);
  });

  it('is refused through the poll while the VM runs', async () => {
    const h = await setup();
    const res = await h.call('PUT', `/zstack/v1/volume-snapshots/${SEED_IDS.runningVmSnapshot}/actions`, { session: h.session, body: { revertVolumeFromSnapshot: {} } });
    expect(res.status).toBe(202);
    const poll = await h.call('GET', h.jobPath(res));
    expect(poll.status).toBe(503);
    expect(poll.json.error?.code).toBe('SYS.1006');
    expect(poll.json.error?.details).toMatch(/not in Stopped state, current state is Running/);
  });

  it('fails halfway with a wrapped cause when jobFailsHalfway is set, leaving the markers alone', async () => {
    const h = await setup();
    h.faults.setFlags('zstack', { jobFailsHalfway: true });
    const res = await h.call('PUT', `/zstack/v1/volume-snapshots/${SEED_IDS.readySnapshot}/actions`, { session: h.session, body: { revertVolumeFromSnapshot: {} } });
    h.clock.advance(DURATION_MS.revert / 2);
    const poll = await h.call('GET', h.jobPath(res));
    expect(poll.status).toBe(503);
    expect(poll.json.error?.code).toBe('SYS.1006');
    expect(poll.json.error?.cause?.code).toBe('SYS.1001');
    expect((await h.snapshot(SEED_IDS.latestSnapshot))?.latest).toBe(true);
    expect(h.faults.flags('zstack').jobFailsHalfway).toBe(false);
  });
});

describe('delete', () => {
  it('marks the subtree Deleting, then removes it; the parent becomes latest', async () => {
    const h = await setup();
    const parent = h.state().snapshots.find((s) => s.uuid === SEED_IDS.branchSnapshot)?.parentUuid as string;
    const res = await h.call('DELETE', `/zstack/v1/volume-snapshots/${SEED_IDS.branchSnapshot}?deleteMode=Permissive`, { session: h.session });
    expect(res.status).toBe(202);
    expect((await h.snapshot(SEED_IDS.branchSnapshot))?.status).toBe('Deleting');
    h.clock.advance(DURATION_MS.deleteSnapshot);
    expect((await h.call('GET', h.jobPath(res))).status).toBe(200);
    expect(await h.snapshot(SEED_IDS.branchSnapshot)).toBeUndefined();
    expect(h.state().snapshots.filter((s) => s.parentUuid === SEED_IDS.branchSnapshot)).toEqual([]);
    expect(await h.snapshot(parent)).toBeDefined();
  });

  it('deleting the latest makes its parent latest; unknown uuids succeed; bad deleteMode is SYS.1007', async () => {
    const h = await setup();
    const parent = h.state().snapshots.find((s) => s.uuid === SEED_IDS.latestSnapshot)?.parentUuid as string;
    // The seeded nightly template is being made from this snapshot: Permissive refuses, Enforcing goes ahead.
    const permissive = await h.call('DELETE', `/zstack/v1/volume-snapshots/${SEED_IDS.latestSnapshot}`, { session: h.session });
    expect((await h.call('GET', h.jobPath(permissive))).json.error?.code).toBe('SYS.1004');
    const res = await h.call('DELETE', `/zstack/v1/volume-snapshots/${SEED_IDS.latestSnapshot}?deleteMode=Enforcing`, { session: h.session });
    h.clock.advance(DURATION_MS.deleteSnapshot);
    expect((await h.call('GET', h.jobPath(res))).status).toBe(200);
    expect((await h.snapshot(parent))?.latest).toBe(true);
    const gone = await h.call('DELETE', '/zstack/v1/volume-snapshots/0123456789abcdef0123456789abcdef', { session: h.session });
    expect((await h.call('GET', h.jobPath(gone))).status).toBe(200);
    const bad = await h.call('DELETE', `/zstack/v1/volume-snapshots/${SEED_IDS.readySnapshot}?deleteMode=Force`, { session: h.session });
    expect((await h.call('GET', h.jobPath(bad))).json.error?.code).toBe('SYS.1007');
  });

  it('Permissive is refused while a data volume is being made from a snapshot of the subtree, allowed once it is Ready', async () => {
    const h = await setup();
    const made = await h.call('POST', `/zstack/v1/volumes/data/from/volume-snapshots/${SEED_IDS.branchSnapshot}`, { session: h.session, body: { params: { name: 'from-branch' } } });
    expect(made.status).toBe(202);
    h.clock.advance(DURATION_MS.createDataVolume - 1);
    const refused = await h.call('DELETE', `/zstack/v1/volume-snapshots/${SEED_IDS.branchSnapshot}?deleteMode=Permissive`, { session: h.session });
    const poll = await h.call('GET', h.jobPath(refused));
    expect(poll.status).toBe(503);
    expect(poll.json.error?.code).toBe('SYS.1004');
    expect(poll.json.error?.cause?.code).toBe('SYS.1006');
    expect(poll.text).toMatch(new RegExp(`volume snapshot\\[uuid:${SEED_IDS.branchSnapshot}\\] is in use by a running task creating volume`));
    expect((await h.snapshot(SEED_IDS.branchSnapshot))?.status).toBe('Ready');
    h.clock.advance(1);
    expect((await h.call('GET', h.jobPath(made))).status).toBe(200);
    const res = await h.call('DELETE', `/zstack/v1/volume-snapshots/${SEED_IDS.branchSnapshot}?deleteMode=Permissive`, { session: h.session });
    h.clock.advance(DURATION_MS.deleteSnapshot);
    expect((await h.call('GET', h.jobPath(res))).status).toBe(200);
    expect(await h.snapshot(SEED_IDS.branchSnapshot)).toBeUndefined();
  });

  it('rolls back to Ready when it fails halfway (SYS.1004 with cause)', async () => {
    const h = await setup();
    h.faults.setFlags('zstack', { jobFailsHalfway: true });
    const res = await h.call('DELETE', `/zstack/v1/volume-snapshots/${SEED_IDS.branchSnapshot}`, { session: h.session });
    h.clock.advance(DURATION_MS.deleteSnapshot);
    const poll = await h.call('GET', h.jobPath(res));
    expect(poll.json.error?.code).toBe('SYS.1004');
    expect(poll.json.error?.cause).toBeDefined();
    expect((await h.snapshot(SEED_IDS.branchSnapshot))?.status).toBe('Ready');
  });
});

describe('data-volume template from snapshot', () => {
  const path = (uuid: string) => `/zstack/v1/images/data-volume-templates/from/volume-snapshots/${uuid}`;

  it('creates an image Creating → Ready with backupStorageRefs and failures', async () => {
    const h = await setup();
    const res = await h.call('POST', path(SEED_IDS.readySnapshot), {
      session: h.session,
      body: { params: { name: 'mysql-data-tpl', backupStorageUuids: [SEED_IDS.cephBackupStorage, SEED_IDS.sftpBackupStorage] }, systemTags: ['qemuga'], userTags: ['x'] },
    });
    expect(res.json.apiTimeout).toBe(259_200_000);
    const creating = h.state().images.find((i) => i.name === 'mysql-data-tpl');
    expect(creating?.status).toBe('Creating');
    h.clock.advance(DURATION_MS.createTemplate);
    const poll = await h.call('GET', h.jobPath(res));
    expect(poll.status).toBe(200);
    const inventory = poll.json.inventory as { mediaType: string; status: string; backupStorageRefs: { backupStorageUuid: string; installPath: string; status: string }[] };
    expect(inventory).toMatchObject({ mediaType: 'DataVolumeTemplate', status: 'Ready' });
    expect(inventory.backupStorageRefs).toHaveLength(1);
    expect(inventory.backupStorageRefs[0]?.installPath).toMatch(/^ceph:\/\/zs-images\/[0-9a-f]{32}$/);
    expect(poll.json.failures).toEqual([expect.objectContaining({ backupStorageUuid: SEED_IDS.sftpBackupStorage })]);
  });

  it('refuses placeholders, a Creating snapshot, a missing name and unknown backup storage through the poll', async () => {
    const h = await setup();
    const refusal = async (uuid: string, params: Record<string, unknown>) => {
      const res = await h.call('POST', path(uuid), { session: h.session, body: { params } });
      expect(res.status).toBe(202);
      return (await h.call('GET', h.jobPath(res))).json.error;
    };
    expect((await refusal('{snapshotUuid}', { name: '<name>', backupStorageUuids: ['<backupStorageUuids>'] }))?.code).toBe('SYS.1003');
    expect((await refusal(SEED_IDS.readySnapshot, { name: 'x', backupStorageUuids: ['<backupStorageUuids>'] }))?.details).toMatch(/BackupStorageVO/);
    expect((await refusal(SEED_IDS.readySnapshot, { name: 'x', backupStorageUuids: [SEED_IDS.cephBackupStorage], resourceUuid: '<resourceUuid>' }))?.code).toBe('SYS.1007');
    expect((await refusal(SEED_IDS.readySnapshot, { backupStorageUuids: [SEED_IDS.cephBackupStorage] }))?.details).toMatch(/field\[name\].*mandatory/);
    expect((await refusal(SEED_IDS.readySnapshot, { name: 'x', backupStorageUuids: [] }))?.code).toBe('SYS.1007');
    expect((await refusal(SEED_IDS.creatingSnapshot, { name: 'x', backupStorageUuids: [SEED_IDS.cephBackupStorage] }))?.details).toMatch(/is not Ready/);
    expect((await refusal(SEED_IDS.disabledSnapshot, { name: 'x', backupStorageUuids: [SEED_IDS.cephBackupStorage] }))?.details).toMatch(/is not Enabled/);
    expect((await refusal(SEED_IDS.readySnapshot, { name: 'x', backupStorageUuids: [SEED_IDS.sftpBackupStorage] }))?.details).toMatch(/not Connected/);
  });

  it('takes resourceUuid as the image uuid; the template delete → recover → delete → expunge cycle works', async () => {
    const h = await setup();
    const uuid = '4f3e2d1c0b9a4876a5b4c3d2e1f0a9b8';
    const res = await h.call('POST', path(SEED_IDS.readySnapshot), { session: h.session, body: { params: { name: 'r', backupStorageUuids: [SEED_IDS.imageStoreBackupStorage], resourceUuid: uuid } } });
    h.clock.advance(DURATION_MS.createTemplate);
    expect(((await h.call('GET', h.jobPath(res))).json.inventory as { uuid: string }).uuid).toBe(uuid);
    const run = async (method: string, p: string, body?: unknown) => {
      const r = await h.call(method, p, { session: h.session, body });
      h.clock.advance(10_000);
      return h.call('GET', h.jobPath(r));
    };
    expect((await run('DELETE', `/zstack/v1/images/${uuid}`)).status).toBe(200);
    expect(h.state().images.find((i) => i.uuid === uuid)?.status).toBe('Deleted');
    expect((await run('PUT', `/zstack/v1/images/${uuid}/actions`, { recoverImage: {} })).json.inventory).toMatchObject({ status: 'Ready' });
    expect((await run('PUT', `/zstack/v1/images/${uuid}/actions`, { expungeImage: {} })).json.error?.code).toBe('SYS.1006');
    await run('DELETE', `/zstack/v1/images/${uuid}?deleteMode=Enforcing`);
    expect((await run('PUT', `/zstack/v1/images/${uuid}/actions`, { expungeImage: {} })).status).toBe(200);
    expect(h.state().images.find((i) => i.uuid === uuid)).toBeUndefined();
  });
});

describe('snapshots and VMs', () => {
  it('creates a snapshot chained on the latest, updates it and reads its size', async () => {
    const h = await setup();
    const res = await h.call('POST', `/zstack/v1/volumes/${SEED_IDS.stoppedVmRootVolume}/volume-snapshots`, { session: h.session, body: { params: { name: 'manual-1', description: '手动快照' } } });
    h.clock.advance(DURATION_MS.createSnapshot);
    const created = (await h.call('GET', h.jobPath(res))).json.inventory as Snapshot & { parentUuid: string };
    expect(created).toMatchObject({ latest: true, status: 'Ready', parentUuid: SEED_IDS.latestSnapshot });
    const upd = await h.call('PUT', `/zstack/v1/volume-snapshots/${created.uuid}/actions`, { session: h.session, body: { updateVolumeSnapshot: { name: 'renamed' } } });
    h.clock.advance(DURATION_MS.updateSnapshot);
    expect((await h.call('GET', h.jobPath(upd))).json.inventory).toMatchObject({ name: 'renamed' });
    const size = await h.call('PUT', `/zstack/v1/volume-snapshots/${created.uuid}/actions`, { session: h.session, body: { getVolumeSnapshotSize: {} } });
    h.clock.advance(DURATION_MS.snapshotSize);
    expect((await h.call('GET', h.jobPath(size))).json).toEqual({ size: expect.any(Number), actualSize: expect.any(Number) });
  });

  it('starts and stops VMs through their transitional states and refuses wrong states', async () => {
    const h = await setup();
    const actions = `/zstack/v1/vm-instances/${SEED_IDS.stoppedVm}/actions`;
    const vmState = () => h.state().vms.find((v) => v.uuid === SEED_IDS.stoppedVm)?.state;
    const start = await h.call('PUT', actions, { session: h.session, body: { startVmInstance: {} } });
    expect(vmState()).toBe('Starting');
    const early = await h.call('PUT', actions, { session: h.session, body: { stopVmInstance: { type: 'cold' } } });
    expect((await h.call('GET', h.jobPath(early))).json.error?.cause?.code).toBe('VM.1010');
    h.clock.advance(DURATION_MS.vmStart);
    expect((await h.call('GET', h.jobPath(start))).json.inventory).toMatchObject({ state: 'Running' });
    const stop = await h.call('PUT', actions, { session: h.session, body: { stopVmInstance: { type: 'cold' } } });
    h.clock.advance(DURATION_MS.vmStopCold);
    const stopped = (await h.call('GET', h.jobPath(stop))).json.inventory as Record<string, unknown>;
    expect(stopped.state).toBe('Stopped');
    expect(stopped).not.toHaveProperty('hostUuid');
    const bad = await h.call('PUT', actions, { session: h.session, body: { stopVmInstance: { type: 'hard' } } });
    expect((await h.call('GET', h.jobPath(bad))).json.error?.code).toBe('SYS.1007');
  });
});

describe('two snapshot creates on one volume (per-volume queue)', () => {
  type Leaf = { inventory: { uuid: string }; children: Leaf[] };
  type Placed = Snapshot & { parentUuid?: string; name: string };

  /** A Ready, Enabled volume without any snapshot tree yet. */
  const bareVolume = (state: ZStackState) =>
    state.volumes.find((v) => v.status === 'Ready' && v.state === 'Enabled' && (v.type === 'Root' || v.type === 'Data') && !state.trees.some((t) => t.volumeUuid === v.uuid))?.uuid as string;

  async function queueSetup() {
    const h = await setup();
    const create = (volumeUuid: string, name: string) => h.call('POST', `/zstack/v1/volumes/${volumeUuid}/volume-snapshots`, { session: h.session, body: { params: { name } } });
    const listed = async (volumeUuid: string) =>
      ((await h.call('GET', `/zstack/v1/volume-snapshots?q=volumeUuid=${volumeUuid}`, { session: h.session })).json.inventories as Placed[]);
    /** Every snapshot of the volume must sit in the nested tree of its tree (one root per tree). */
    const expectAllNested = async (volumeUuid: string) => {
      const trees = (await h.call('GET', `/zstack/v1/volume-snapshots/trees?q=volumeUuid=${volumeUuid}`, { session: h.session })).json.inventories as { uuid: string; tree?: Leaf }[];
      const walk = (leaf: Leaf): string[] => [leaf.inventory.uuid, ...leaf.children.flatMap(walk)];
      for (const snapshot of await listed(volumeUuid)) {
        const tree = trees.find((t) => t.uuid === snapshot.treeUuid);
        expect(tree?.tree ? walk(tree.tree) : [], snapshot.name).toContain(snapshot.uuid);
      }
    };
    return { ...h, create, listed, expectAllNested };
  }

  it('on a volume without a tree: the second waits, then chains under the first instead of becoming a second root', async () => {
    const h = await queueSetup();
    const volume = bareVolume(h.state());
    expect(volume).toBeDefined();
    const first = await h.create(volume, 'q-first');
    h.clock.advance(1_000);
    const second = await h.create(volume, 'q-second');
    expect(second.status).toBe(202);
    // Waiting: its job runs, but its snapshot is not in the database yet (the creation flow has not started).
    expect((await h.listed(volume)).map((s) => [s.name, s.status])).toEqual([['q-first', 'Creating']]);
    expect((await h.call('GET', h.jobPath(second))).status).toBe(202);
    h.clock.advance(DURATION_MS.createSnapshot - 1_000);
    const one = (await h.call('GET', h.jobPath(first))).json.inventory as Placed;
    expect(one).toMatchObject({ status: 'Ready', latest: true });
    expect(one.parentUuid).toBeUndefined();
    // The second has started now, right under the first.
    const waiting = (await h.listed(volume)).find((s) => s.name === 'q-second') as Placed;
    expect(waiting).toMatchObject({ status: 'Creating', latest: false, parentUuid: one.uuid, treeUuid: one.treeUuid });
    await h.expectAllNested(volume);
    expect((await h.call('GET', h.jobPath(second))).status).toBe(202);
    // Its job runs the full duration from its start, not from its submission.
    h.clock.advance(DURATION_MS.createSnapshot - 1);
    expect((await h.call('GET', h.jobPath(second))).status).toBe(202);
    h.clock.advance(1);
    const two = (await h.call('GET', h.jobPath(second))).json.inventory as Placed;
    expect(two).toMatchObject({ uuid: waiting.uuid, status: 'Ready', latest: true, parentUuid: one.uuid, treeUuid: one.treeUuid });
    expect((await h.listed(volume)).find((s) => s.uuid === one.uuid)?.latest).toBe(false);
    await h.expectAllNested(volume);
    const trees = (await h.call('GET', `/zstack/v1/volume-snapshots/trees?q=volumeUuid=${volume}`, { session: h.session })).json.inventories as { tree: Leaf }[];
    expect(trees).toHaveLength(1);
    expect(trees[0]?.tree).toMatchObject({ inventory: { uuid: one.uuid }, children: [{ inventory: { uuid: two.uuid }, children: [] }] });
  });

  it('on a chain: the second chains under the first new snapshot, not beside it; a third queues behind the second', async () => {
    const h = await queueSetup();
    const volume = SEED_IDS.stoppedVmRootVolume;
    const jobs = [await h.create(volume, 'c-1'), await h.create(volume, 'c-2'), await h.create(volume, 'c-3')];
    h.clock.advance(3 * DURATION_MS.createSnapshot - 1);
    expect((await h.call('GET', h.jobPath(jobs[2] as Called))).status).toBe(202);
    h.clock.advance(1);
    const made: Placed[] = [];
    for (const job of jobs) made.push((await h.call('GET', h.jobPath(job))).json.inventory as Placed);
    expect(made.map((s) => s.parentUuid)).toEqual([SEED_IDS.latestSnapshot, made[0]?.uuid, made[1]?.uuid]);
    const tree = (await h.listed(volume)).filter((s) => s.treeUuid === made[2]?.treeUuid);
    expect(tree.filter((s) => s.latest).map((s) => s.name)).toEqual(['c-3']);
    await h.expectAllNested(volume);
  });

  it('a first create that fails halfway leaves the second chained under the previous latest', async () => {
    const h = await queueSetup();
    const volume = SEED_IDS.stoppedVmRootVolume;
    h.faults.setFlags('zstack', { jobFailsHalfway: true });
    const first = await h.create(volume, 'f-doomed');
    const second = await h.create(volume, 'f-survivor');
    h.clock.advance(DURATION_MS.createSnapshot / 2);
    expect((await h.call('GET', h.jobPath(first))).json.error?.code).toBe('SYS.1006');
    // The second started when the first ended (halfway) and sits where the first would have.
    expect((await h.listed(volume)).map((s) => s.name)).not.toContain('f-doomed');
    expect((await h.listed(volume)).find((s) => s.name === 'f-survivor')).toMatchObject({ status: 'Creating', parentUuid: SEED_IDS.latestSnapshot });
    await h.expectAllNested(volume);
    h.clock.advance(DURATION_MS.createSnapshot);
    expect((await h.call('GET', h.jobPath(second))).json.inventory).toMatchObject({ status: 'Ready', latest: true, parentUuid: SEED_IDS.latestSnapshot });
    expect((await h.snapshot(SEED_IDS.latestSnapshot))?.latest).toBe(false);
    await h.expectAllNested(volume);
  });

  it('a first create that fails on a volume without a tree: the second starts a tree of its own as its root', async () => {
    const h = await queueSetup();
    const volume = bareVolume(h.state());
    h.faults.setFlags('zstack', { jobFailsHalfway: true });
    await h.create(volume, 'g-doomed');
    const second = await h.create(volume, 'g-root');
    h.clock.advance(DURATION_MS.createSnapshot * 2);
    const root = (await h.call('GET', h.jobPath(second))).json.inventory as Placed;
    expect(root).toMatchObject({ status: 'Ready', latest: true });
    expect(root.parentUuid).toBeUndefined();
    const trees = (await h.call('GET', `/zstack/v1/volume-snapshots/trees?q=volumeUuid=${volume}`, { session: h.session })).json.inventories as { uuid: string; current: boolean }[];
    expect(trees.map((t) => [t.uuid, t.current])).toEqual([[root.treeUuid, true]]);
    await h.expectAllNested(volume);
  });

  it('a queued create keeps its resourceUuid reserved and survives snapshot/restore while waiting', async () => {
    const h = await queueSetup();
    const volume = SEED_IDS.stoppedVmRootVolume;
    const reserved = '0a1b2c3d4e5f40718293a4b5c6d7e8f9';
    await h.create(volume, 'r-1');
    const queued = await h.call('POST', `/zstack/v1/volumes/${volume}/volume-snapshots`, { session: h.session, body: { params: { name: 'r-2', resourceUuid: reserved } } });
    const clash = await h.call('POST', `/zstack/v1/volumes/${SEED_IDS.stoppedVmRootVolume}/volume-snapshots`, { session: h.session, body: { params: { name: 'r-x', resourceUuid: reserved } } });
    expect((await h.call('GET', h.jobPath(clash))).json.error?.code).toBe('SYS.1007');
    h.emulator.restore(h.emulator.snapshot());
    h.clock.advance(DURATION_MS.createSnapshot * 3);
    expect((await h.call('GET', h.jobPath(queued))).json.inventory).toMatchObject({ uuid: reserved, name: 'r-2', latest: true });
    await h.expectAllNested(volume);
  });
});

describe('snapshot -> root template -> new VM', () => {
  it('a root template made from a snapshot becomes a VM whose imageUuid is that template', async () => {
    const h = await setup();
    const made = await h.call('POST', `/zstack/v1/images/root-volume-templates/from/volume-snapshots/${SEED_IDS.readySnapshot}`, {
      session: h.session,
      body: { params: { name: 'golden-from-baseline', backupStorageUuids: [SEED_IDS.cephBackupStorage] } },
    });
    const template = h.state().images.find((i) => i.name === 'golden-from-baseline');
    const early = await h.call('POST', '/zstack/v1/vm-instances', { session: h.session, body: { params: { name: 'too-early', instanceOfferingUuid: SEED_IDS.standardOffering, imageUuid: template?.uuid, l3NetworkUuids: [SEED_IDS.businessL3] } } });
    expect((await h.call('GET', h.jobPath(early))).json.error?.details).toContain('is not ready yet');
    h.clock.advance(DURATION_MS.createTemplate);
    expect((await h.call('GET', h.jobPath(made))).status).toBe(200);
    const res = await h.call('POST', '/zstack/v1/vm-instances', { session: h.session, body: { params: { name: 'from-golden', instanceOfferingUuid: SEED_IDS.standardOffering, imageUuid: template?.uuid, l3NetworkUuids: [SEED_IDS.businessL3] } } });
    h.clock.advance(DURATION_MS.createVm);
    expect((await h.call('GET', h.jobPath(res))).json.inventory).toMatchObject({ name: 'from-golden', imageUuid: template?.uuid, state: 'Running' });
  });
});
