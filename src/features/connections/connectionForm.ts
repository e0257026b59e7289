import type { ProviderId } from '@/api/provider';
import { checkBaseUrl, type BaseUrlRefusal } from '@/domain/connections/baseUrl';
import { checkConnectionId } from '@/domain/connections/connectionId';
import { IDC51_ZONE_PATTERN, OPTION_KEYS, createConnection } from '@/domain/connections/create';
import { DEFAULT_OPTIONS, SECRET_FIELDS } from '@/domain/connections/defaults';
import type { AnySecrets, Connection } from '@/domain/connections/types';
import type { MessageKey } from '@/i18n';

/** The connection form's values: flat strings, so antd Form can own them while the user types. */
export interface ConnectionFormValues {
  provider: ProviderId;
  id: string;
  name: string;
  baseUrl: string;
  options: Record<string, string>;
  secrets: Record<string, string>;
  rememberForTab: boolean;
}

/** A connection's options as the form's flat strings. */
function optionStrings(options: Connection['options']): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(options)) if (typeof value === 'string') strings[key] = value;
  return strings;
}

export function emptyFormValues(provider: ProviderId = 'dbc'): ConnectionFormValues {
  return { provider, id: '', name: '', baseUrl: '', options: optionStrings(DEFAULT_OPTIONS[provider]), secrets: {}, rememberForTab: false };
}

export function toFormValues(connection: Connection, secrets: AnySecrets, remembered: boolean): ConnectionFormValues {
  const options = optionStrings(connection.options);
  const formSecrets: Record<string, string> = {};
  for (const key of SECRET_FIELDS[connection.provider]) formSecrets[key] = secrets[key] ?? '';
  return { provider: connection.provider, id: connection.id, name: connection.name, baseUrl: connection.baseUrl, options, secrets: formSecrets, rememberForTab: remembered };
}

const withoutTrailingSlashes = (url: string) => url.trim().replace(/\/+$/, '');

/** The connection the form describes; an option left empty takes the provider's default. */
export function fromFormValues(values: ConnectionFormValues, origin: Connection['origin']): { connection: Connection; secrets: AnySecrets } {
  const options: Record<string, string> = {};
  for (const key of OPTION_KEYS[values.provider]) {
    const value = values.options[key]?.trim();
    if (value) options[key] = value;
  }
  const secrets: AnySecrets = {};
  for (const key of SECRET_FIELDS[values.provider]) if (values.secrets[key]) secrets[key] = values.secrets[key];
  const created = createConnection({
    id: values.id.trim(),
    provider: values.provider,
    name: values.name.trim(),
    baseUrl: withoutTrailingSlashes(values.baseUrl),
    options,
    origin,
  });
  // The form's own rules (required fields, validateId, validateBaseUrl) run before this is called.
  if (!created.ok) throw new Error(`The connection form let invalid values through: ${created.problems.map((p) => `${p.field} ${p.code}`).join(', ')}`);
  return { connection: created.connection, secrets };
}

/** A readable id from a name: "My ZStack #2" -> "my-zstack-2". */
export function slugId(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
}

const BASE_URL_REFUSAL: Record<BaseUrlRefusal, MessageKey> = {
  url: 'connections.validation.url',
  otherHost: 'configSafety.validation.otherHost',
  userinfo: 'configSafety.validation.userinfo',
};

/** Checks the URL as it will be saved: trimmed, without trailing slashes. */
export function validateBaseUrl(value: string): MessageKey | undefined {
  const trimmed = withoutTrailingSlashes(value);
  if (!trimmed) return 'connections.validation.required';
  const check = checkBaseUrl(trimmed);
  if (check.ok) return undefined;
  return BASE_URL_REFUSAL[check.code];
}

export function validateId(value: string, takenIds: readonly string[]): MessageKey | undefined {
  const trimmed = value.trim();
  if (!trimmed) return 'connections.validation.required';
  const check = checkConnectionId(trimmed);
  if (check === 'pattern') return 'connections.validation.id';
  if (check === 'reserved') return 'configSafety.validation.reservedId';
  if (takenIds.includes(trimmed)) return 'connections.validation.duplicateId';
  return undefined;
}

/** A zone is a path segment of its own (checked again by createConnection). */
export function validateZone(value: string): MessageKey | undefined {
  const trimmed = value.trim();
  return !trimmed || IDC51_ZONE_PATTERN.test(trimmed) ? undefined : 'configSafety.validation.zone';
}

/** Options each provider's form shows, in order, with whether they are required and their own check. */
export const OPTION_FIELDS: Record<ProviderId, Array<{ key: string; label: MessageKey; required?: boolean; validate?: (value: string) => MessageKey | undefined }>> = {
  dbc: [{ key: 'era', label: 'connections.field.era', required: true }],
  idc51: [
    { key: 'zone', label: 'connections.field.zone', required: true, validate: validateZone },
    { key: 'clientId', label: 'connections.field.clientId' },
  ],
  vsd: [
    { key: 'clusterUuid', label: 'connections.field.clusterUuid', required: true },
    { key: 'tenant', label: 'connections.field.tenant' },
    { key: 'user', label: 'connections.field.user' },
    { key: 'tenantName', label: 'connections.field.tenantName' },
  ],
  zstack: [{ key: 'accountName', label: 'connections.field.accountName', required: true }],
};

/**
 * Secrets a provider cannot work without: without them every request is refused with the provider's raw
 * complaint (ZStack: "missing header 'Authorization'"). DBC reads node lists anonymously; vsd signs in with a
 * password or takes an API key directly, so either one will do.
 */
export function missingSecrets(provider: ProviderId, secrets: Record<string, string | undefined>): string[] {
  const has = (key: string) => Boolean(secrets[key]?.trim());
  switch (provider) {
    case 'idc51':
      return has('clientSecret') ? [] : ['clientSecret'];
    case 'zstack':
      return has('password') ? [] : ['password'];
    case 'vsd':
      return has('password') || has('apiKey') ? [] : ['password'];
    case 'dbc':
      return [];
  }
}

/** The options naming the account a connection signs in as (two connections with the same one see the same VMs). */
const ACCOUNT_OPTIONS: Record<ProviderId, readonly string[]> = {
  dbc: [],
  idc51: ['zone', 'clientId'],
  vsd: ['clusterUuid', 'tenant', 'user'],
  zstack: ['accountName'],
};

/** Provider, endpoint (case and trailing slashes aside) and account: what makes two connections the same source. */
export function endpointKey(provider: ProviderId, baseUrl: string, options: Readonly<Record<string, unknown>>): string {
  const account = ACCOUNT_OPTIONS[provider].map((key) => {
    const value = options[key];
    return typeof value === 'string' ? value.trim() : '';
  });
  return JSON.stringify([provider, withoutTrailingSlashes(baseUrl).toLowerCase(), ...account]);
}

/** Another connection with the same endpoint and account as the form's values, if any. */
export function sameEndpointAs(values: Pick<ConnectionFormValues, 'provider' | 'baseUrl' | 'options'>, connections: readonly Connection[], editingId?: string): Connection | undefined {
  if (!withoutTrailingSlashes(values.baseUrl ?? '')) return undefined;
  // An option left empty takes the provider's default when saved (fromFormValues): compare what will be saved.
  const typed = Object.fromEntries(Object.entries(values.options ?? {}).filter(([, value]) => value?.trim()));
  const options = { ...optionStrings(DEFAULT_OPTIONS[values.provider]), ...typed };
  const key = endpointKey(values.provider, values.baseUrl, options);
  return connections.find((c) => c.id !== editingId && endpointKey(c.provider, c.baseUrl, { ...c.options }) === key);
}
