import { Outlet, createFileRoute } from '@tanstack/react-router';
import { validateImageSearch } from '@/features/images/search';

/**
 * /images and its detail pages share the "Images" breadcrumb. The list's search params live here, so the
 * overview's per-connection link (`/images?connection=`) and the side menu land on the list as before.
 */
export const Route = createFileRoute('/images')({
  staticData: { crumb: 'nav.images' },
  validateSearch: validateImageSearch,
  component: Outlet,
});
