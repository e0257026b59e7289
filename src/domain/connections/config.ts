import { isProviderId, type ProviderId } from '@/api/provider';
import { NODE_ID_PATTERN } from '../nodes/types';
import { createConnection, type ConnectionProblem } from './create';
import { normaliseOrigin } from './origin';
import { SECRET_FIELDS } from './defaults';
import { isEmulated, type AnySecrets, type Connection } from './types';

/** A shipped connection may carry help text and, for emulators only, demo credentials. */
export interface ConfiguredConnection {
  connection: Connection;
  help?: { en?: string; 'zh-CN'?: string };
  demoCredentials?: AnySecrets;
  /** DBC: the renter's node ids to start with (64 hex each). */
  nodeIds?: string[];
}

export interface AppConfig {
  connections: ConfiguredConnection[];
  /** Ids active on first start; defaults to every shipped connection. */
  activeConnectionIds: string[];
  /**
   * DBC emulator connections only: the public demo renter's mnemonic, by connection id. Kept apart from
   * `connections` so it never enters the connection store; the Renter panel reads it only when it signs.
   */
  demoWallets?: Record<string, { mnemonic: string }>;
  embed: { allowedOrigins: string[] };
}

/** One problem in config.json, named by its path so the error page can point at the field. */
export interface ConfigIssue {
  path: string;
  code: 'fetch' | 'json' | 'type' | 'required' | 'enum' | 'duplicate' | 'url' | 'otherHost' | 'userinfo' | 'reserved' | 'credentialsOnReal' | 'origin';
  expected?: string;
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; issues: ConfigIssue[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates the runtime config (public/config.json). Connection options may be flat or under `options`. */
export function parseAppConfig(raw: unknown): ConfigResult {
  const issues: ConfigIssue[] = [];
  if (!isObject(raw)) return { ok: false, issues: [{ path: '(root)', code: 'type', expected: 'object' }] };
  if (!Array.isArray(raw.connections)) {
    return { ok: false, issues: [{ path: 'connections', code: raw.connections === undefined ? 'required' : 'type', expected: 'array' }] };
  }
  const connections: ConfiguredConnection[] = [];
  const demoWallets: Record<string, { mnemonic: string }> = {};
  const seen = new Set<string>();
  raw.connections.forEach((entry, index) => {
    const parsed = parseConnection(entry, `connections[${index}]`, issues);
    if (!parsed) return;
    const wallet = readDemoWallet(entry as Record<string, unknown>, `connections[${index}]`, issues, parsed.connection);
    if (wallet) demoWallets[parsed.connection.id] = wallet;
    if (seen.has(parsed.connection.id)) issues.push({ path: `connections[${index}].id`, code: 'duplicate' });
    seen.add(parsed.connection.id);
    connections.push(parsed);
  });

  let allowedOrigins: string[] = [];
  if (raw.embed !== undefined) {
    if (!isObject(raw.embed)) issues.push({ path: 'embed', code: 'type', expected: 'object' });
    else if (raw.embed.allowedOrigins !== undefined) {
      const origins = raw.embed.allowedOrigins;
      if (!Array.isArray(origins) || origins.some((o) => typeof o !== 'string')) {
        issues.push({ path: 'embed.allowedOrigins', code: 'type', expected: 'string[]' });
      } else allowedOrigins = readOrigins(origins as string[], issues);
    }
  }

  let activeConnectionIds = connections.map((c) => c.connection.id);
  if (raw.activeConnectionIds !== undefined) {
    const ids = raw.activeConnectionIds;
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      issues.push({ path: 'activeConnectionIds', code: 'type', expected: 'string[]' });
    } else activeConnectionIds = (ids as string[]).filter((id) => seen.has(id));
  }

  if (issues.length) return { ok: false, issues };
  return { ok: true, config: { connections, activeConnectionIds, embed: { allowedOrigins }, ...(Object.keys(demoWallets).length ? { demoWallets } : {}) } };
}

/** `embed.allowedOrigins`: each must be an origin (normaliseOrigin); anything else is an `origin` issue. */
function readOrigins(entries: string[], issues: ConfigIssue[]): string[] {
  return entries.flatMap((entry, index) => {
    const origin = normaliseOrigin(entry);
    // The entry is shown on the error screen: a user:password@ in it is not.
    if (origin === undefined) issues.push({ path: `embed.allowedOrigins[${index}]`, code: 'origin', expected: entry.replace(/\/\/[^/]*@/, '//…@') });
    return origin === undefined ? [] : [origin];
  });
}

function parseConnection(entry: unknown, path: string, issues: ConfigIssue[]): ConfiguredConnection | undefined {
  if (!isObject(entry)) {
    issues.push({ path, code: 'type', expected: 'object' });
    return undefined;
  }
  const before = issues.length;
  const nestedOptions = isObject(entry.options) ? entry.options : undefined;
  // Options sit flat on the entry or under `options`; an `options` that is not an object would silently be ignored.
  if (entry.options !== undefined && !nestedOptions) issues.push({ path: `${path}.options`, code: 'type', expected: 'object' });
  const { id, name, baseUrl: rawBaseUrl, provider: rawProvider } = entry;
  const created = createConnection({ id, name, baseUrl: rawBaseUrl, provider: rawProvider, options: nestedOptions ?? entry, origin: 'config' });
  if (!created.ok) issues.push(...created.problems.map((problem) => issueAt(path, Boolean(nestedOptions), problem)));
  const provider = isProviderId(rawProvider) ? rawProvider : undefined;
  const baseUrl = typeof rawBaseUrl === 'string' ? rawBaseUrl : undefined;
  const demoCredentials = readCredentials(entry, path, issues, provider);
  if (demoCredentials && baseUrl && !isEmulated({ baseUrl })) {
    issues.push({ path: `${path}.demoCredentials`, code: 'credentialsOnReal' });
  }
  const help = readHelp(entry.help, `${path}.help`, issues);
  const nodeIds = readNodeIdList(entry.nodeIds, `${path}.nodeIds`, issues);

  if (!created.ok || issues.length > before) return undefined;
  return { connection: created.connection, help, demoCredentials, nodeIds };
}

/** A connection problem as a config.json path: options may sit flat on the entry or under `options`. */
function issueAt(path: string, optionsNested: boolean, { field, ...problem }: ConnectionProblem): ConfigIssue {
  const option = field.startsWith('options.') ? field.slice('options.'.length) : undefined;
  const at = option === undefined ? `${path}.${field}` : optionsNested ? `${path}.options.${option}` : `${path}.${option}`;
  return { path: at, ...problem };
}

function readCredentials(entry: Record<string, unknown>, path: string, issues: ConfigIssue[], provider?: ProviderId) {
  const raw = entry.demoCredentials;
  if (raw === undefined) return undefined;
  if (!isObject(raw)) {
    issues.push({ path: `${path}.demoCredentials`, code: 'type', expected: 'object' });
    return undefined;
  }
  const allowed: readonly string[] = provider ? SECRET_FIELDS[provider] : [];
  const secrets: AnySecrets = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!allowed.includes(key)) continue;
    if (typeof value !== 'string') issues.push({ path: `${path}.demoCredentials.${key}`, code: 'type', expected: 'string' });
    else secrets[key] = value;
  }
  return secrets;
}

