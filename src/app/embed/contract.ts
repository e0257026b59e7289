/**
 * The embed postMessage contract, version 1 (docs/embed.md). Every message is a plain object carrying
 * `protocol: 'vmdeck-embed'` and `version: 1`, so a host can tell the console's messages from any other traffic
 * and a later version can change shapes without being misread.
 */
import type { Locale } from '@/i18n';
import type { ThemeChoice } from '@/shared/preferences/store';

export const EMBED_PROTOCOL = 'vmdeck-embed';
export const EMBED_VERSION = 1;

interface Envelope {
  protocol: typeof EMBED_PROTOCOL;
  version: typeof EMBED_VERSION;
}

/** Secrets by connection id, as the Connections form takes them (e.g. ZStack `password`, DBC `sessionId`). */
export type EmbedCredentials = Record<string, Record<string, string>>;

export type HostMessage = Envelope &
  (
    | {
        type: 'init';
        theme: ThemeChoice;
        locale: Locale;
        /** The connections to show (the others are switched off in this frame). */
        connectionIds?: string[];
        /** For this frame only: kept in memory, never written to any storage. */
        credentials?: EmbedCredentials;
        /** Where to start, an in-app path such as `/snapshots?connectionId=…`. */
        route?: string;
      }
    | { type: 'setTheme'; theme: ThemeChoice }
    | { type: 'setLocale'; locale: Locale }
    | { type: 'navigate'; route: string }
  );

export interface EmbedJob {
  id: string;
  connectionId: string;
  /** The action word, e.g. `snapshot.create`, `vm.start`. */
  action: string;
  target: { kind: string; id: string; name: string };
}

export type ConsoleMessage = Envelope &
  (
    | { type: 'ready' }
    | { type: 'routeChanged'; route: string }
    | { type: 'heightChanged'; height: number }
    | { type: 'jobStarted'; job: EmbedJob }
    | { type: 'jobFinished'; job: EmbedJob & { status: 'succeeded' | 'failed'; error?: { code: string; message: string } } }
    | { type: 'error'; code: string; message: string; provider?: string }
    | { type: 'needsSignIn'; connectionId: string; reason: 'refused' | 'missing' }
  );

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ConsoleEvent = DistributiveOmit<ConsoleMessage, keyof Envelope>;

export const consoleMessage = (event: ConsoleEvent): ConsoleMessage => ({ protocol: EMBED_PROTOCOL, version: EMBED_VERSION, ...event }) as ConsoleMessage;

const THEMES: readonly string[] = ['light', 'dark', 'system'] satisfies ThemeChoice[];
const LOCALES: readonly string[] = ['en', 'zh-CN'] satisfies Locale[];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTheme = (value: unknown): value is ThemeChoice => typeof value === 'string' && THEMES.includes(value);
const isLocale = (value: unknown): value is Locale => typeof value === 'string' && LOCALES.includes(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** An in-app path only: `/…`, never `//host` or a backslash trick, so a host cannot send the frame elsewhere. */
export const isAppRoute = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && value.length <= 2048;

function isCredentials(value: unknown): value is EmbedCredentials {
  return isObject(value) && Object.values(value).every((secrets) => isObject(secrets) && Object.values(secrets).every((secret) => typeof secret === 'string'));
}

/** The one gate for a host's message: anything that is not exactly a version-1 host message is `undefined`. */
export function parseHostMessage(data: unknown): HostMessage | undefined {
  if (!isObject(data) || data.protocol !== EMBED_PROTOCOL || data.version !== EMBED_VERSION) return undefined;
  switch (data.type) {
    case 'init': {
      const { theme, locale, connectionIds, credentials, route } = data;
      if (!isTheme(theme) || !isLocale(locale)) return undefined;
      if (connectionIds !== undefined && !isStringArray(connectionIds)) return undefined;
      if (credentials !== undefined && !isCredentials(credentials)) return undefined;
      if (route !== undefined && !isAppRoute(route)) return undefined;
      return { protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'init', theme, locale, connectionIds, credentials, route };
    }
    case 'setTheme':
      return isTheme(data.theme) ? { protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'setTheme', theme: data.theme } : undefined;
    case 'setLocale':
      return isLocale(data.locale) ? { protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'setLocale', locale: data.locale } : undefined;
    case 'navigate':
      return isAppRoute(data.route) ? { protocol: EMBED_PROTOCOL, version: EMBED_VERSION, type: 'navigate', route: data.route } : undefined;
    default:
      return undefined;
  }
}
