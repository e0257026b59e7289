import { createFileRoute } from '@tanstack/react-router';
import { AreaPage } from '@/features/placeholder/AreaPage';

export const Route = createFileRoute('/nodes')({
  staticData: { crumb: 'nav.nodes' },
  component: () => <AreaPage area="nav.nodes" />,
});
