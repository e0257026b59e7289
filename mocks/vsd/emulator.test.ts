// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { VsdComputeList, VsdSnapshotList, VsdSnapshotTree } from '../../src/api/vsd/types';
import { depthOf } from './rules/tree';
import { SEED } from './seed';
import type { VsdState } from './state';
import { setup } from './testkit';

const SCOPE = { cluster_uuid: SEED.cluster, tenant: SEED.tenant, compute_uuid: SEED.compute };

describe('snapshot and restore', () => {
  it('round-trips the whole state through JSON', async () => {
    const a = setup();
    await a.call('POST', '/v1/compute/vsd/snapshot/create', { body: { ...SCOPE, name: 'persisted' } });
    expect(a.changes()).toBeGreaterThan(0);
    const saved = JSON.parse(JSON.stringify(a.emulator.snapshot())) as unknown;
    const b = setup();
    expect(b.emulator.restore(saved)).toBe(true);
    const list = await b.call<VsdSnapshotList>('GET', '/v1/compute/vsd/snapshot/list', { query: SCOPE });
    expect(list.json.data.list.map((s) => s.name)).toEqual(['origin', 'persisted']);
    // Fresh ids keep coming after a restore (the counter is part of the state).
    await b.call('POST', '/v1/compute/vsd/snapshot/create', { body: { ...SCOPE, name: 'after' } });
    const uuids = (await b.call<VsdSnapshotList>('GET', '/v1/compute/vsd/snapshot/list', { query: SCOPE })).json.data.list.map((s) => s.uuid);
    expect(new Set(uuids).size).toBe(3);
  });

  it('refuses data of another shape', () => {
    const h = setup();
    expect(h.emulator.restore({ version: 2 })).toBe(false);
    expect(h.emulator.restore(null)).toBe(false);
    expect(h.emulator.restore('x')).toBe(false);
  });

  it('snapshot() is a copy', async () => {
    const h = setup();
    const before = h.emulator.snapshot() as VsdState;
    await h.call('POST', '/v1/compute/vsd/snapshot/create', { body: { ...SCOPE, name: 'later' } });
    expect(before.trees[SEED.compute]?.snapshots).toHaveLength(1);
  });
});

describe('seed', () => {
  it('is deterministic for the same clock', () => {
    expect(setup().emulator.snapshot()).toEqual(setup().emulator.snapshot());
  });

  it('reset returns to the seed', async () => {
    const h = setup();
    const seeded = h.emulator.snapshot();
    await h.call('POST', '/v1/compute/vsd/snapshot/create', { body: { ...SCOPE, name: 'gone' } });
    h.emulator.reset('demo');
    expect(h.emulator.snapshot()).toEqual(seeded);
  });

  it('has a 30+ deep chain and a three-way branch', () => {
    const state = setup().emulator.snapshot() as VsdState;
    const finance = state.computes.find((vm) => vm.name === '财务数据库');
    const tree = finance && state.trees[finance.uuid];
    expect(tree && depthOf(tree, tree.head)).toBeGreaterThanOrEqual(30);
    const runner = state.computes.find((vm) => vm.name === 'build-runner-01');
    const branches = runner ? state.trees[runner.uuid]?.snapshots.filter((snap) => snap.parent === 'toolchain-ready') : [];
    expect(branches?.map((snap) => snap.name)).toEqual(['gcc-13', 'clang-18', 'rust-1.82']);
  });

  it('covers every power state, a hibernated and a busy VM, memory snapshots ready, saving and failed', () => {
    const state = setup().emulator.snapshot() as VsdState;
    expect(new Set(state.computes.map((vm) => vm.state)).size).toBe(8);
    expect(state.computes.map((vm) => vm.action)).toEqual(expect.arrayContaining(['save', 'migrating']));
    const memory = Object.values(state.trees).flatMap((tree) => tree.snapshots.filter((snap) => snap.memory));
    expect(memory.length).toBe(3);
  });

  it('large: a 5,000-node tree and 500 more VMs', async () => {
    const h = setup();
    h.emulator.reset('large');
    const list = await h.call<VsdComputeList>('GET', '/v1/compute/list', { query: { page_size: 1, filter_name: 'snapshot-stress-5000' } });
    const vm = list.json.data.domains[0];
    expect(vm?.name).toBe('snapshot-stress-5000');
    const tree = await h.call<{ tree: VsdSnapshotTree }>('GET', '/v1/compute/vsd/snapshot/tree', { query: { cluster_uuid: SEED.cluster, compute_uuid: vm?.uuid ?? '' } });
    expect(Object.keys(tree.json.data.tree.Parents)).toHaveLength(5001);
    const branching = Object.values(tree.json.data.tree.Children).filter((c) => c.Children.length > 1);
    expect(branching.length).toBeGreaterThan(100);
    expect((await h.call<VsdComputeList>('GET', '/v1/compute/list', { query: { page_size: 1 } })).json.data.total_count).toBe(515);
  });
});

describe('faultResponse', () => {
  it('uses the platform envelope for injected faults', async () => {
    const h = setup();
    const known = h.emulator.faultResponse({ code: '11057' });
    expect(known.status).toBe(200);
    expect(await known.json()).toMatchObject({ scode: 11057, message: 'current node is not master', message_cn: '当前节点不是主节点' });
    const other = h.emulator.faultResponse({ status: 502, code: '99999', message: 'bad gateway' });
    expect(other.status).toBe(502);
    expect(await other.json()).toMatchObject({ scode: 99999, message: 'bad gateway', message_cn: '服务内部错误', stack: expect.any(Array) });
    expect(await h.emulator.faultResponse({}).json()).toMatchObject({ scode: 10500 });
  });
});
