/**
 * `npx tsx --tsconfig tsconfig.app.json tests/bench-snapshot-tree.ts`: how long the snapshot model takes on 5,000 nodes (numbers, not
 * pass/fail). Pure building and queries on a synthetic vsd-shaped tree (80 % chain, 20 % branches, like the
 * emulator's stress VM), then the whole `runtime.snapshots.tree()` against the in-process vsd emulator's
 * `large` dataset (`snapshot-stress-5000`).
 */
import { performance } from 'node:perf_hooks';
import type { VsdSnapshot, VsdSnapshotTree } from '@/api/vsd/types';
import { adaptVsdSnapshots } from '@/domain/snapshots/adapt/vsd';
import { deletionSet, lostOnRollback, pathBetween, subtree } from '@/domain/snapshots/queries';
import { VSD_ORIGIN } from '@/domain/snapshots/testing';
import { setupMockServer } from '../mocks/node';
import { createControlClient } from '@/api/control/client';
import { demoRuntime } from './vms-emulated';

function synthetic(count: number, chainRate: number): { list: VsdSnapshot[]; tree: VsdSnapshotTree } {
  let seed = 5000;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const list: VsdSnapshot[] = [];
  const Parents: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = `s${i}`;
    Parents[name] = i === 0 ? '' : random() < chainRate ? `s${i - 1}` : `s${Math.floor(random() * i)}`;
    list.push({ ...VSD_ORIGIN, uuid: `u${i}`, name, ctime: 1_700_000_000 + i * 60 });
  }
  Parents.head = `s${count - 1}`;
  return { list, tree: { UUID: 'vm', Parents, Children: {} } };
}

function time<T>(label: string, work: () => T, runs = 20): T {
  let result = work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(48)} median ${samples[runs >> 1]!.toFixed(2)} ms   max ${samples.at(-1)!.toFixed(2)} ms`);
  return result;
}

for (const [label, chainRate] of [['80 % chain, 20 % branches', 0.8], ['one 5,000-deep chain', 1]] as const) {
  const { list, tree: shape } = synthetic(5000, chainRate);
  console.log(`-- ${label}`);
  const tree = time('adapt + build 5,000 vsd snapshots', () => adaptVsdSnapshots({ vmId: 'vm' }, list, shape));
  time('pathBetween(first, last)', () => pathBetween(tree, 's0', 's4999'));
  time('subtree(root) = 5,000', () => subtree(tree, 's0'));
  time('deletionSet(root, subtree)', () => deletionSet(tree, 's0', 'subtree'));
  time('lostOnRollback(root) from the last', () => lostOnRollback(tree, 's0'));
  console.log(`depth of the last node: ${pathBetween(tree, 's0', 's4999').ids.length}`);
}

const mock = setupMockServer({ prefix: 'http://localhost/mock', timeScale: 1 });
mock.server.listen({ onUnhandledRequest: 'error' });
await createControlClient('http://localhost/mock/__control').reset({ provider: 'vsd', dataset: 'large' });
const { runtime } = demoRuntime('vsd');
const stress = (await runtime.vms.list()).vms.find((vm) => vm.name === 'snapshot-stress-5000');
if (!stress) throw new Error('no snapshot-stress-5000 VM in the large dataset');
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  const live = await runtime.snapshots.tree({ vmId: stress.id });
  console.log(`runtime.snapshots.tree(snapshot-stress-5000) #${i + 1}: ${(performance.now() - started).toFixed(0)} ms, ${live.nodes.size} nodes, ${live.roots.length} root(s)`);
}
mock.server.close();
