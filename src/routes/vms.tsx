import { Outlet, createFileRoute } from '@tanstack/react-router';

/** /vms and its children (list, detail, create) share the "VMs" breadcrumb. */
export const Route = createFileRoute('/vms')({
  staticData: { crumb: 'nav.vms' },
  component: Outlet,
});
