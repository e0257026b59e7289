import { createEmbedBridge, type BridgeWindow } from './bridge';
import { EMBED_PROTOCOL, EMBED_VERSION, parseHostMessage } from './contract';
import { readFraming } from './framing';

const PORTAL = 'https://portal.example.com';
const v1 = { protocol: EMBED_PROTOCOL, version: EMBED_VERSION };

/** A frame's window whose parent records what it is sent; `deliver` plays a message event. */
function fakeFrame() {
  const sent: Array<{ message: unknown; targetOrigin: string }> = [];
  const parent = { postMessage: (message: unknown, targetOrigin: string) => sent.push({ message, targetOrigin }) };
  let listener: ((event: MessageEvent) => void) | undefined;
  const win: BridgeWindow = {
    parent,
    addEventListener: (_type, l) => (listener = l),
    removeEventListener: () => (listener = undefined),
  };
  const deliver = (data: unknown, origin = PORTAL, source: unknown = parent) => listener?.({ data, origin, source } as unknown as MessageEvent);
  return { win, parent, sent, deliver };
}

function start(frame: ReturnType<typeof fakeFrame>, initialOrigin?: string) {
  const accepted: unknown[] = [];
  const ignored: string[] = [];
  const bridge = createEmbedBridge({
    win: frame.win,
    allowedOrigins: [PORTAL],
    initialOrigin,
    onMessage: (message) => accepted.push(message),
    onIgnored: (reason) => ignored.push(reason),
  });
  return { bridge, accepted, ignored };
}

describe('embed bridge', () => {
  it('accepts a valid message from the parent on an allowed origin and replies to that origin only', () => {
    const frame = fakeFrame();
    const { bridge, accepted, ignored } = start(frame);
    bridge.post({ type: 'ready' });
    expect(frame.sent).toEqual([]); // no verified origin yet: nothing is sent, never to '*'
    frame.deliver({ ...v1, type: 'setTheme', theme: 'dark' });
    expect(accepted).toEqual([{ ...v1, type: 'setTheme', theme: 'dark' }]);
    expect(ignored).toEqual([]);
    bridge.post({ type: 'heightChanged', height: 640 });
    expect(frame.sent).toEqual([{ message: { ...v1, type: 'heightChanged', height: 640 }, targetOrigin: PORTAL }]);
  });

  it('ignores and counts a wrong origin, another window and a bad shape', () => {
    const frame = fakeFrame();
    const { accepted, ignored } = start(frame);
    frame.deliver({ ...v1, type: 'setTheme', theme: 'dark' }, 'https://evil.example.com');
    frame.deliver({ ...v1, type: 'setTheme', theme: 'dark' }, 'https://portal.example.com:444');
    frame.deliver({ ...v1, type: 'setTheme', theme: 'dark' }, PORTAL, { postMessage: () => undefined });
    frame.deliver({ ...v1, type: 'setTheme', theme: 'purple' });
    frame.deliver({ type: 'setTheme', theme: 'dark' });
    expect(accepted).toEqual([]);
    expect(ignored).toEqual(['origin', 'origin', 'source', 'shape', 'shape']);
    expect(frame.sent).toEqual([]);
  });

  it('says ready to the allowed parent origin framing read, before any message', () => {
    const frame = fakeFrame();
    start(frame, PORTAL).bridge.post({ type: 'ready' });
    start(frame, 'https://evil.example.com').bridge.post({ type: 'ready' });
    expect(frame.sent).toEqual([{ message: { ...v1, type: 'ready' }, targetOrigin: PORTAL }]);
  });
});

describe('host message shapes', () => {
  it.each([
    [{ ...v1, type: 'init', theme: 'dark', locale: 'zh-CN', route: '/vms' }, true],
    [{ ...v1, type: 'init', theme: 'dark', locale: 'zh-CN', credentials: { zs: { password: 'x' } }, connectionIds: ['zs'] }, true],
    [{ ...v1, type: 'init', theme: 'dark', locale: 'fr' }, false],
    [{ ...v1, type: 'init', theme: 'dark', locale: 'en', credentials: { zs: { password: 1 } } }, false],
    [{ ...v1, type: 'navigate', route: '//evil.example.com/x' }, false],
    [{ ...v1, type: 'navigate', route: 'https://evil.example.com' }, false],
    [{ ...v1, type: 'navigate', route: '/\\evil.example.com' }, false],
    [{ ...v1, type: 'navigate', route: '/snapshots?connectionId=demo-vsd' }, true],
    [{ ...v1, version: 2, type: 'setLocale', locale: 'en' }, false],
    [{ ...v1, type: 'eval', code: 'x' }, false],
    ['{"type":"setTheme"}', false],
  ])('%j valid: %s', (data, valid) => {
    expect(parseHostMessage(data) !== undefined).toBe(valid);
  });
});

describe('framing', () => {
  const frame = (ancestors: string[] | undefined, referrer = '') => {
    const win = { parent: {}, location: { ancestorOrigins: ancestors }, document: { referrer } };
    return win;
  };
  it('is not framed when the parent is the window itself', () => {
    const win = { parent: undefined as unknown, location: {}, document: { referrer: '' } };
    win.parent = win;
    expect(readFraming(win, [])).toEqual({ framed: false });
  });
  it('allows only when every ancestor is an allowed origin', () => {
    expect(readFraming(frame([PORTAL]), [PORTAL])).toEqual({ framed: true, allowed: true, parentOrigin: PORTAL });
    expect(readFraming(frame([PORTAL, 'https://evil.example.com']), [PORTAL])).toMatchObject({ framed: true, allowed: false });
    expect(readFraming(frame(['https://evil.example.com']), [PORTAL])).toEqual({ framed: true, allowed: false, parentOrigin: 'https://evil.example.com' });
  });
  it('falls back to the referrer, and refuses a parent it cannot name', () => {
    expect(readFraming(frame(undefined, `${PORTAL}/ops/vms`), [PORTAL])).toMatchObject({ allowed: true, parentOrigin: PORTAL });
    expect(readFraming(frame(undefined, ''), [PORTAL])).toEqual({ framed: true, allowed: false, parentOrigin: undefined });
  });
});
