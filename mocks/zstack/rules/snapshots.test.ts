// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_INCREMENTAL_SNAPSHOTS } from '../lib/constants';
import { backupStorageUsable, batchDeleteRefusal, createSnapshotRefusal, deleteRefusal, latestAfterDelete, placeNewSnapshot, revertRefusal, snapshotCreateStart, snapshotSourceRefusal, subtree } from './snapshots';
import type { BackupStorageRec, JobRec, SnapshotRec, SnapshotTreeRec, VmRec, VolumeRec } from '../state';

const snap = (uuid: string, over: Partial<SnapshotRec> = {}): SnapshotRec => ({
  uuid,
  name: uuid,
  type: 'Hypervisor',
  volumeUuid: 'vol',
  treeUuid: 'tree',
  primaryStorageUuid: 'ps',
  primaryStorageInstallPath: '/p',
  volumeType: 'Root',
  format: 'qcow2',
  latest: false,
  size: 1,
  distance: 0,
  state: 'Enabled',
  status: 'Ready',
  backupStorageRefs: [],
  createDate: 0,
  lastOpDate: 0,
  ...over,
});
const volume = (over: Partial<VolumeRec> = {}): VolumeRec => ({
  uuid: 'vol',
  name: 'v',
  primaryStorageUuid: 'ps',
  installPath: '/p',
  type: 'Root',
  format: 'qcow2',
  size: 1,
  actualSize: 1,
  state: 'Enabled',
  status: 'Ready',
  isShareable: false,
  createDate: 0,
  lastOpDate: 0,
  ...over,
});
const vm = (state: VmRec['state']): VmRec => ({ uuid: 'vm', name: 'db', state } as VmRec);

// a ← b ← c, a ← d (a branch)
const chain = [snap('a'), snap('b', { parentUuid: 'a' }), snap('c', { parentUuid: 'b', latest: true }), snap('d', { parentUuid: 'a' })];

describe('revert rules', () => {
  it('allows a Ready Enabled snapshot when every attached VM is Stopped (or none)', () => {
    expect(revertRefusal(snap('a'), volume(), [vm('Stopped')])).toBeUndefined();
    expect(revertRefusal(snap('a'), volume(), [])).toBeUndefined();
  });

  it('refuses while the VM is not Stopped with the SYS.1006 text', () => {
    const error = revertRefusal(snap('a'), volume(), [vm('Running')]);
    expect(error?.code).toBe('SYS.1006');
    expect(error?.details).toBe('unable to reset volume[uuid:vol] to snapshot[uuid:a], the vm[uuid:vm] volume attached to is not in Stopped state, current state is Running');
    expect(revertRefusal(snap('a'), volume(), [vm('Paused')])?.details).toMatch(/current state is Paused/);
  });

  it('refuses a Disabled snapshot, a deleted volume and a snapshot that is not Ready', () => {
    expect(revertRefusal(snap('a', { state: 'Disabled' }), volume(), [])?.details).toMatch(/is in state Disabled, cannot revert/);
    expect(revertRefusal(snap('a', { volumeUuid: undefined }), undefined, [])?.details).toMatch(/has been deleted/);
    expect(revertRefusal(snap('a', { status: 'Creating' }), volume(), [])?.code).toBe('VOLUME_SNAPSHOT.1000');
  });
});

describe('delete rules', () => {
  it('takes the whole subtree, the snapshot itself first', () => {
    expect(subtree(chain, 'a').map((s) => s.uuid)).toEqual(['a', 'b', 'd', 'c']);
    expect(subtree(chain, 'b').map((s) => s.uuid)).toEqual(['b', 'c']);
    expect(subtree(chain, 'zz')).toEqual([]);
  });

  it('Permissive refuses while a template is being made from the subtree; Enforcing does not', () => {
    const job = { uuid: 'j', effect: { kind: 'createTemplate', imageUuid: 'img', snapshotUuid: 'c', failures: [] } } as unknown as JobRec;
    const error = deleteRefusal(subtree(chain, 'b'), [job], 'Permissive');
    expect(error?.code).toBe('SYS.1004');
    expect(error?.cause?.code).toBe('SYS.1006');
    expect(deleteRefusal(subtree(chain, 'b'), [job], 'Enforcing')).toBeUndefined();
    expect(deleteRefusal(subtree(chain, 'd'), [job], 'Permissive')).toBeUndefined();
  });

  it('Permissive refuses while a data volume is being made from the subtree too; Enforcing does not', () => {
    const job = { uuid: 'j', effect: { kind: 'createDataVolume', volumeUuid: 'newvol', snapshotUuid: 'c' } } as unknown as JobRec;
    const error = deleteRefusal(subtree(chain, 'b'), [job], 'Permissive');
    expect(error?.code).toBe('SYS.1004');
    expect(error?.details).toBe('unable to delete volume snapshot[uuid:b]');
    expect(error?.cause?.code).toBe('SYS.1006');
    expect(error?.cause?.details).toBe('volume snapshot[uuid:c] is in use by a running task creating volume[uuid:newvol], use deleteMode Enforcing to delete it anyway');
    expect(deleteRefusal(subtree(chain, 'b'), [job], 'Enforcing')).toBeUndefined();
    expect(deleteRefusal(subtree(chain, 'd'), [job], 'Permissive')).toBeUndefined();
    // Other running jobs on the subtree (a revert, a size query) do not block it.
    const other = { uuid: 'k', effect: { kind: 'revert', snapshotUuid: 'c' } } as unknown as JobRec;
    expect(deleteRefusal(subtree(chain, 'b'), [other], 'Permissive')).toBeUndefined();
  });

  it('hands `latest` to the parent of the deleted subtree, also when the subtree is rooted above latest', () => {
    const doomed = (root: string) => new Set(subtree(chain, root).map((s) => s.uuid));
    expect(latestAfterDelete(chain, doomed('c'))).toEqual(['b']);
    expect(latestAfterDelete(chain, doomed('b'))).toEqual(['a']);
    expect(latestAfterDelete(chain, doomed('d'))).toEqual([]);
    // Batch: two subtrees of one branch, the upper one decides.
    expect(latestAfterDelete(chain, new Set([...doomed('b'), ...doomed('c')]))).toEqual(['a']);
    // The whole tree goes: nothing is left to be latest (the next snapshot starts a new current tree).
    expect(latestAfterDelete(chain, doomed('a'))).toEqual([]);
  });

  it('batch delete needs one volume', () => {
    expect(batchDeleteRefusal([snap('a'), snap('x', { volumeUuid: 'other' })], ['a', 'x'])?.code).toBe('SYS.1007');
    expect(batchDeleteRefusal([snap('a'), snap('b')], ['a', 'b'])).toBeUndefined();
  });
});

