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

// vitest's jsdom globals mix two realms: Uint8Array is jsdom's, TextEncoder is Node's, so encoded bytes fail
// `instanceof Uint8Array` and @polkadot / @noble hash them wrongly (the DBC emulator then refuses every valid
// session signature). Encode into the global Uint8Array, before any test module captures an encoder.
if (typeof window !== 'undefined' && !(new TextEncoder().encode('') instanceof Uint8Array)) {
  const NodeTextEncoder = globalThis.TextEncoder;
  class SameRealmTextEncoder extends NodeTextEncoder {
    override encode(input?: string): Uint8Array<ArrayBuffer> {
      return new Uint8Array(super.encode(input));
    }
  }
  Object.defineProperty(globalThis, 'TextEncoder', { writable: true, configurable: true, value: SameRealmTextEncoder });
}
