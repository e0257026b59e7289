import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useLastImageSearch } from './lastSearch';

/** A link to the image list as the user last left it (filters, search, sort, page): side menu and detail page. */
export function ImageListLink({ children, testId }: { children: ReactNode; testId?: string }) {
  const search = useLastImageSearch((state) => state.search);
  return (
    <Link to="/images" search={search} data-testid={testId}>
      {children}
    </Link>
  );
}
