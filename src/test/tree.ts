import { within } from '@testing-library/react';

/** Each treeitem of a snapshot tree as `level:kind:text`, where text is the snapshot name, NOW, or the resource heading. */
export function treeOutline(tree: HTMLElement): string[] {
  return within(tree)
    .getAllByRole('treeitem')
    .map((row) => {
      const kind = (row.getAttribute('data-testid') ?? '').replace('snapshot-row-', '');
      const name = kind === 'snapshot' ? within(row).getByTestId('snapshot-name').textContent : kind === 'now' ? 'NOW' : row.textContent;
      return `${row.getAttribute('aria-level')}:${kind}:${name}`;
    });
}
