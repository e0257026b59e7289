import { screen, within } from '@testing-library/react';
import { renderApp, type RenderAppOptions } from './renderApp';

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

/** Renders the app at `route` and waits for the snapshot tree. */
export async function renderTree(route: string, options: RenderAppOptions) {
  const app = await renderApp(route, options);
  const tree = await screen.findByRole('tree', {}, { timeout: 15_000 });
  return { app, tree };
}
