import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy* / waitFor give up after 1 s by default: a first antd render on 2 busy cores can take longer. A generous
// limit costs a passing test nothing (they resolve as soon as the condition holds).
configure({ asyncUtilTimeout: 10_000 });

// antd reads matchMedia (responsive grid, theme "follow system"); jsdom has none.
if (typeof window !== 'undefined' && !window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}
