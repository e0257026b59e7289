import { createFileRoute } from '@tanstack/react-router';
import { AreaPage } from '@/features/placeholder/AreaPage';

export const Route = createFileRoute('/snapshots')({
  staticData: { crumb: 'nav.snapshots' },
  component: () => <AreaPage area="nav.snapshots" />,
});
