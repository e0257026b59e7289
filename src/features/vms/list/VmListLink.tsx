import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useLastVmSearch } from './lastSearch';

/** A link to the VM list as the user last left it (filters, search, sort): for the side menu. */
export function VmListLink({ children }: { children: ReactNode }) {
  const search = useLastVmSearch((state) => state.search);
  return (
    <Link to="/vms" search={search}>
      {children}
    </Link>
  );
}
