import { createFileRoute } from '@tanstack/react-router';
import { PROVIDER_IDS } from '@/api/provider';
import { ConnectionsPage, type ConnectionsSearch } from '@/features/connections/ConnectionsPage';
import { oneOf, validateListSearch } from '@/shared/listSearch';

export const Route = createFileRoute('/settings/connections')({
  staticData: { crumb: 'nav.connections' },
  validateSearch: (raw: Record<string, unknown>): ConnectionsSearch => ({
    ...validateListSearch(raw),
    provider: oneOf(raw.provider, PROVIDER_IDS),
  }),
  component: ConnectionsRoute,
});

function ConnectionsRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return <ConnectionsPage search={search} onSearch={(next) => void navigate({ search: next, replace: true })} />;
}
