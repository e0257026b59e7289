import type { LoggedRequest, RequestFilter } from '../../src/api/control/types';

export type { LoggedRequest, RequestFilter };

/** How many requests the log keeps (the oldest go first). */
export const REQUEST_LOG_CAPACITY = 500;
/** Longer text bodies are cut (an uploaded image is not worth keeping). */
const MAX_BODY_CHARS = 8_000;

export interface RequestLog {
  /**
   * Records a request as it arrives (so `seq` is arrival order); `body` fills in its body once read, `answered`
   * its status once the emulator has responded.
   */
  record(entry: Omit<LoggedRequest, 'seq' | 'status'>): { body(value: unknown): void; answered(status: number | null, fault?: string): void };
  list(filter?: RequestFilter): LoggedRequest[];
  clear(): void;
}

/** The provider requests the emulators received, newest last, in memory only (never persisted). */
export function createRequestLog(capacity = REQUEST_LOG_CAPACITY): RequestLog {
  let entries: LoggedRequest[] = [];
  let seq = 0;
  return {
    record(fields) {
      const entry: LoggedRequest = { ...fields, seq: ++seq, status: null };
      entries.push(entry);
      if (entries.length > capacity) entries = entries.slice(entries.length - capacity);
      return {
        body(value) {
          if (value !== undefined) entry.body = value;
        },
        answered(status, fault) {
          entry.status = status;
          if (fault !== undefined) entry.fault = fault;
        },
      };
    },
    list(filter = {}) {
      const method = filter.method?.toUpperCase();
      return entries
        .filter(
          (entry) =>
            (!filter.provider || entry.provider === filter.provider) &&
            (!method || entry.method.toUpperCase() === method) &&
            (!filter.path || entry.path.includes(filter.path)),
        )
        .map((entry) => structuredClone(entry));
    },
    clear() {
      entries = [];
    },
  };
}

/** A request's query as a plain object; a repeated name keeps every value, in order. */
export function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const seen = query[name];
    query[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return query;
}

/** The body of a request (read from a clone: the emulator still reads the original): JSON when it parses, else text. */
export async function bodyOf(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  let text: string;
  try {
    text = await request.clone().text();
  } catch {
    return undefined;
  }
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}… (${text.length} characters)` : text;
  }
}
