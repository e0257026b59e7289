/**
 * ZStack Cloud contract: volume snapshots, their trees and templates (seed 004's example, docs/providers/zstack.md §7-§8).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTRACT_TIME_SCALE, type ContractResponse } from './harness';
import { V1, auth, connectedBackupStorage, createSnapshot, expectError, finish, query, readySnapshotOf, send, snapshotInventory, target, treeMembers, type CreatedSnapshot, type ErrorBody, type Json, type Snapshot, zstackSuite } from './zstack-kit';

zstackSuite();

describe('ZStack seed example: CreateDataVolumeTemplateFromVolumeSnapshot', () => {
  const example = { params: { name: '<name>', description: '<description>', backupStorageUuids: ['<backupStorageUuids>'], resourceUuid: '<resourceUuid>', tagUuids: ['<tagUuids>'] }, systemTags: ['<systemTags>'], userTags: ['<userTags>'] };

  it.runIf(target.allowMutations)('sent verbatim (placeholders), it is accepted then refused through the poll', async () => {
    const res = await target.request<{ location: string; apiTimeout?: number }>('POST', `${V1}/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, {
      rawBody: JSON.stringify(example),
      headers: { ...auth(), 'Content-Type': 'application/json;charset=UTF-8' },
    });
    const done = await finish(res);
    expectError(done, 503, 'SYS.1003');
  });

  it.runIf(target.allowMutations)('with a real Ready snapshot but placeholder backup storage, it is refused (SYS.1003)', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const res = await send('POST', `/images/data-volume-templates/from/volume-snapshots/${snapshot.uuid}`, { ...example, params: { ...example.params, resourceUuid: undefined, tagUuids: undefined }, systemTags: undefined });
    expectError(await finish(res), 503, 'SYS.1003');
  });

  it.runIf(target.allowMutations)('with real ids it creates a DataVolumeTemplate, Creating → Ready, then delete + expunge', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const bs = await connectedBackupStorage();
    const resourceUuid = randomUUID().replace(/-/g, '');
    const res = await send('POST', `/images/data-volume-templates/from/volume-snapshots/${snapshot.uuid}`, {
      params: { name: 'contract-data-template 合约测试', description: 'created by the contract suite', backupStorageUuids: [bs.uuid], resourceUuid },
      userTags: ['contract'],
    });
    const done = await finish(res);
    expect(done.status, done.text).toBe(200);
    const inventory = done.json.inventory as { uuid: string; mediaType: string; status: string; format: string; backupStorageRefs: { imageUuid: string; backupStorageUuid: string; installPath: string; status: string }[] };
    expect(inventory).toMatchObject({ uuid: resourceUuid, mediaType: 'DataVolumeTemplate', status: 'Ready' });
    expect(inventory.backupStorageRefs[0]).toMatchObject({ imageUuid: resourceUuid, backupStorageUuid: bs.uuid, status: 'Ready' });
    expect(typeof inventory.backupStorageRefs[0]?.installPath).toBe('string');
    expect(Array.isArray(done.json.failures)).toBe(true);
    const deleted = await finish(await send('DELETE', `/images/${resourceUuid}`, undefined, { deleteMode: 'Permissive' }));
    expect(deleted.status).toBe(200);
    expect(((await query<{ status: string }>(`images/${resourceUuid}`)).inventories[0] as { status: string }).status).toBe('Deleted');
    expect((await finish(await send('PUT', `/images/${resourceUuid}/actions`, { expungeImage: {} }))).status).toBe(200);
    expect((await query(`images/${resourceUuid}`)).inventories).toEqual([]);
  });

  it.runIf(target.allowMutations)('reports 202 with an empty body while the template is still being made', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const bs = await connectedBackupStorage();
    const res = await send('POST', `/images/data-volume-templates/from/volume-snapshots/${snapshot.uuid}`, { params: { name: 'contract-slow', backupStorageUuids: [bs.uuid] } });
    const path = new URL(res.json.location).pathname.replace(/^.*(\/zstack\/v1\/api-jobs\/)/, '$1');
    const running = await target.request('GET', path);
    expect(running.status).toBe(202);
    expect(running.text === '' || running.text === '{}').toBe(true);
    expect((await finish(res)).status).toBe(200);
  });
});

describe('ZStack snapshot flows', () => {
  it.runIf(target.allowMutations)('reverts a volume of a Stopped VM: the snapshot becomes latest, its tree current', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const done = await finish(await send('PUT', `/volume-snapshots/${snapshot.uuid}/actions`, { revertVolumeFromSnapshot: {} }));
    expect(done.status, done.text).toBe(200);
    expect(done.text === '' || done.text === '{}').toBe(true);
    expect(((await query<Snapshot>(`volume-snapshots/${snapshot.uuid}`)).inventories[0] as Snapshot).latest).toBe(true);
    const tree = (await query<{ current: boolean }>(`volume-snapshots/trees/${snapshot.treeUuid}`)).inventories[0];
    expect(tree?.current).toBe(true);
  });

  it.runIf(target.allowMutations)('refuses a revert while the VM runs (202, then 503 SYS.1006)', async () => {
    const snapshot = await readySnapshotOf('Running');
    if (!snapshot) return;
    const error = expectError(await finish(await send('PUT', `/volume-snapshots/${snapshot.uuid}/actions`, { revertVolumeFromSnapshot: {} })), 503, 'SYS.1006');
    expect(error.details).toMatch(/not in Stopped state/);
  });

  it.runIf(target.allowMutations)('creates, renames, sizes and deletes snapshots; a delete takes the subtree', async () => {
    const vm = (await query<{ rootVolumeUuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { rootVolumeUuid: string };
    const create = async (name: string) => {
      const done = await finish(await send('POST', `/volumes/${vm.rootVolumeUuid}/volume-snapshots`, { params: { name, description: 'contract' } }));
      expect(done.status, done.text).toBe(200);
      return done.json.inventory as Snapshot & { parentUuid?: string; name: string };
    };
    const parent = await create('contract-parent');
    const child = await create('contract-child 子快照');
    expect(child.parentUuid).toBe(parent.uuid);
    expect(child.latest).toBe(true);
    const renamed = await finish(await send('PUT', `/volume-snapshots/${child.uuid}/actions`, { updateVolumeSnapshot: { name: 'contract-renamed' } }));
    expect((renamed.json.inventory as { name: string }).name).toBe('contract-renamed');
    const size = await finish(await send('PUT', `/volume-snapshots/${child.uuid}/actions`, { getVolumeSnapshotSize: {} }));
    expect(typeof size.json.size).toBe('number');
    const deleted = await finish(await send('DELETE', `/volume-snapshots/${parent.uuid}`, undefined, { deleteMode: 'Enforcing' }));
    expect(deleted.status, deleted.text).toBe(200);
    expect((await query(`volume-snapshots/${parent.uuid}`)).inventories).toEqual([]);
    expect((await query(`volume-snapshots/${child.uuid}`)).inventories).toEqual([]);
  });

  it.runIf(target.allowMutations)('a delete rooted above `latest` hands latest to the subtree root\'s parent (also batch); the next snapshot stays in the tree', async () => {
    const vm = (await query<{ rootVolumeUuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { rootVolumeUuid: string };
    const a = await createSnapshot(vm.rootVolumeUuid, 'contract-keep');
    const b = await createSnapshot(vm.rootVolumeUuid, 'contract-above-latest');
    await createSnapshot(vm.rootVolumeUuid, 'contract-latest');
    expect((await finish(await send('DELETE', `/volume-snapshots/${b.uuid}`, undefined, { deleteMode: 'Enforcing' }))).status).toBe(200);
    expect((await snapshotInventory(a.uuid)).latest).toBe(true);
    const d = await createSnapshot(vm.rootVolumeUuid, 'contract-after-delete');
    expect([d.parentUuid, d.treeUuid]).toEqual([a.uuid, a.treeUuid]);
    expect(await treeMembers(a.treeUuid)).toContain(d.uuid);

    await createSnapshot(vm.rootVolumeUuid, 'contract-batch-latest');
    const batch = await finish(await send('PUT', '/volume-snapshots/batch-delete', { batchDeleteVolumeSnapshot: { uuids: [d.uuid] } }));
    expect(batch.status, batch.text).toBe(200);
    expect((await snapshotInventory(a.uuid)).latest).toBe(true);
    const f = await createSnapshot(vm.rootVolumeUuid, 'contract-after-batch');
    expect(f.parentUuid).toBe(a.uuid);
    expect(await treeMembers(a.treeUuid)).toContain(f.uuid);
  });

  it.runIf(target.allowMutations)('deleting a whole tree removes it; the next snapshot starts a new current tree', async () => {
    const source = (await readySnapshotOf('Stopped')) as Snapshot;
    const volume = await finish(await send('POST', `/volumes/data/from/volume-snapshots/${source.uuid}`, { params: { name: 'contract-tree-volume' } }));
    const volumeUuid = (volume.json.inventory as { uuid: string }).uuid;
    const root = await createSnapshot(volumeUuid, 'contract-tree-root');
    await createSnapshot(volumeUuid, 'contract-tree-leaf');
    expect((await finish(await send('DELETE', `/volume-snapshots/${root.uuid}`, undefined, { deleteMode: 'Enforcing' }))).status).toBe(200);
    expect((await query('volume-snapshots/trees', { q: [`volumeUuid=${volumeUuid}`] })).inventories).toEqual([]);
    const fresh = await createSnapshot(volumeUuid, 'contract-tree-fresh');
    expect(fresh.parentUuid).toBeUndefined();
    expect(fresh.treeUuid).not.toBe(root.treeUuid);
    const trees = (await query<{ uuid: string; current: boolean }>('volume-snapshots/trees', { q: [`volumeUuid=${volumeUuid}`] })).inventories;
    expect(trees.map((t) => [t.uuid, t.current])).toEqual([[fresh.treeUuid, true]]);
    expect(await treeMembers(fresh.treeUuid)).toEqual([fresh.uuid]);
  });

  it.runIf(target.allowMutations)('a Permissive delete is refused while a data volume is being made from the snapshot (SYS.1004 ← SYS.1006); once it is done the delete goes through', async () => {
    const source = (await readySnapshotOf('Stopped')) as Snapshot;
    const volume = await finish(await send('POST', `/volumes/data/from/volume-snapshots/${source.uuid}`, { params: { name: 'contract-busy-volume' } }));
    const volumeUuid = (volume.json.inventory as { uuid: string }).uuid;
    const snapshot = await createSnapshot(volumeUuid, 'contract-busy-source');
    // Emulated: slow the 3-minute copy down enough that the delete surely arrives while it runs.
    if (target.emulated) await target.control.setTimeScale(0.005);
    try {
      const copy = await send('POST', `/volumes/data/from/volume-snapshots/${snapshot.uuid}`, { params: { name: 'contract-busy-copy' } });
      const refused = expectError(await finish(await send('DELETE', `/volume-snapshots/${snapshot.uuid}`, undefined, { deleteMode: 'Permissive' })), 503, 'SYS.1004');
      expect(refused.cause?.code).toBe('SYS.1006');
      expect(await snapshotInventory(snapshot.uuid)).toMatchObject({ uuid: snapshot.uuid, status: 'Ready' });
      expect((await finish(copy)).status).toBe(200);
    } finally {
      if (target.emulated) await target.control.setTimeScale(CONTRACT_TIME_SCALE);
    }
    expect((await finish(await send('DELETE', `/volume-snapshots/${snapshot.uuid}`, undefined, { deleteMode: 'Permissive' }))).status).toBe(200);
    expect((await query(`volume-snapshots/${snapshot.uuid}`)).inventories).toEqual([]);
  });

  /** Every snapshot of the volume sits in the nested tree of its tree (a second root would be missing). */
  async function expectAllNested(volumeUuid: string) {
    const listed = (await query<Snapshot & { name: string }>('volume-snapshots', { q: [`volumeUuid=${volumeUuid}`] })).inventories;
    for (const s of listed) expect(await treeMembers(s.treeUuid), s.name).toContain(s.uuid);
  }

  /** Two creates on one volume sent back to back (the second while the first is still Creating). */
  async function twoCreates(volumeUuid: string, names: [string, string]): Promise<[ContractResponse<Json & Partial<ErrorBody>>, CreatedSnapshot]> {
    // Emulated: slow the 15-second create down enough that the second surely arrives while the first runs.
    if (target.emulated) await target.control.setTimeScale(0.01);
    try {
      const first = await send('POST', `/volumes/${volumeUuid}/volume-snapshots`, { params: { name: names[0] } });
      const second = await send('POST', `/volumes/${volumeUuid}/volume-snapshots`, { params: { name: names[1] } });
      const firstDone = await finish(first);
      await expectAllNested(volumeUuid);
      const secondDone = await finish(second);
      expect(secondDone.status, secondDone.text).toBe(200);
      return [firstDone, secondDone.json.inventory as CreatedSnapshot];
    } finally {
      if (target.emulated) await target.control.setTimeScale(CONTRACT_TIME_SCALE);
    }
  }

  it.runIf(target.allowMutations)('two creates on a volume without snapshots: the second chains under the first (one root, both in the nested tree)', async () => {
    const source = (await readySnapshotOf('Stopped')) as Snapshot;
    const volume = await finish(await send('POST', `/volumes/data/from/volume-snapshots/${source.uuid}`, { params: { name: 'contract-queue-volume' } }));
    const volumeUuid = (volume.json.inventory as { uuid: string }).uuid;
    const [firstDone, second] = await twoCreates(volumeUuid, ['contract-queue-first', 'contract-queue-second']);
    expect(firstDone.status, firstDone.text).toBe(200);
    const first = firstDone.json.inventory as CreatedSnapshot;
    expect(first.parentUuid).toBeUndefined();
    expect([second.parentUuid, second.treeUuid, second.latest]).toEqual([first.uuid, first.treeUuid, true]);
    expect((await snapshotInventory(first.uuid)).latest).toBe(false);
    expect(await treeMembers(first.treeUuid)).toEqual([first.uuid, second.uuid]);
    await expectAllNested(volumeUuid);
  });

  it.runIf(target.allowMutations)('two creates on a chain: the second chains under the first new snapshot, not beside it', async () => {
    const vm = (await query<{ rootVolumeUuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { rootVolumeUuid: string };
    const previous = await createSnapshot(vm.rootVolumeUuid, 'contract-queue-base');
    const [firstDone, second] = await twoCreates(vm.rootVolumeUuid, ['contract-queue-a', 'contract-queue-b']);
    const first = firstDone.json.inventory as CreatedSnapshot;
    expect(first.parentUuid).toBe(previous.uuid);
    expect([second.parentUuid, second.treeUuid, second.latest]).toEqual([first.uuid, previous.treeUuid, true]);
    await expectAllNested(vm.rootVolumeUuid);
  });

  it.runIf(target.emulated)('a first create failing halfway leaves the queued second chained under the previous latest', async () => {
    const vm = (await query<{ rootVolumeUuid: string }>('vm-instances', { q: ['state=Stopped'], limit: 1 })).inventories[0] as { rootVolumeUuid: string };
    const previous = await createSnapshot(vm.rootVolumeUuid, 'contract-queue-before-failure');
    await target.control.setFlags({ jobFailsHalfway: true });
    try {
      const [firstDone, second] = await twoCreates(vm.rootVolumeUuid, ['contract-queue-fails', 'contract-queue-survives']);
      expect(expectError(firstDone, 503, 'SYS.1006').cause?.code).toBe('SYS.1001');
      expect([second.parentUuid, second.treeUuid, second.latest]).toEqual([previous.uuid, previous.treeUuid, true]);
      expect((await query('volume-snapshots', { q: ['name=contract-queue-fails'] })).inventories).toEqual([]);
      await expectAllNested(vm.rootVolumeUuid);
    } finally {
      await target.control.clearFaults();
    }
  });

  it.runIf(target.allowMutations)('creates a root-volume template and a data volume from a snapshot', async () => {
    const snapshot = (await readySnapshotOf('Stopped')) as Snapshot;
    const bs = await connectedBackupStorage();
    const tpl = await finish(await send('POST', `/images/root-volume-templates/from/volume-snapshots/${snapshot.uuid}`, { params: { name: 'contract-root-tpl', backupStorageUuids: [bs.uuid], platform: 'Linux', system: false } }));
    expect(tpl.json.inventory).toMatchObject({ mediaType: 'RootVolumeTemplate', status: 'Ready' });
    const volume = await finish(await send('POST', `/volumes/data/from/volume-snapshots/${snapshot.uuid}`, { params: { name: 'contract-data-volume' } }));
    expect(volume.json.inventory).toMatchObject({ type: 'Data', status: 'Ready' });
  });
});
