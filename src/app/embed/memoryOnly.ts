import type { PersistStorage } from 'zustand/middleware';
import { useConnectionStore } from '@/shared/connections/store';
import { usePreferences } from '@/shared/preferences/store';

const nowhere = <S,>(): PersistStorage<S> => ({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined });

/**
 * In embed mode the host sets theme, language and active connections for its frame: they stay in memory, so the
 * frame does not change the console the same user opens directly on this origin (which shares its storage).
 */
export function keepHostStateInMemory(): void {
  // Where the frame has no storage at all, zustand's persist gives the store no `persist` API: nothing to turn off.
  (usePreferences.persist as typeof usePreferences.persist | undefined)?.setOptions({ storage: nowhere() });
  (useConnectionStore.persist as typeof useConnectionStore.persist | undefined)?.setOptions({ storage: nowhere() });
}
