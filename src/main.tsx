import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/AppProviders';
import { ConfigErrorScreen } from './app/ConfigErrorScreen';
import { loadConfig } from './app/config/loadConfig';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';
import { isEmulated } from './domain/connections/types';
import { selectConnections, useConnectionStore } from './shared/connections/store';
import './app/global.css';

const Devtools = import.meta.env.DEV
  ? lazy(() => import('@tanstack/react-query-devtools').then((m) => ({ default: m.ReactQueryDevtools })))
  : () => null;

async function bootstrap() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const result = await loadConfig();
  if (!result.ok) {
    root.render(
      <AppProviders>
        <ConfigErrorScreen issues={result.issues} />
      </AppProviders>,
    );
    return;
  }
  useConnectionStore.getState().initFromConfig(result.config);
  // The emulators (and their code) load only when some connection points at them.
  if (selectConnections(useConnectionStore.getState()).some(isEmulated)) {
    const { startBrowserMocks } = await import('../mocks/browser');
    await startBrowserMocks();
  }
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AppProviders>
          <RouterProvider router={router} />
        </AppProviders>
        <Suspense>
          <Devtools buttonPosition="bottom-left" />
        </Suspense>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void bootstrap();
