import { adaptZStackSnapshots } from './adapt/zstack';
import { adaptDbcSnapshots } from './adapt/dbc';
import { defaultDiskChoice, diskChoicesOf } from './createChoices';
import { checkSnapshotDescription, checkSnapshotName, defaultSnapshotName, takenNames } from './names';
import { VM_TARGET, branchedTree, zstackMultiTree } from './testing';

const keyOf = (...args: Parameters<typeof checkSnapshotName>) => checkSnapshotName(...args)?.key;

describe('snapshot names as each provider requires them', () => {
  it('every provider: a name is required (white space alone is none)', () => {
    for (const provider of ['dbc', 'idc51', 'vsd', 'zstack'] as const) {
      expect(keyOf(provider, '')).toBe('snapshots.name.required');
      expect(keyOf(provider, '   ')).toBe('snapshots.name.required');
      expect(keyOf(provider, 'snap-20261129-1700')).toBeUndefined();
    }
  });

  it('DBC: unique within the task (the node answers "already exist"), no "/" or spaces (path segment, file name)', () => {
    const taken = new Set(['snap1', 'snap-epoch90']);
    expect(checkSnapshotName('dbc', 'snap1', taken)).toEqual({ key: 'snapshots.name.taken', params: { name: 'snap1' } });
    expect(keyOf('dbc', 'a/b', taken)).toBe('snapshots.name.forbidden');
    expect(keyOf('dbc', 'before upgrade', taken)).toBe('snapshots.name.forbidden');
    expect(keyOf('dbc', '升级前-快照', taken)).toBeUndefined();
    expect(keyOf('dbc', 'x'.repeat(300), taken)).toBeUndefined();
  });

  it('51idc: any non-blank name, duplicates allowed; no description on create', () => {
    expect(keyOf('idc51', '强制全量 forced-full', new Set(['强制全量 forced-full']))).toBeUndefined();
    expect(keyOf('idc51', 'a/b c')).toBeUndefined();
  });

  it('vsd: 1–64 characters, no "/", not "head", unique within the VM (23002)', () => {
    expect(keyOf('vsd', 'x'.repeat(64))).toBeUndefined();
    expect(checkSnapshotName('vsd', 'x'.repeat(65))).toEqual({ key: 'snapshots.name.tooLong', params: { max: 64, length: 65 } });
    expect(keyOf('vsd', 'a/b')).toBe('snapshots.name.forbidden');
    expect(keyOf('vsd', 'head')).toBe('snapshots.name.reserved');
    expect(keyOf('vsd', 'Head')).toBeUndefined();
    expect(keyOf('vsd', 'with space 中文')).toBeUndefined();
    expect(keyOf('vsd', 'gcc-13', new Set(['gcc-13']))).toBe('snapshots.name.taken');
  });

  it('ZStack: at most 255 characters, duplicates allowed; description at most 2048', () => {
    expect(keyOf('zstack', 'x'.repeat(255))).toBeUndefined();
    expect(keyOf('zstack', 'x'.repeat(256))).toBe('snapshots.name.tooLong');
    expect(keyOf('zstack', 'daily', new Set(['daily']))).toBeUndefined();
    expect(checkSnapshotDescription('zstack', 'd'.repeat(2048))).toBeUndefined();
    expect(checkSnapshotDescription('zstack', 'd'.repeat(2049))).toEqual({ key: 'snapshots.description.tooLong', params: { max: 2048, length: 2049 } });
    expect(checkSnapshotDescription('vsd', 'd'.repeat(5000))).toBeUndefined();
  });

  it('taken names leave out the snapshot being renamed and deleted ones', () => {
    const tree = branchedTree();
    expect([...takenNames(tree)].sort()).toEqual(['a', 'b', 'c', 'root']);
    expect(takenNames(tree, 'a').has('a')).toBe(false);
  });

  it('the default name is snap-YYYYMMDD-HHmm (local time), numbered when taken', () => {
    const now = new Date(2026, 10, 9, 7, 5);
    expect(defaultSnapshotName(now)).toBe('snap-20261109-0705');
    expect(defaultSnapshotName(now, new Set(['snap-20261109-0705', 'snap-20261109-0705-2']))).toBe('snap-20261109-0705-3');
    for (const provider of ['dbc', 'idc51', 'vsd', 'zstack'] as const) expect(checkSnapshotName(provider, defaultSnapshotName(now))).toBeUndefined();
  });
});

describe('disk choices of a create', () => {
  it('ZStack: every volume of the VM, system disk first and chosen by default', () => {
    const { volumes, snapshots, trees } = zstackMultiTree();
    const tree = adaptZStackSnapshots(VM_TARGET, volumes, snapshots, trees);
    const choices = diskChoicesOf(tree);
    expect(choices.map((c) => [c.id, c.role])).toEqual([['vol-root', 'root'], ['vol-data', 'data']]);
    expect(defaultDiskChoice(tree, choices)).toEqual(['vol-root']);
    // A volume without snapshots still has its position, so it can be chosen.
    const bare = adaptZStackSnapshots(VM_TARGET, volumes, [], []);
    expect(diskChoicesOf(bare).map((c) => c.id)).toEqual(['vol-root', 'vol-data']);
  });

  it('DBC: the disks the snapshots list, else vda and vdb; all chosen', () => {
    const empty = adaptDbcSnapshots({ vmId: 't', nodeId: 'n' }, 'B', []);
    expect(diskChoicesOf(empty).map((c) => c.id)).toEqual(['vda', 'vdb']);
    const one = adaptDbcSnapshots({ vmId: 't', nodeId: 'n' }, 'B', [
      { snapshot_name: 's', description: '', create_time: '2026-11-01 10:00:00', state: 'shutoff', disks: [{ disk_name: 'vda', snapshot_type: 'external', driver_type: 'qcow2', snapshot_file: '/data/x.qcow2' }] },
    ]);
    expect(diskChoicesOf(one).map((c) => c.id)).toEqual(['vda']);
    expect(defaultDiskChoice(one, diskChoicesOf(one))).toEqual(['vda']);
  });

  it('vsd and 51idc snapshot everything at once: no choice', () => {
    expect(diskChoicesOf(branchedTree())).toEqual([]);
    expect(diskChoicesOf(branchedTree('b', 'idc51'))).toEqual([]);
  });
});
