import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { BackendState } from '@/api/control/types';
import { demoControlKeys, useDemoControls } from './useDemoControls';

const { seeded, reset } = vi.hoisted(() => {
  const seeded = { dataset: 'demo', timeScale: 0.02, strictAuth: false, faults: [], flags: {} } as unknown as BackendState;
  return { seeded, reset: vi.fn(async () => seeded) };
});
vi.mock('@/api/control/client', () => ({ createControlClient: () => ({ state: async () => seeded, reset }) }));

describe('useDemoControls().reset', () => {
  it('settles as soon as the emulators are reset, while every cached list refetches behind it', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    // A list whose refetch never ends: the slowest page must not hold back the "reset" message.
    let fetches = 0;
    const hook = renderHook(
      () => ({
        controls: useDemoControls(true),
        list: useQuery({ queryKey: ['vms', 'demo-dbc'], queryFn: () => (++fetches === 1 ? Promise.resolve([1]) : new Promise<number[]>(() => {})) }),
      }),
      { wrapper },
    );
    await waitFor(() => expect(hook.result.current.list.isSuccess).toBe(true));

    await hook.result.current.controls.reset.mutateAsync({});

    expect(reset).toHaveBeenCalledWith({});
    expect(client.getQueryData(demoControlKeys.state)).toEqual(seeded);
    expect(fetches).toBe(2);
    expect(client.getQueryState(['vms', 'demo-dbc'])?.fetchStatus).toBe('fetching');
  });
});
