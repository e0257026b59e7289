import { create } from 'zustand';
import type { VmListSearch } from './search';

interface LastVmSearch {
  /** The VM list's filters, search, sort and page as last shown. */
  search: VmListSearch;
  remember(search: VmListSearch): void;
}

/**
 * The URL keeps the list's state over a reload; this keeps it while the user is elsewhere in the console, so
 * the side menu's "VMs" opens the list as they left it (memory only: a new tab starts with the full list).
 */
export const useLastVmSearch = create<LastVmSearch>()((set) => ({
  search: {},
  remember: (search) => set({ search }),
}));
