/**
 * jsdom lays nothing out. antd measures a few things (the virtual VM table, overflow of menus and tags); these
 * stubs give it what it asks for so pages render as in a browser, just without real sizes.
 */
let installed = false;

export function ensureLayoutStubs(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  if (!('ResizeObserver' in window)) {
    class NoResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: NoResizeObserver });
  }
  // The router restores scroll positions on navigation; jsdom only logs "not implemented".
  window.scrollTo = () => {};
  // antd reads ::before / ::after styles (scrollbar size, wave effect); jsdom has none and logs each call.
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => getComputedStyle(element);
}
