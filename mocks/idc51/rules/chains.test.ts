// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SnapshotRecord } from '../state';
import { MAX_CHAIN_LENGTH, chainSummary, decideBackupKind, deletionSet, headOf, headsAfterDeletion, setHead } from './chains';

let seq = 0;
function point(id: string, rootId: string, parentId: string, extra: Partial<SnapshotRecord> = {}): SnapshotRecord {
  seq += 1;
  return {
    id, zone: 'ac1', name: id, description: '', full: parentId === 'self', status: 'available', transition: '',
    createdAt: seq * 1000, statusAt: seq * 1000, snapshotAt: seq * 1000, takenAt: 0, isHead: false, rootId, parentId, seq,
    sizeMb: 10, resourceId: 'vol-A', resourceName: 'a', resourceType: 'volume', sourceSizeGb: 10, sourceVolumeType: 0, osFamily: '',
    ...extra,
  };
}

/** full F + incrementals I1..In on vol-A, head on the last point. */
function chain(n: number, root = 'F'): SnapshotRecord[] {
  const points = [point(root, root, 'self')];
  for (let i = 1; i <= n; i++) points.push(point(`${root}${i}`, root, points[i - 1]!.id));
  points[points.length - 1]!.isHead = true;
  return points;
}

describe('decideBackupKind', () => {
  it('starts a full chain when the resource has no backup', () => {
    expect(decideBackupKind([], 'vol-A', false)).toEqual({ full: true });
  });
  it('forces a full chain with is_full', () => {
    expect(decideBackupKind(chain(2), 'vol-A', true)).toEqual({ full: true });
  });
  it('adds an incremental point after the head of the current chain', () => {
    expect(decideBackupKind(chain(2), 'vol-A', false)).toEqual({ full: false, rootId: 'F', parentId: 'F2' });
  });
  it('starts a full chain after a rollback to an older point (chains never branch)', () => {
    const points = chain(3);
    setHead(points, 'vol-A', 'F1');
    expect(decideBackupKind(points, 'vol-A', false)).toEqual({ full: true });
  });
  it(`starts a full chain once the chain holds ${MAX_CHAIN_LENGTH} points`, () => {
    expect(decideBackupKind(chain(MAX_CHAIN_LENGTH - 2), 'vol-A', false).full).toBe(false);
    expect(decideBackupKind(chain(MAX_CHAIN_LENGTH - 1), 'vol-A', false)).toEqual({ full: true });
  });
  it('starts a full chain when the head is not available (suspended)', () => {
    const points = chain(1);
    points[1]!.status = 'suspended';
    expect(decideBackupKind(points, 'vol-A', false)).toEqual({ full: true });
  });
});

describe('deletionSet', () => {
  it('takes the point and every later point of its chain', () => {
    const points = chain(4);
    expect(deletionSet(points, points[2]!).map((p) => p.id)).toEqual(['F2', 'F3', 'F4']);
  });
  it('takes the whole chain for a full point', () => {
    const points = [...chain(2), ...chain(1, 'G')];
    expect(deletionSet(points, points[0]!).map((p) => p.id)).toEqual(['F', 'F1', 'F2']);
  });
  it('skips points already deleted or ceased', () => {
    const points = chain(3);
    points[3]!.status = 'ceased';
    expect(deletionSet(points, points[1]!).map((p) => p.id)).toEqual(['F1', 'F2']);
  });
});

describe('heads', () => {
  it('moves the head to the newest surviving point of the chain', () => {
    const points = chain(3);
    expect(headsAfterDeletion(points, new Set(['F2', 'F3']))).toEqual({ 'vol-A': 'F1' });
  });
  it('clears the head when its whole chain goes', () => {
    expect(headsAfterDeletion(chain(1), new Set(['F', 'F1']))).toEqual({ 'vol-A': '' });
  });
  it('leaves the head alone when it survives', () => {
    const points = chain(3);
    setHead(points, 'vol-A', 'F1');
    expect(headsAfterDeletion(points, new Set(['F3']))).toEqual({});
    expect(headOf(points, 'vol-A')?.id).toBe('F1');
  });
});

describe('chainSummary', () => {
  it('sums the chain on its full point and tells whether it holds the head', () => {
    const points = chain(2);
    expect(chainSummary(points, points[0]!)).toMatchObject({ totalSizeMb: 30, totalCount: 3, latestAt: points[2]!.snapshotAt, holdsHead: true });
  });
  it('leaves ceased points out', () => {
    const points = chain(2);
    points[2]!.status = 'ceased';
    points[1]!.isHead = true;
    expect(chainSummary(points, points[0]!)).toMatchObject({ totalCount: 2, holdsHead: true });
  });
});
