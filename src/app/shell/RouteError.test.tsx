import { fireEvent, render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { ProviderError } from '@/api/errors';
import { usePreferences } from '@/shared/preferences/store';
import { AppProviders } from '../AppProviders';
import { NotFound, RouteError } from './RouteError';

/** The page is broken until the test "fixes" it; then Retry must render it again. */
let broken = true;

function Flaky() {
  if (broken) {
    throw new ProviderError({ provider: 'zstack', httpStatus: 503, code: 'SYS.1000', message: 'internal error', kind: 'server', retriable: false });
  }
  return <p>page content</p>;
}

function renderAt(path: string) {
  const root = createRootRoute({ component: Outlet, errorComponent: RouteError, notFoundComponent: NotFound });
  const page = createRoute({ getParentRoute: () => root, path: '/', component: Flaky });
  const router = createRouter({ routeTree: root.addChildren([page]), history: createMemoryHistory({ initialEntries: [path] }) });
  return render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

describe('route error boundary', () => {
  beforeEach(() => usePreferences.setState({ locale: 'en' }));

  it('shows the error and a retry that renders the page again', async () => {
    broken = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderAt('/');
    expect(await screen.findByTestId('route-error')).toHaveTextContent('Something went wrong');
    expect(screen.getByTestId('route-error')).toHaveTextContent('Code SYS.1000');
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('page content')).toBeInTheDocument();
  });

  it('an unknown path renders the 404 page naming it', async () => {
    renderAt('/missing/path');
    expect(await screen.findByTestId('not-found')).toHaveTextContent('There is nothing at /missing/path.');
  });
});
