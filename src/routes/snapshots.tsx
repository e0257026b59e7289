import { createFileRoute } from '@tanstack/react-router';
import { AreaPage } from '@/features/placeholder/AreaPage';

export const Route = createFileRoute('/snapshots')({
  staticData: { crumb: 'nav.snapshots' },
  // The overview links here per connection; the snapshots issue's page will filter by it.
  validateSearch: (raw: Record<string, unknown>): { connection?: string } => ({
    connection: typeof raw.connection === 'string' && raw.connection !== '' ? raw.connection : undefined,
  }),
  component: () => <AreaPage area="nav.snapshots" />,
});
