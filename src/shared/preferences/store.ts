import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { detectLocale, type Locale } from '@/i18n';

export type ThemeChoice = 'light' | 'dark' | 'system';

/** UI preferences only; server data lives in react-query, never here. */
export interface PreferencesState {
  locale: Locale;
  theme: ThemeChoice;
  /** Hidden column keys per table id. */
  hiddenColumns: Record<string, string[]>;
  /** Minutes without progress after which an image transfer is flagged stalled. */
  stallMinutes: number;
  setLocale(locale: Locale): void;
  setTheme(theme: ThemeChoice): void;
  setHiddenColumns(tableId: string, keys: string[]): void;
  setStallMinutes(minutes: number): void;
}

export const DEFAULT_STALL_MINUTES = 2;

export const PREFERENCES_KEY = 'vmdeck.preferences';

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      locale: detectLocale(),
      theme: 'system',
      hiddenColumns: {},
      stallMinutes: DEFAULT_STALL_MINUTES,
      setLocale: (locale) => set({ locale }),
      setTheme: (theme) => set({ theme }),
      setHiddenColumns: (tableId, keys) => set((state) => ({ hiddenColumns: { ...state.hiddenColumns, [tableId]: keys } })),
      setStallMinutes: (minutes) => set({ stallMinutes: Number.isFinite(minutes) && minutes >= 1 ? Math.round(minutes) : DEFAULT_STALL_MINUTES }),
    }),
    { name: PREFERENCES_KEY, version: 1 },
  ),
);
