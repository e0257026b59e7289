import { useSecrets } from './connections/secrets';
import { canRunEmulators, safeStorage } from './storage';

/** A sandboxed or third-party frame: reading `window.localStorage` / `sessionStorage` throws a SecurityError. */
function denyStorage() {
  const own = { local: Object.getOwnPropertyDescriptor(window, 'localStorage'), session: Object.getOwnPropertyDescriptor(window, 'sessionStorage') };
  const deny = () => {
    throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
  };
  Object.defineProperty(window, 'localStorage', { configurable: true, get: deny });
  Object.defineProperty(window, 'sessionStorage', { configurable: true, get: deny });
  onTestFinished(() => {
    if (own.local) Object.defineProperty(window, 'localStorage', own.local);
    if (own.session) Object.defineProperty(window, 'sessionStorage', own.session);
  });
}

describe('storage in a frame that has none', () => {
  it('a real connection still signs in, from memory, when sessionStorage throws', () => {
    denyStorage();
    expect(safeStorage('sessionStorage')).toBeUndefined();
    expect(() => useSecrets.getState().setSecrets('prod-zstack', { password: 'secret' }, true)).not.toThrow();
    expect(useSecrets.getState().byId['prod-zstack']).toEqual({ password: 'secret' });
    expect(() => useSecrets.getState().clear('prod-zstack')).not.toThrow();
  });

  it('the demo emulators are said unable to run without storage', () => {
    denyStorage();
    expect(canRunEmulators()).toBe(false);
  });

  it('is used normally where the page has it', () => {
    expect(safeStorage('localStorage')).toBe(window.localStorage);
  });
});
