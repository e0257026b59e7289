import { createFileRoute } from '@tanstack/react-router';
import { AreaPage } from '@/features/placeholder/AreaPage';

export const Route = createFileRoute('/images')({
  staticData: { crumb: 'nav.images' },
  component: () => <AreaPage area="nav.images" />,
});
