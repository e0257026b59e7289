import axios, { type AxiosAdapter } from 'axios';
import type { ProviderId } from '../provider';
import {
  CONTROL_BASE,
  type BackendState,
  type ClockState,
  type DatasetName,
  type FaultRule,
  type LoggedRequest,
  type ProviderFlags,
  type RequestFilter,
} from './types';

export interface ControlClientOptions {
  /**
   * How requests are sent (axios's own by default). The e2e suite passes one that sends each request from
   * inside the page (the emulators live in the page's service worker), so tests use this same typed client.
   */
  adapter?: AxiosAdapter;
}

/** Typed client of the emulators' control API (same origin as the console: the emulators run in the page). */
export function createControlClient(baseURL: string = CONTROL_BASE, options: ControlClientOptions = {}) {
  const http = axios.create({ baseURL, timeout: 10_000, ...(options.adapter ? { adapter: options.adapter } : {}) });
  return {
    state: async () => (await http.get<BackendState>('/state')).data,
    addFault: async (rule: Omit<FaultRule, 'id'>) => (await http.post<FaultRule>('/faults', rule)).data,
    removeFault: async (id: string) => (await http.delete<BackendState>(`/faults/${encodeURIComponent(id)}`)).data,
    clearFaults: async (provider?: ProviderId) => (await http.delete<BackendState>('/faults', { params: { provider } })).data,
    setFlags: async (provider: ProviderId, flags: ProviderFlags) => (await http.post<BackendState>('/flags', { provider, ...flags })).data,
    settings: async (settings: { timeScale?: number; strictAuth?: boolean }) => (await http.post<BackendState>('/settings', settings)).data,
    /** Re-seeds the data; the injected faults and flags (an expired session) go too unless kept. */
    reset: async (options: { dataset?: DatasetName; provider?: ProviderId; keepFaults?: boolean; keepFlags?: boolean } = {}) =>
      (await http.post<BackendState>('/reset', options)).data,
    /** The provider requests the emulators received (oldest first, the last 500), filtered. */
    requests: async (filter: RequestFilter = {}) => (await http.get<LoggedRequest[]>('/requests', { params: filter })).data,
    clearRequests: async () => (await http.delete<{ cleared: number }>('/requests')).data,
    /** Emulator time. */
    clock: async () => (await http.get<ClockState>('/clock')).data,
    /** Moves emulator time forward: provider jobs due in that time finish as if it had passed. */
    advanceClock: async (ms: number) => (await http.post<ClockState>('/clock', { advanceMs: ms })).data,
  };
}

export type ControlClient = ReturnType<typeof createControlClient>;