describe('template and snapshot creation rules', () => {
  it('needs a Ready and Enabled snapshot', () => {
    expect(snapshotSourceRefusal(snap('a'))).toBeUndefined();
    expect(snapshotSourceRefusal(snap('a', { status: 'Creating' }))?.details).toBe("volume snapshot[uuid:a] is not Ready, it's Creating");
    expect(snapshotSourceRefusal(snap('a', { state: 'Disabled' }))?.details).toBe("volume snapshot[uuid:a] is not Enabled, it's Disabled");
  });

  it('needs Enabled, Connected backup storage', () => {
    const bs = { uuid: 'bs', state: 'Enabled', status: 'Connected' } as BackupStorageRec;
    expect(backupStorageUsable(bs)).toBeUndefined();
    expect(backupStorageUsable({ ...bs, status: 'Disconnected' })?.code).toBe('SYS.1006');
    expect(backupStorageUsable({ ...bs, state: 'Disabled' })?.code).toBe('SYS.1006');
  });

  it('creates snapshots only of Ready, Enabled root or data volumes', () => {
    expect(createSnapshotRefusal(volume())).toBeUndefined();
    expect(createSnapshotRefusal(volume({ status: 'Creating' }))?.code).toBe('SYS.1006');
    expect(createSnapshotRefusal(volume({ state: 'Disabled' }))?.code).toBe('SYS.1006');
    expect(createSnapshotRefusal(volume({ type: 'Memory' }))?.code).toBe('SYS.1006');
  });

  it('chains a new snapshot under the current tree latest, or starts a tree', () => {
    const trees: SnapshotTreeRec[] = [{ uuid: 'tree', volumeUuid: 'vol', current: true, status: 'Completed', createDate: 0, lastOpDate: 0 }];
    expect(placeNewSnapshot(trees, chain, 'vol')).toEqual({ treeUuid: 'tree', parent: chain[2] });
    expect(placeNewSnapshot([], chain, 'vol')).toEqual({});
    const full = [snap('z', { latest: true, distance: MAX_INCREMENTAL_SNAPSHOTS - 1 })];
    expect(placeNewSnapshot(trees, full, 'vol')).toEqual({});
  });

  it('serialises snapshot creates per volume: a new one starts when the last unfinished create of its volume ends', () => {
    const create = (uuid: string, volumeUuid: string, doneAt: number) => ({ uuid, doneAt, effect: { kind: 'createSnapshot', snapshotUuid: `s-${uuid}`, volumeUuid } }) as unknown as JobRec;
    expect(snapshotCreateStart([], 'vol')).toBeUndefined();
    expect(snapshotCreateStart([create('a', 'other', 100)], 'vol')).toBeUndefined();
    expect(snapshotCreateStart([create('a', 'vol', 100)], 'vol')).toBe(100);
    // A third create queues behind the second (already queued to end at 250), not behind the first.
    expect(snapshotCreateStart([create('a', 'vol', 100), create('b', 'vol', 250), create('c', 'other', 900)], 'vol')).toBe(250);
    // Other running jobs on the volume's snapshots do not hold a create back.
    const revert = { uuid: 'r', doneAt: 500, effect: { kind: 'revert', snapshotUuid: 's-a' } } as unknown as JobRec;
    expect(snapshotCreateStart([revert], 'vol')).toBeUndefined();
  });
});
