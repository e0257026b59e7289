import { createFileRoute } from '@tanstack/react-router';
import { VmListPage } from '@/features/vms/list/VmListPage';
import { validateVmSearch } from '@/features/vms/list/search';

export const Route = createFileRoute('/vms/')({
  validateSearch: validateVmSearch,
  component: VmsRoute,
});

function VmsRoute() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return <VmListPage search={search} onSearch={(next) => void navigate({ search: next, replace: true })} />;
}
