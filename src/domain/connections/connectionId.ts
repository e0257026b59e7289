/** Connection ids: short, URL- and storage-key-safe. */
export const CONNECTION_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * Names every plain object already answers to (`__proto__`, `constructor`, `toString`, ...) plus `prototype`:
 * stores keyed by connection id are plain objects, so such an id would read inherited values or, written with
 * `obj[id] = value`, replace the object's prototype.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export type ConnectionIdCheck = 'ok' | 'pattern' | 'reserved';

export function checkConnectionId(id: string): ConnectionIdCheck {
  if (!CONNECTION_ID_PATTERN.test(id)) return 'pattern';
  return RESERVED_IDS.has(id) ? 'reserved' : 'ok';
}

export const isConnectionId = (value: unknown): value is string => typeof value === 'string' && checkConnectionId(value) === 'ok';
