import type { DbcApiEra } from '@/api/dbc/types';
import type { ProviderId } from '@/api/provider';

export interface DbcOptions {
  /** Which URL layout the DBC client speaks: current (era C) or the seeds' early-2022 paths (era B). */
  era: DbcApiEra;
}
export interface Idc51Options {
  zone: string;
  /** OAuth2 client id (the APIKey access_id); the secret stays in memory. */
  clientId?: string;
}
export interface VsdOptions {
  clusterUuid: string;
  tenant?: string;
  user?: string;
  tenantName?: string;
}
export interface ZStackOptions {
  accountName: string;
}

export interface ProviderOptions {
  dbc: DbcOptions;
  idc51: Idc51Options;
  vsd: VsdOptions;
  zstack: ZStackOptions;
}

/** Secrets never reach localStorage: memory only, or sessionStorage when the user asks. */
export interface ProviderSecrets {
  dbc: { sessionId?: string; sessionIdSign?: string };
  idc51: { clientSecret?: string };
  vsd: { password?: string; apiKey?: string };
  zstack: { password?: string };
}

interface ConnectionOf<P extends ProviderId> {
  id: string;
  provider: P;
  name: string;
  /** Absolute URL of a real endpoint, or `/mock/<provider>` for the built-in emulator. */
  baseUrl: string;
  options: ProviderOptions[P];
  /** Shipped in config.json (editable, hideable) or added by the user. */
  origin: 'config' | 'user';
}

/** One provider's connection; over several providers, a union in which each carries its own provider's options. */
export type ConnectionFor<P extends ProviderId> = { [K in P]: ConnectionOf<K> }[P];
export type Connection = ConnectionFor<ProviderId>;
export type AnySecrets = Partial<Record<string, string>>;

export const EMULATOR_PREFIX = '/mock/';

/** Demo connections point at the in-browser emulators; MSW is started only when one exists. */
export function isEmulated(connection: Pick<Connection, 'baseUrl'>): boolean {
  return connection.baseUrl.startsWith(EMULATOR_PREFIX);
}
