/**
 * Who frames this page. Chromium and Safari list every ancestor's origin (`location.ancestorOrigins`); elsewhere
 * `document.referrer` gives the parent's. A parent whose origin cannot be read is treated as not allowed: the
 * console never shows its buttons under a page it cannot name (clickjacking).
 */
export type Framing =
  | { framed: false }
  | { framed: true; allowed: true; parentOrigin: string }
  | { framed: true; allowed: false; parentOrigin?: string };

export interface FramingWindow {
  parent: unknown;
  location: { ancestorOrigins?: ArrayLike<string> };
  document: { referrer: string };
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** The parent's origin, as far as the browser tells (undefined when it does not). */
export function parentOrigin(win: FramingWindow): string | undefined {
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return originOf(ancestors[0] ?? '');
  return win.document.referrer ? originOf(win.document.referrer) : undefined;
}

export function readFraming(win: FramingWindow, allowedOrigins: readonly string[]): Framing {
  if (win.parent === win) return { framed: false };
  const parent = parentOrigin(win);
  // Every ancestor must be allowed, as CSP frame-ancestors checks them: an allowed portal framed by another site is refused.
  const ancestors = win.location.ancestorOrigins ? Array.from(win.location.ancestorOrigins) : parent ? [parent] : [];
  const allowed = parent !== undefined && ancestors.length > 0 && ancestors.every((origin) => allowedOrigins.includes(origin));
  return allowed ? { framed: true, allowed: true, parentOrigin: parent } : { framed: true, allowed: false, parentOrigin: parent };
}
