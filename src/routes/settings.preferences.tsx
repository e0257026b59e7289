import { createFileRoute } from '@tanstack/react-router';
import { PreferencesPage } from '@/features/preferences/PreferencesPage';

export const Route = createFileRoute('/settings/preferences')({
  staticData: { crumb: 'nav.preferences' },
  component: PreferencesPage,
});
