import { createFileRoute } from '@tanstack/react-router';
import { NodesPage, type NodesSearch } from '@/features/nodes/NodesPage';

export const Route = createFileRoute('/nodes/')({
  validateSearch: (raw: Record<string, unknown>): NodesSearch => ({
    connection: typeof raw.connection === 'string' && raw.connection !== '' ? raw.connection : undefined,
  }),
  component: NodesRoute,
});

function NodesRoute() {
  return <NodesPage search={Route.useSearch()} />;
}
