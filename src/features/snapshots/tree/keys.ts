import type { TreeRow } from './flatten';

/** What a key does in the tree (WAI-ARIA tree pattern): move focus, expand/collapse, open the details, or ask to delete. */
export type TreeKeyEffect = { focus: string } | { toggle: string } | { open: string } | { remove: string } | undefined;

export function treeKeyEffect(key: string, rows: readonly TreeRow[], activeKey: string): TreeKeyEffect {
  const at = rows.findIndex((r) => r.key === activeKey);
  const row = rows[at];
  if (!row) return rows[0] ? { focus: rows[0].key } : undefined;
  const to = (index: number): TreeKeyEffect => (rows[index] ? { focus: rows[index].key } : undefined);
  switch (key) {
    case 'ArrowDown':
      return to(at + 1);
    case 'ArrowUp':
      return to(at - 1);
    case 'Home':
      return to(0);
    case 'End':
      return to(rows.length - 1);
    case 'ArrowRight':
      if (row.kind === 'now' || !row.expandable) return undefined;
      return row.expanded ? to(at + 1) : { toggle: row.key };
    case 'ArrowLeft':
      if (row.kind !== 'now' && row.expandable && row.expanded) return { toggle: row.key };
      return row.parentKey ? { focus: row.parentKey } : undefined;
    case 'Enter':
      return row.kind === 'snapshot' ? { open: row.key } : row.kind === 'scope' ? { toggle: row.key } : undefined;
    case 'Delete':
      return row.kind === 'snapshot' ? { remove: row.key } : undefined;
    default:
      return undefined;
  }
}
