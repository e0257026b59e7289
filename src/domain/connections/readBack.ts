import { isConnectionId } from './connectionId';
import { createConnection } from './create';
import type { Connection } from './types';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A connection read back from storage goes through the same checks as config.json and the form: storage is
 * written by older versions, other tabs and anyone with devtools, so a `//evil` URL, a user:password@ URL or a
 * `__proto__` id stored there is dropped, never used.
 */
export function readStoredConnection(raw: unknown, origin: Connection['origin']): Connection | undefined {
  if (!isObject(raw)) return undefined;
  const options = isObject(raw.options) ? raw.options : {};
  const created = createConnection({ id: raw.id, name: raw.name, baseUrl: raw.baseUrl, provider: raw.provider, options, origin });
  return created.ok ? created.connection : undefined;
}

/** The user's stored connections, each checked; a bad or repeated one is left out. */
export function readStoredUserConnections(raw: unknown): Connection[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  return raw.flatMap((entry) => {
    const connection = readStoredConnection(entry, 'user');
    if (!connection || seen.has(connection.id)) return [];
    seen.add(connection.id);
    return [connection];
  });
}

/** Edits of shipped connections by id; an entry whose key is not its own valid id is left out. */
export function readStoredOverrides(raw: unknown): Record<string, Connection> {
  if (!isObject(raw)) return {};
  const entries = Object.entries(raw).flatMap(([id, entry]) => {
    const connection = readStoredConnection(entry, 'config');
    return connection && connection.id === id ? [[id, connection] as const] : [];
  });
  return Object.fromEntries(entries);
}

/** A stored list of connection ids (hidden, active): valid ids only. */
export function readStoredIds(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter(isConnectionId) : [];
}

/** What the connection store persists, read back field by field (a missing or bad field takes its empty value). */
export interface StoredConnectionsState {
  userConnections: Connection[];
  overrides: Record<string, Connection>;
  hiddenShipped: string[];
  activeIds: string[] | null;
}

export function readStoredConnectionsState(raw: unknown): StoredConnectionsState {
  const stored = isObject(raw) ? raw : {};
  return {
    userConnections: readStoredUserConnections(stored.userConnections),
    overrides: readStoredOverrides(stored.overrides),
    hiddenShipped: readStoredIds(stored.hiddenShipped),
    // null means "never changed by the user": config's activeConnectionIds apply.
    activeIds: Array.isArray(stored.activeIds) ? readStoredIds(stored.activeIds) : null,
  };
}
