import type { ProviderId } from '@/api/provider';
import { CONNECTION_ID_PATTERN, OPTION_KEYS, createConnection, isUrlLike } from '@/domain/connections/create';
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

/** Checks the URL as it will be saved: trimmed, without trailing slashes. */
export function validateBaseUrl(value: string): MessageKey | undefined {
  const trimmed = withoutTrailingSlashes(value);
  if (!trimmed) return 'connections.validation.required';
  return isUrlLike(trimmed) ? undefined : 'connections.validation.url';
}

export function validateId(value: string, takenIds: readonly string[]): MessageKey | undefined {
  const trimmed = value.trim();
  if (!trimmed) return 'connections.validation.required';
  if (!CONNECTION_ID_PATTERN.test(trimmed)) return 'connections.validation.id';
  if (takenIds.includes(trimmed)) return 'connections.validation.duplicateId';
  return undefined;
}

/** Options each provider's form shows, in order, with whether they are required. */
export const OPTION_FIELDS: Record<ProviderId, Array<{ key: string; label: MessageKey; required?: boolean }>> = {
  dbc: [{ key: 'era', label: 'connections.field.era', required: true }],
  idc51: [
    { key: 'zone', label: 'connections.field.zone', required: true },
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
