import type { SnapshotNode, SnapshotResource, SnapshotTree } from '@/domain/snapshots/types';

/** One visible line of the tree view: a resource heading, a snapshot, or the "You are here" marker. */
/**
 * `indent`: visual depth. It follows the level for the first LEVEL_INDENTS levels, then grows only at branches, and
 * stops at MAX_INDENT, so a 5,000-long chain stays on screen; `level` is the real depth (aria-level).
 */
export type TreeRow = TreeRowBody & { indent: number };
type TreeRowBody =
  | { kind: 'scope'; key: string; level: number; parentKey?: string; resource: SnapshotResource; expandable: true; expanded: boolean }
  | {
      kind: 'snapshot';
      key: string;
      level: number;
      parentKey?: string;
      node: SnapshotNode;
      expandable: boolean;
      expanded: boolean;
      /** Roots only, where a scope holds several trees (ZStack): whether this is the tree the volume runs on. */
      currentTree?: boolean;
    }
  | { kind: 'now'; key: string; level: number; parentKey?: string; scopeId: string };

const LEVEL_INDENTS = 6;
const MAX_INDENT = 16;

export const nowKey = (scopeId: string) => `now:${scopeId}`;
export const scopeKey = (scopeId: string) => `scope:${scopeId}`;

/** The resources the tree covers, in a stable order (positions first: the VM before its volumes). */
export function scopesOf(tree: SnapshotTree): SnapshotResource[] {
  const seen = new Map<string, SnapshotResource>();
  for (const p of tree.positions) if (!seen.has(p.scope.id)) seen.set(p.scope.id, p.scope);
  for (const n of tree.nodes.values()) if (!seen.has(n.resource.id)) seen.set(n.resource.id, n.resource);
  return [...seen.values()];
}

type Pending = { id: string; level: number; indent: number; parentKey?: string } | { now: string; level: number; indent: number; parentKey?: string };

/**
 * The visible rows, depth first, children oldest first, each NOW marker as the last child of the snapshot the
 * running disks sit after. Iterative: a 5,000-deep chain must not blow the stack. `collapsed` holds row keys.
 */
export function flattenTree(tree: SnapshotTree, collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const scopes = scopesOf(tree);
  const headed = scopes.length > 1;
  const nowAfter = new Map<string, string[]>();
  for (const p of tree.positions) if (p.afterId !== undefined) nowAfter.set(p.afterId, [...(nowAfter.get(p.afterId) ?? []), p.scope.id]);
  const currentGroups = new Set(tree.positions.flatMap((p) => (p.afterId ? [tree.nodes.get(p.afterId)?.group ?? ''] : [])));

  for (const scope of scopes) {
    let level = 1;
    let parentKey: string | undefined;
    let indent = 0;
    if (headed) {
      const key = scopeKey(scope.id);
      const expanded = !collapsed.has(key);
      rows.push({ kind: 'scope', key, level, indent: 0, resource: scope, expandable: true, expanded });
      if (!expanded) continue;
      level = 2;
      indent = 1;
      parentKey = key;
    }
    const roots = tree.roots.filter((id) => tree.nodes.get(id)?.resource.id === scope.id);
    const several = roots.length > 1;
    const position = tree.positions.find((p) => p.scope.id === scope.id);
    const stack: Pending[] = roots.map((id): Pending => ({ id, level, indent, parentKey })).reverse();
    if (position && position.afterId === undefined) stack.push({ now: scope.id, level, indent, parentKey });
    while (stack.length) {
      const item = stack.pop()!;
      if ('now' in item) {
        rows.push({ kind: 'now', key: nowKey(item.now), level: item.level, indent: item.indent, parentKey: item.parentKey, scopeId: item.now });
        continue;
      }
      const node = tree.nodes.get(item.id)!;
      const children = tree.children.get(item.id) ?? [];
      const nows = nowAfter.get(item.id) ?? [];
      const expandable = children.length + nows.length > 0;
      const expanded = expandable && !collapsed.has(item.id);
      const isRoot = node.parentId === undefined;
      rows.push({ kind: 'snapshot', key: item.id, level: item.level, indent: item.indent, parentKey: item.parentKey, node, expandable, expanded, ...(isRoot && several ? { currentTree: currentGroups.has(node.group) } : {}) });
      if (!expanded) continue;
      const below = item.level + 1;
      const branches = children.length + nows.length > 1;
      const childIndent = Math.min(MAX_INDENT, item.indent + (item.indent < LEVEL_INDENTS || branches ? 1 : 0));
      for (const scopeId of nows) stack.push({ now: scopeId, level: below, indent: childIndent, parentKey: item.id });
      for (let i = children.length - 1; i >= 0; i--) stack.push({ id: children[i]!, level: below, indent: childIndent, parentKey: item.id });
    }
  }
  return rows;
}
