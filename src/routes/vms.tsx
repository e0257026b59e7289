import { createFileRoute } from '@tanstack/react-router';
import { AreaPage } from '@/features/placeholder/AreaPage';

export const Route = createFileRoute('/vms')({
  staticData: { crumb: 'nav.vms' },
  component: () => <AreaPage area="nav.vms" />,
});
