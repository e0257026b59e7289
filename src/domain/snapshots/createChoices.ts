import type { SnapshotResource, SnapshotTree } from './types';

/** One disk or volume a create can include. */
export interface DiskChoice {
  id: string;
  name?: string;
  role?: SnapshotResource['role'];
}

/** The disks every DBC task has unless told otherwise (docs/providers/dbc.md §6.1: `disk_name` must be vda or vdb). */
const DBC_DISKS: readonly DiskChoice[] = [
  { id: 'vda', name: 'vda', role: 'root' },
  { id: 'vdb', name: 'vdb', role: 'data' },
];

/**
 * What a create may choose between: DBC era B the task's disks (the ones its snapshots list, else vda and vdb);
 * ZStack the VM's volumes (every volume has a position in the tree, with or without snapshots), system disk first.
 * Empty where the provider snapshots everything at once.
 */
export function diskChoicesOf(tree: SnapshotTree): DiskChoice[] {
  if (tree.provider === 'dbc') {
    const seen = [...new Set([...tree.nodes.values()].flatMap((n) => n.disks.filter((d) => d.diskId !== 'all').map((d) => d.diskId)))].sort();
    return seen.length ? seen.map((id) => DBC_DISKS.find((d) => d.id === id) ?? { id, name: id }) : [...DBC_DISKS];
  }
  if (tree.provider === 'zstack') {
    const volumes = tree.positions.map((p) => p.scope).filter((s) => s.kind === 'volume');
    const unique = [...new Map(volumes.map((v) => [v.id, v])).values()];
    return unique.map((v): DiskChoice => ({ id: v.id, name: v.name, role: v.role })).sort((a, b) => Number(b.role === 'root') - Number(a.role === 'root'));
  }
  return [];
}

/** Chosen by default: every DBC disk; the ZStack system disk (what the service takes when none is chosen), or the one volume. */
export function defaultDiskChoice(tree: SnapshotTree, choices: readonly DiskChoice[]): string[] {
  if (tree.provider === 'zstack') {
    if (tree.target.volumeId) return [tree.target.volumeId];
    const root = choices.filter((c) => c.role === 'root');
    return (root.length ? root : choices.slice(0, 1)).map((c) => c.id);
  }
  return choices.map((c) => c.id);
}
