import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from './app/AppProviders';
import { ConfigErrorScreen } from './app/ConfigErrorScreen';
import { loadConfig } from './app/config/loadConfig';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';
import { EmbedRefusal } from './app/embed/EmbedRefusal';
import { readFraming } from './app/embed/framing';
import { keepHostStateInMemory } from './app/embed/memoryOnly';
import { isEmbedRequested, useEmbed } from './shared/embed';
import { isEmulated } from './domain/connections/types';
import { selectConnections, useConnectionStore } from './shared/connections/store';
import { canRunEmulators } from './shared/storage';
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
  const { allowedOrigins } = result.config.embed;
  const framing = readFraming(window, allowedOrigins);
  // Framed by a page that is not an allowed portal: no console at all, so nothing of it can be overlaid or clicked.
  if (framing.framed && !framing.allowed) {
    root.render(
      <AppProviders>
        <EmbedRefusal parentOrigin={framing.parentOrigin} />
      </AppProviders>,
    );
    return;
  }
  const search = new URLSearchParams(window.location.search);
  const embedded = isEmbedRequested(window.location.search);
  useEmbed.setState({
    embedded,
    debug: search.get('embedDebug') === '1',
    allowedOrigins,
    parentOrigin: framing.framed ? framing.parentOrigin : undefined,
    awaitingInit: embedded && framing.framed,
  });
  if (embedded) keepHostStateInMemory();
  useConnectionStore.getState().initFromConfig(result.config);
  // The emulators (and their code) load only when some connection points at them, and only where they can run.
  if (selectConnections(useConnectionStore.getState()).some(isEmulated)) {
    if (canRunEmulators()) {
      const { startBrowserMocks } = await import('../mocks/browser');
      await startBrowserMocks();
    } else useEmbed.setState({ demoUnavailable: true });
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
