import { useShallow } from 'zustand/react/shallow';
import type { Connection } from '@/domain/connections/types';
import { isEmulated } from '@/domain/connections/types';
import { selectActiveIds, selectConnections, useConnectionStore } from './store';

/** All visible connections (stable array while nothing changed). */
export function useConnections(): Connection[] {
  return useConnectionStore(useShallow(selectConnections));
}

/** Active connections, in list order: the ones pages fan out to. */
export function useActiveConnections(): Connection[] {
  return useConnectionStore(
    useShallow((state) => {
      const active = selectActiveIds(state);
      return selectConnections(state).filter((connection) => active.includes(connection.id));
    }),
  );
}

export function useActiveIds(): string[] {
  return useConnectionStore(useShallow(selectActiveIds));
}

/** The Demo badge shows while any active connection is served by the emulator. */
export function useDemoActive(): boolean {
  return useActiveConnections().some(isEmulated);
}
