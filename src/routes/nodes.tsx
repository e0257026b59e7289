import { Outlet, createFileRoute } from '@tanstack/react-router';

/** The Nodes area: the list (nodes.index) and a node's detail (nodes.$connectionId.$nodeId) under one crumb. */
export const Route = createFileRoute('/nodes')({
  staticData: { crumb: 'nav.nodes' },
  component: Outlet,
});
