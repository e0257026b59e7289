import type { Connection } from '@/domain/connections/types';
import { buildSnapshotTree } from '@/domain/snapshots/build';
import { VM_TARGET, branchedTree, modelNode } from '@/domain/snapshots/testing';
import type { SnapshotTree } from '@/domain/snapshots/types';
import { FAST_POLL_MS } from '../polling';
import { isSnapshotMoving, snapshotTreeQueryOptions } from './queries';

type Interval = (query: { state: { data: SnapshotTree | undefined; error: unknown } }) => number | false;

const withNode = (over: Parameters<typeof modelNode>[2]) =>
  buildSnapshotTree('vsd', VM_TARGET, [modelNode('a'), modelNode('b', 'a', over)], [{ scope: { kind: 'vm', id: 'vm-1' }, afterId: 'a' }]);

describe('snapshot tree polling', () => {
  it('moving: a node being made, uploaded, deleted, or its memory saving', () => {
    expect(isSnapshotMoving(branchedTree())).toBe(false);
    expect(isSnapshotMoving(withNode({ status: 'creating' }))).toBe(true);
    expect(isSnapshotMoving(withNode({ status: 'uploading' }))).toBe(true);
    expect(isSnapshotMoving(withNode({ status: 'deleting' }))).toBe(true);
    expect(isSnapshotMoving(withNode({ memory: 'saving' }))).toBe(true);
    expect(isSnapshotMoving(withNode({ status: 'error', memory: 'failed' }))).toBe(false);
  });

  it('idle trees never poll; moving ones poll fast', () => {
    const options = snapshotTreeQueryOptions({ id: 'c1' } as Connection, VM_TARGET);
    const interval = options.refetchInterval as unknown as Interval;
    expect(options.queryKey).toEqual(['snapshots', 'c1', 'tree', 'vm-1', '']);
    expect(interval({ state: { data: branchedTree(), error: null } })).toBe(false);
    expect(interval({ state: { data: withNode({ status: 'creating' }), error: null } })).toBe(FAST_POLL_MS);
    expect(interval({ state: { data: undefined, error: null } })).toBe(false);
  });
});
