import { createFileRoute } from '@tanstack/react-router';
import { SnapshotsPage } from '@/features/snapshots/SnapshotsPage';
import { validateSnapshotSearch } from '@/features/snapshots/search';

export const Route = createFileRoute('/snapshots')({
  staticData: { crumb: 'nav.snapshots' },
  validateSearch: validateSnapshotSearch,
  component: SnapshotsRoute,
});

function SnapshotsRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return <SnapshotsPage search={search} onSearch={(next) => void navigate({ search: next, replace: true })} />;
}
