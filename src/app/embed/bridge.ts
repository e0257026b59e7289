import type { IgnoredReason } from '@/shared/embed';
import { consoleMessage, parseHostMessage, type ConsoleEvent, type HostMessage } from './contract';

export interface BridgeWindow {
  parent: { postMessage(message: unknown, targetOrigin: string): void };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface BridgeOptions {
  win: BridgeWindow;
  allowedOrigins: readonly string[];
  /** The parent's origin as framing read it (already checked against allowedOrigins), for `ready` before any message. */
  initialOrigin?: string;
  onMessage(message: HostMessage): void;
  onIgnored?(reason: IgnoredReason, origin: string): void;
  onAccepted?(message: HostMessage, origin: string): void;
}

export interface EmbedBridge {
  post(event: ConsoleEvent): void;
  /** Where replies go: the verified host origin, or undefined (then nothing is sent). */
  targetOrigin(): string | undefined;
  stop(): void;
}

/**
 * The frame's end of the contract. A message is accepted only when its origin is exactly an allowed one, it comes
 * from the parent window (not another frame or a popup of the same origin), and its shape validates; the rest is
 * ignored and reported. Replies go to the origin last verified, never `*`.
 */
export function createEmbedBridge({ win, allowedOrigins, initialOrigin, onMessage, onIgnored, onAccepted }: BridgeOptions): EmbedBridge {
  let target = initialOrigin !== undefined && allowedOrigins.includes(initialOrigin) ? initialOrigin : undefined;
  const listener = (event: MessageEvent) => {
    if (!allowedOrigins.includes(event.origin)) return onIgnored?.('origin', event.origin);
    if (event.source !== win.parent) return onIgnored?.('source', event.origin);
    const message = parseHostMessage(event.data);
    if (!message) return onIgnored?.('shape', event.origin);
    target = event.origin;
    onAccepted?.(message, event.origin);
    onMessage(message);
  };
  win.addEventListener('message', listener);
  return {
    post(event) {
      if (target !== undefined) win.parent.postMessage(consoleMessage(event), target);
    },
    targetOrigin: () => target,
    stop: () => win.removeEventListener('message', listener),
  };
}
