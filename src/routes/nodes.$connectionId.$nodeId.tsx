import { createFileRoute } from '@tanstack/react-router';
import { NodeDetailPage } from '@/features/nodes/NodeDetailPage';
import { NODE_TABS, type NodeTab } from '@/features/nodes/tabs';
import { oneOf } from '@/shared/listSearch';

export const Route = createFileRoute('/nodes/$connectionId/$nodeId')({
  staticData: { crumb: 'nodes.detail.crumb' },
  validateSearch: (raw: Record<string, unknown>): { tab: NodeTab } => ({ tab: oneOf(raw.tab, NODE_TABS) ?? 'overview' }),
  component: NodeDetailRoute,
});

function NodeDetailRoute() {
  const { connectionId, nodeId } = Route.useParams();
  const { tab } = Route.useSearch();
  const navigate = Route.useNavigate();
  return <NodeDetailPage connectionId={connectionId} nodeId={nodeId} tab={tab} onTab={(next) => void navigate({ search: { tab: next }, replace: true })} />;
}
