import { createFileRoute } from '@tanstack/react-router';
import { VmDetailPage } from '@/features/vms/detail/VmDetailPage';
import { oneOf } from '@/shared/listSearch';
import { VM_DETAIL_TABS, type VmDetailTab } from '@/features/vms/detail/tabs';

export const Route = createFileRoute('/vms/$connectionId/$vmId')({
  staticData: { crumb: 'vms.detail.crumb' },
  validateSearch: (raw: Record<string, unknown>): { tab?: VmDetailTab } => ({ tab: oneOf(raw.tab, VM_DETAIL_TABS) }),
  component: VmDetailRoute,
});

function VmDetailRoute() {
  const { connectionId, vmId } = Route.useParams();
  const { tab } = Route.useSearch();
  const navigate = Route.useNavigate();
  return <VmDetailPage connectionId={connectionId} vmId={vmId} tab={tab ?? 'overview'} onTab={(next) => void navigate({ search: { tab: next === 'overview' ? undefined : next }, replace: true })} />;
}
