import { create } from 'zustand';
import type { ImageListSearch } from './search';

interface LastImageSearch {
  /** The image list's filters, search, sort and page as last shown. */
  search: ImageListSearch;
  remember(search: ImageListSearch): void;
}

/** As the VM list's: the detail page's "Back to images" returns to the list as the user left it (memory only). */
export const useLastImageSearch = create<LastImageSearch>()((set) => ({
  search: {},
  remember: (search) => set({ search }),
}));
