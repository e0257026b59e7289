import List, { type ListRef } from '@rc-component/virtual-list';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SnapshotTree } from '@/domain/snapshots/types';
import { flattenTree, type TreeRow } from './flatten';
import { treeKeyEffect } from './keys';
import { ROW_HEIGHT, SnapshotRow } from './SnapshotRow';

interface Props {
  tree: SnapshotTree;
  label: string;
  selectedId?: string;
  compareId?: string;
  onOpen(id: string): void;
  /** Delete pressed on a snapshot: the delete action decides (its dialog, or nothing when refused). */
  onDelete?(id: string): void;
  /** Pixel height of the scrolling area; only the rows it holds are rendered. */
  height: number;
}

/**
 * The snapshot tree as a WAI-ARIA tree: one tab stop (roving tabindex), arrows move, Left/Right collapse and
 * expand, Enter opens the details, Delete asks to delete. Rows are windowed (rc-virtual-list), so 5,000 nodes cost ~20 rendered rows.
 */
export function SnapshotTreeView({ tree, label, selectedId, compareId, onOpen, onDelete, height }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useMemo(() => flattenTree(tree, collapsed), [tree, collapsed]);
  const [activeKey, setActiveKey] = useState<string | undefined>(selectedId);
  const listRef = useRef<ListRef>(null);
  const wantsFocus = useRef(false);
  // A collapsed or vanished row cannot hold the tab stop: fall back to the selection, then the first row.
  const active = rows.find((r) => r.key === activeKey)?.key ?? rows.find((r) => r.key === selectedId)?.key ?? rows[0]?.key;

  const toggle = (key: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const focusRow = (key: string) => {
    wantsFocus.current = true;
    setActiveKey(key);
    listRef.current?.scrollTo({ key, align: 'auto' });
  };

  // The row moved to may only be rendered after the list scrolls (windowing): focus it when it mounts.
  const focusOnMount = useCallback((element: HTMLDivElement | null) => {
    if (!element || !wantsFocus.current) return;
    wantsFocus.current = false;
    element.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!active) return;
    const effect = treeKeyEffect(event.key, rows, active);
    if (!effect) return;
    event.preventDefault();
    if ('focus' in effect) focusRow(effect.focus);
    else if ('toggle' in effect) toggle(effect.toggle);
    else if ('remove' in effect) onDelete?.(effect.remove);
    else onOpen(effect.open);
  };

  const onClick = (row: TreeRow) => {
    focusRow(row.key);
    if (row.kind === 'snapshot') onOpen(row.key);
  };

  return (
    <div role="tree" aria-label={label} onKeyDown={onKeyDown} data-testid="snapshot-tree">
      <List<TreeRow> ref={listRef} data={rows} height={height} itemHeight={ROW_HEIGHT} itemKey="key" fullHeight={false}>
        {(row) => (
          <SnapshotRow row={row} active={row.key === active} rowRef={row.key === active ? focusOnMount : undefined} selected={row.key === selectedId} comparing={row.key === compareId} provider={tree.provider} onToggle={toggle} onClick={onClick} />
        )}
      </List>
    </div>
  );
}
