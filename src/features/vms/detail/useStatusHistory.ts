import { useState } from 'react';
import type { Vm } from '@/domain/vms/types';

export interface StatusChange {
  at: number;
  status: Vm['status'];
  providerStatus: string;
}

/**
 * The VM's status words seen while this page is open, oldest first: the first reading, then every change the
 * polling brings. Kept in component state (adjusted during render, React's pattern for state derived from props).
 */
export function useStatusHistory(vm: Vm | undefined, now: () => number = Date.now): StatusChange[] {
  const [history, setHistory] = useState<StatusChange[]>([]);
  const last = history[history.length - 1];
  if (vm && (!last || last.providerStatus !== vm.providerStatus || last.status !== vm.status)) {
    setHistory([...history, { at: now(), status: vm.status, providerStatus: vm.providerStatus }]);
  }
  return history;
}
