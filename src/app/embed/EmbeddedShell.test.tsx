import { act, screen, waitFor, within } from '@testing-library/react';
import type { JobRecord } from '@/domain/jobs/types';
import { useJobs } from '@/shared/jobs/store';
import { useConnectionStore } from '@/shared/connections/store';
import { PREFERENCES_KEY, usePreferences } from '@/shared/preferences/store';
import { renderApp } from '@/test/renderApp';
import { EMBED_PROTOCOL, EMBED_VERSION, type ConsoleMessage } from './contract';
import { keepHostStateInMemory } from './memoryOnly';
import { useEmbed } from '@/shared/embed';

const PORTAL = 'http://portal.test:8080';
const v1 = { protocol: EMBED_PROTOCOL, version: EMBED_VERSION };
const pristine = useEmbed.getState();

/** Frames the jsdom window under a fake parent that records what the console posts to it. */
function frameUnderPortal() {
  const sent: Array<{ message: ConsoleMessage; targetOrigin: string }> = [];
  const parent = { postMessage: (message: ConsoleMessage, targetOrigin: string) => sent.push({ message, targetOrigin }) };
  const own = Object.getOwnPropertyDescriptor(window, 'parent');
  Object.defineProperty(window, 'parent', { configurable: true, get: () => parent });
  onTestFinished(() => {
    if (own) Object.defineProperty(window, 'parent', own);
    else Reflect.deleteProperty(window, 'parent');
  });
  const fromHost = (data: unknown, origin = PORTAL, source: unknown = parent) =>
    act(() => {
      window.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
    });
  const types = () => sent.map((entry) => entry.message.type);
  return { sent, fromHost, types };
}

function embedded(parentOrigin?: string) {
  useEmbed.setState({ embedded: true, allowedOrigins: [PORTAL], parentOrigin, awaitingInit: parentOrigin !== undefined });
  onTestFinished(() => useEmbed.setState(pristine, true));
}

const job = (status: JobRecord['status']): JobRecord => ({
  id: 'job-1',
  connectionId: 'demo-vsd',
  provider: 'vsd',
  action: 'snapshot.create',
  target: { kind: 'vm', id: 'vm-1', name: 'web-01' },
  spec: { kind: 'immediate' },
  startedAt: 1,
  updatedAt: 1,
  status,
});

describe('embed mode', () => {
  it('shows the page alone (no side navigation, no header) and stays so across in-app navigation', async () => {
    embedded();
    const app = await renderApp('/images/demo-zstack/5d4c3b2a1f0e4d9c8b7a6f5e4d3c2b1a', { connections: ['zstack'] });
    const shell = await screen.findByTestId('embedded-shell');
    expect(screen.queryByTestId('side-nav')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Toggle navigation' })).toBeNull();
    // The breadcrumb back to the image list: a deep link, then a step inside the frame.
    await app.user.click(within(shell).getByRole('link', { name: 'Images' }));
    expect(await within(shell).findByTestId('images-table')).toBeInTheDocument();
    expect(screen.getByTestId('embedded-shell')).toBeInTheDocument();
    expect(screen.queryByTestId('side-nav')).toBeNull();
  });

  it('opens a node by deep link, alone in the frame', async () => {
    embedded();
    await renderApp('/nodes/demo-dbc/58fb618aa482c41114eb3cfdaefd3ba183172da9e25251449d045043fbd37f45', { connections: ['dbc'] });
    const shell = await screen.findByTestId('embedded-shell');
    expect(await within(shell).findByRole('tab', { name: 'Overview' })).toBeInTheDocument();
    expect(within(shell).getByTestId('create-vm-link')).toBeInTheDocument();
    expect(screen.queryByTestId('side-nav')).toBeNull();
  });

  it('waits for init from the allowed parent, takes it (theme, language, route; kept in memory) and reports ready, routes and jobs to it', async () => {
    embedded(PORTAL);
    const stored = { preferences: usePreferences.persist.getOptions().storage, connections: useConnectionStore.persist.getOptions().storage };
    onTestFinished(() => {
      usePreferences.persist.setOptions({ storage: stored.preferences });
      useConnectionStore.persist.setOptions({ storage: stored.connections });
    });
    keepHostStateInMemory();
    const host = frameUnderPortal();
    const app = await renderApp('/images', { connections: ['zstack'] });
    await waitFor(() => expect(host.types()).toContain('ready'));
    expect(host.sent.every((entry) => entry.targetOrigin === PORTAL)).toBe(true);
    // Nothing shown and nothing asked of a provider before the host's init (it may bring the credentials).
    expect(screen.getByTestId('embed-awaiting-init')).toBeInTheDocument();
    expect(screen.queryByTestId('images-table')).toBeNull();
    expect(app.requests.filter((request) => request.provider === 'zstack')).toEqual([]);

    host.fromHost({ ...v1, type: 'init', theme: 'dark', locale: 'zh-CN', route: '/jobs' });
    await waitFor(() => expect(host.sent.at(-1)?.message).toEqual({ ...v1, type: 'routeChanged', route: '/jobs' }));
    expect(screen.queryByTestId('embed-awaiting-init')).toBeNull();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem(PREFERENCES_KEY) ?? '').not.toContain('dark');

    act(() => useJobs.getState().add(job('running')));
    act(() => useJobs.getState().applyCheck('job-1', { status: 'succeeded' }));
    const jobEvents = host.sent.filter((entry) => entry.message.type.startsWith('job')).map((entry) => entry.message);
    expect(jobEvents).toEqual([
      { ...v1, type: 'jobStarted', job: { id: 'job-1', connectionId: 'demo-vsd', action: 'snapshot.create', target: { kind: 'vm', id: 'vm-1', name: 'web-01' } } },
      { ...v1, type: 'jobFinished', job: { id: 'job-1', connectionId: 'demo-vsd', action: 'snapshot.create', target: { kind: 'vm', id: 'vm-1', name: 'web-01' }, status: 'succeeded' } },
    ]);
  });

  it('ignores and counts messages from another origin, another window or of a bad shape: nothing changes', async () => {
    embedded(PORTAL);
    const host = frameUnderPortal();
    await renderApp('/images', { connections: ['zstack'] });
    await waitFor(() => expect(host.types()).toContain('ready'));
    host.fromHost({ ...v1, type: 'init', theme: 'light', locale: 'en' });
    expect(await screen.findByTestId('images-table')).toBeInTheDocument();
    host.fromHost({ ...v1, type: 'setTheme', theme: 'dark' }, 'http://evil.test');
    host.fromHost({ ...v1, type: 'setTheme', theme: 'dark' }, PORTAL, { postMessage: () => undefined });
    host.fromHost({ ...v1, type: 'navigate', route: 'https://evil.test/' });
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(useEmbed.getState()).toMatchObject({ accepted: 1, ignored: { origin: 1, source: 1, shape: 1 } });
    expect(screen.getByTestId('embed-debug')).toHaveTextContent('wrong origin1');
  });
});
