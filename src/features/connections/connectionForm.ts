import type { ProviderId } from '@/api/provider';
import { DEFAULT_OPTIONS, SECRET_FIELDS } from '@/domain/connections/defaults';
import { optionKeys } from '@/domain/connections/config';
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

export function emptyFormValues(provider: ProviderId = 'dbc'): ConnectionFormValues {
  return { provider, id: '', name: '', baseUrl: '', options: { ...(DEFAULT_OPTIONS[provider] as unknown as Record<string, string>) }, secrets: {}, rememberForTab: false };
}

export function toFormValues(connection: Connection, secrets: AnySecrets, remembered: boolean): ConnectionFormValues {
  const options: Record<string, string> = {};
  for (const [key, value] of Object.entries(connection.options)) if (typeof value === 'string') options[key] = value;
  const formSecrets: Record<string, string> = {};
  for (const key of SECRET_FIELDS[connection.provider]) formSecrets[key] = secrets[key] ?? '';
  return { provider: connection.provider, id: connection.id, name: connection.name, baseUrl: connection.baseUrl, options, secrets: formSecrets, rememberForTab: remembered };
}

export function fromFormValues(values: ConnectionFormValues, origin: Connection['origin']): { connection: Connection; secrets: AnySecrets } {
  const options: Record<string, string> = { ...(DEFAULT_OPTIONS[values.provider] as unknown as Record<string, string>) };
  for (const key of optionKeys(values.provider)) {
    const value = values.options[key]?.trim();
    if (value) options[key] = value;
  }
  const secrets: AnySecrets = {};
  for (const key of SECRET_FIELDS[values.provider]) if (values.secrets[key]) secrets[key] = values.secrets[key];
  const connection = {
    id: values.id.trim(),
    provider: values.provider,
    name: values.name.trim(),
    baseUrl: values.baseUrl.trim().replace(/\/+$/, ''),
    options,
    origin,
  } as unknown as Connection;
  return { connection, secrets };
}

/** A readable id from a name: "My ZStack #2" -> "my-zstack-2". */
export function slugId(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
}

export function validateBaseUrl(value: string): MessageKey | undefined {
  const trimmed = value.trim();
  if (!trimmed) return 'connections.validation.required';
  if (trimmed.startsWith('/')) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'connections.validation.url';
  } catch {
    return 'connections.validation.url';
  }
}

export function validateId(value: string, takenIds: readonly string[]): MessageKey | undefined {
  const trimmed = value.trim();
  if (!trimmed) return 'connections.validation.required';
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(trimmed)) return 'connections.validation.id';
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
