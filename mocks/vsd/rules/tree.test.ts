// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SnapshotRecord, SnapshotTree } from '../state';
import { checkDelete, checkNameFree, checkSnapshotName, childrenOf, depthOf, insertAtHead, moveHead, removeSnapshot, requireSnapshot, treeView } from './tree';

const VM = 'b6b0e5b9-dacd-432b-9b83-c3e89799009d';
const rec = (name: string): Omit<SnapshotRecord, 'parent'> => ({ uuid: `u-${name}`, name, description: '', ctime: 1, disks: [] });
const build = (...names: string[]): SnapshotTree => names.reduce((tree, name) => insertAtHead(tree, rec(name)), { snapshots: [], head: '' } as SnapshotTree);

describe('snapshot tree view', () => {
  it('matches the seed example for one snapshot', () => {
    expect(treeView(VM, build('origin'))).toEqual({
      UUID: VM,
      Parents: { head: 'origin', origin: '' },
      Children: { '': { Children: ['origin'] }, origin: { Children: ['head'] } },
    });
    expect(Object.keys(treeView(VM, build('origin')).Parents)).toEqual(['head', 'origin']);
  });

  it('puts head under the root when there is no snapshot', () => {
    expect(treeView(VM, { snapshots: [], head: '' })).toEqual({ UUID: VM, Parents: { head: '' }, Children: { '': { Children: ['head'] } } });
  });

  it('lists head last among the children of its snapshot', () => {
    const tree = moveHead(build('a', 'b'), 'a');
    expect(treeView(VM, tree).Children.a).toEqual({ Children: ['b', 'head'] });
    expect(treeView(VM, tree).Children.b).toBeUndefined();
  });
});

describe('create and rollback', () => {
  it('inserts the new snapshot where head is and moves head under it', () => {
    const tree = build('origin', 'temp');
    expect(requireSnapshot(VM, tree, 'temp')).toMatchObject({ parent: 'origin' });
    expect(tree.head).toBe('temp');
  });

  it('branches after a rollback', () => {
    const tree = insertAtHead(moveHead(build('base', 'x'), 'base'), rec('y'));
    expect(childrenOf(tree, 'base')).toEqual(['x', 'y']);
    expect(depthOf(tree, 'y')).toBe(2);
  });

  it('refuses duplicate, empty, reserved and over-long names', () => {
    const tree = build('origin');
    expect(checkNameFree(VM, tree, 'origin')?.code).toBe('SNAPSHOT_NAME_EXISTS');
    expect(checkNameFree(VM, tree, 'other')).toBeUndefined();
    expect(checkSnapshotName(VM, '')?.code).toBe('PARAM_INVALID');
    expect(checkSnapshotName(VM, 'head')?.code).toBe('PARAM_INVALID');
    expect(checkSnapshotName(VM, 'x'.repeat(65))?.code).toBe('PARAM_INVALID');
    expect(checkSnapshotName(VM, 'a/b')?.code).toBe('PARAM_INVALID');
    expect(checkSnapshotName(VM, '升级前')).toBeUndefined();
  });

  it('reports unknown snapshots', () => {
    expect(requireSnapshot(VM, build('origin'), 'nope')).toMatchObject({ code: 'SNAPSHOT_NOT_FOUND' });
  });
});

describe('delete', () => {
  it('refuses a snapshot with more than one child', () => {
    const tree = insertAtHead(moveHead(build('base', 'x'), 'base'), rec('y'));
    expect(checkDelete(VM, tree, 'base')).toMatchObject({ code: 'SNAPSHOT_MULTIPLE_CHILDREN' });
  });

  it('counts head as a child: the base of another snapshot and of the running disk stays', () => {
    const tree = moveHead(build('base', 'x'), 'base');
    expect(treeView(VM, tree).Children.base).toEqual({ Children: ['x', 'head'] });
    expect(checkDelete(VM, tree, 'base')).toMatchObject({ code: 'SNAPSHOT_MULTIPLE_CHILDREN' });
    expect(checkDelete(VM, tree, 'base')?.desc).toMatch(/has 2 children: x, head$/);
    // Only head below it (or only one snapshot and head elsewhere): one child, deletable.
    expect(checkDelete(VM, build('base', 'x'), 'x')).toBeUndefined();
    expect(checkDelete(VM, build('base', 'x'), 'base')).toBeUndefined();
  });

  it('re-parents the only child to the deleted snapshot parent', () => {
    const tree = removeSnapshot(build('a', 'b', 'c'), 'b');
    expect(requireSnapshot(VM, tree, 'c')).toMatchObject({ parent: 'a' });
    expect(tree.head).toBe('c');
  });

  it('moves head to the parent when its snapshot is deleted', () => {
    expect(removeSnapshot(build('a', 'b'), 'b').head).toBe('a');
    expect(removeSnapshot(build('a'), 'a')).toEqual({ snapshots: [], head: '' });
  });

  it('leaves the tree alone for an unknown name', () => {
    const tree = build('a');
    expect(removeSnapshot(tree, 'zzz')).toBe(tree);
  });
});
