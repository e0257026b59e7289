import { createFileRoute } from '@tanstack/react-router';
import { AreaPage } from '@/features/placeholder/AreaPage';

export const Route = createFileRoute('/images')({
  staticData: { crumb: 'nav.images' },
  // The overview links here per connection; the images issue's page will filter by it.
  validateSearch: (raw: Record<string, unknown>): { connection?: string } => ({
    connection: typeof raw.connection === 'string' && raw.connection !== '' ? raw.connection : undefined,
  }),
  component: () => <AreaPage area="nav.images" />,
});
