import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';

/**
 * A client-side link by URL, for routes another area owns (VM detail, the create-VM form): it works whether or
 * not that route is registered yet, and still opens in a new tab with a modifier key.
 */
export function HrefLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  const onClick = useClientNavigation(href);
  return (
    <a href={href} data-testid={testId} onClick={onClick}>
      {children}
    </a>
  );
}

/** A click handler that navigates inside the app unless the user asked for a new tab or window. */
export function useClientNavigation(href: string) {
  const router = useRouter();
  return (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void router.navigate({ href });
  };
}

export const vmDetailHref = (connectionId: string, vmId: string) => `/vms/${encodeURIComponent(connectionId)}/${encodeURIComponent(vmId)}`;

export const createVmHref = (connectionId: string, nodeId: string) =>
  `/vms/create?${new URLSearchParams({ connection: connectionId, node: nodeId }).toString()}`;