/** `demoWallet: { mnemonic }`: DBC only, and like demoCredentials accepted for emulator connections only. */
function readDemoWallet(entry: Record<string, unknown>, path: string, issues: ConfigIssue[], connection: Connection): { mnemonic: string } | undefined {
  const raw = entry.demoWallet;
  if (raw === undefined) return undefined;
  const mnemonic = isObject(raw) ? raw.mnemonic : undefined;
  if (connection.provider !== 'dbc' || typeof mnemonic !== 'string' || mnemonic.trim().split(/\s+/).length < 12) {
    issues.push({ path: `${path}.demoWallet`, code: 'type', expected: 'DBC { mnemonic: 12+ words }' });
    return undefined;
  }
  if (!isEmulated(connection)) {
    issues.push({ path: `${path}.demoWallet`, code: 'credentialsOnReal' });
    return undefined;
  }
  return { mnemonic: mnemonic.trim() };
}

const HELP_LOCALES = ['en', 'zh-CN'] as const;

/** `help`: one text for every language, or `{ en?, zh-CN? }` of strings; anything else would crash the edit dialog. */
function readHelp(raw: unknown, path: string, issues: ConfigIssue[]): ConfiguredConnection['help'] {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') return { en: raw };
  const expected = "string | { en?: string, 'zh-CN'?: string }";
  if (!isObject(raw)) {
    issues.push({ path, code: 'type', expected });
    return undefined;
  }
  const help: NonNullable<ConfiguredConnection['help']> = {};
  for (const [key, value] of Object.entries(raw)) {
    const locale = HELP_LOCALES.find((known) => known === key);
    if (locale === undefined || typeof value !== 'string') issues.push({ path: `${path}.${key}`, code: 'type', expected });
    else help[locale] = value;
  }
  return help;
}

function readNodeIdList(raw: unknown, path: string, issues: ConfigIssue[]): string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'string' || !NODE_ID_PATTERN.test(id))) {
    issues.push({ path, code: 'type', expected: 'array of 64-hex node ids' });
    return undefined;
  }
  return raw as string[];
}
