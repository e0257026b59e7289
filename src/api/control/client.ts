import axios from 'axios';
import type { ProviderId } from '../provider';
import { CONTROL_BASE, type BackendState, type DatasetName, type FaultRule, type ProviderFlags } from './types';

/** Typed client of the emulators' control API (same origin as the console: the emulators run in the page). */
export function createControlClient(baseURL: string = CONTROL_BASE) {
  const http = axios.create({ baseURL, timeout: 10_000 });
  return {
    state: async () => (await http.get<BackendState>('/state')).data,
    addFault: async (rule: Omit<FaultRule, 'id'>) => (await http.post<FaultRule>('/faults', rule)).data,
    removeFault: async (id: string) => (await http.delete<BackendState>(`/faults/${encodeURIComponent(id)}`)).data,
    clearFaults: async (provider?: ProviderId) => (await http.delete<BackendState>('/faults', { params: { provider } })).data,
    setFlags: async (provider: ProviderId, flags: ProviderFlags) => (await http.post<BackendState>('/flags', { provider, ...flags })).data,
    settings: async (settings: { timeScale?: number; strictAuth?: boolean }) => (await http.post<BackendState>('/settings', settings)).data,
    reset: async (options: { dataset?: DatasetName; provider?: ProviderId } = {}) => (await http.post<BackendState>('/reset', options)).data,
  };
}
