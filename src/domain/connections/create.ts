import type { DbcApiEra } from '@/api/dbc/types';
import { PROVIDER_IDS, isProviderId, type ProviderId } from '@/api/provider';
import { checkBaseUrl } from './baseUrl';
import { checkConnectionId } from './connectionId';
import { DEFAULT_OPTIONS } from './defaults';
import type { Connection, ConnectionFor, ProviderOptions } from './types';

/** What a connection is made of before it is checked: a config.json entry or the connection form's values. */
export interface ConnectionInput {
  id: unknown;
  name: unknown;
  baseUrl: unknown;
  provider: unknown;
  /** Option values by key; keys the provider does not take are ignored, missing ones take the provider's default. */
  options: Readonly<Record<string, unknown>>;
  origin: Connection['origin'];
}

/** One field that does not hold: `id`, `name`, `baseUrl`, `provider`, or `options.<key>`. */
export interface ConnectionProblem {
  field: 'id' | 'name' | 'baseUrl' | 'provider' | `options.${string}`;
  code: 'required' | 'type' | 'enum' | 'url' | 'otherHost' | 'userinfo' | 'reserved';
  expected?: string;
}

type CreatedConnection = { ok: true; connection: Connection } | { ok: false; problems: ConnectionProblem[] };

/** The option keys each provider takes, in the order its form shows them. */
export const OPTION_KEYS: { [P in ProviderId]: ReadonlyArray<keyof ProviderOptions[P] & string> } = {
  dbc: ['era'],
  idc51: ['zone', 'clientId'],
  vsd: ['clusterUuid', 'tenant', 'user', 'tenantName'],
  zstack: ['accountName'],
};

/** 51idc zones (`ac1`, `cn-bj-a`): a path segment of their own, so never `.`/`..` nor anything needing escapes. */
export const IDC51_ZONE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const IDC51_ZONE_RULE = 'zone id: letters, digits, _ . - (e.g. ac1)';

const DBC_API_ERAS: readonly DbcApiEra[] = ['current', '2022'];
const isDbcApiEra = (value: string): value is DbcApiEra => (DBC_API_ERAS as readonly string[]).includes(value);

/** Reads one option: a string, or undefined when absent (a non-string is reported and read as absent). */
type ReadOption = (key: string) => string | undefined;
type Report = (problem: ConnectionProblem) => void;
type OptionsReader<P extends ProviderId> = (option: ReadOption, report: Report) => ProviderOptions[P];

const READ_OPTIONS: { [P in ProviderId]: OptionsReader<P> } = {
  dbc: (option, report) => {
    const era = option('era') ?? DEFAULT_OPTIONS.dbc.era;
    if (isDbcApiEra(era)) return { era };
    report({ field: 'options.era', code: 'enum', expected: DBC_API_ERAS.join(' | ') });
    return DEFAULT_OPTIONS.dbc;
  },
  idc51: (option, report) => {
    const zone = option('zone') ?? DEFAULT_OPTIONS.idc51.zone;
    if (!zone) report({ field: 'options.zone', code: 'required' });
    else if (!IDC51_ZONE_PATTERN.test(zone)) report({ field: 'options.zone', code: 'type', expected: IDC51_ZONE_RULE });
    const clientId = option('clientId');
    return { zone, ...(clientId === undefined ? {} : { clientId }) };
  },
  vsd: (option, report) => {
    const clusterUuid = option('clusterUuid') ?? DEFAULT_OPTIONS.vsd.clusterUuid;
    if (!clusterUuid) report({ field: 'options.clusterUuid', code: 'required' });
    const [tenant, user, tenantName] = [option('tenant'), option('user'), option('tenantName')];
    return {
      clusterUuid,
      ...(tenant === undefined ? {} : { tenant }),
      ...(user === undefined ? {} : { user }),
      ...(tenantName === undefined ? {} : { tenantName }),
    };
  },
  zstack: (option) => ({ accountName: option('accountName') ?? DEFAULT_OPTIONS.zstack.accountName }),
};

/** Builds a provider's connection with its options read and checked by that provider's reader. */
function connectionFor<P extends ProviderId>(
  provider: P,
  fields: Pick<Connection, 'id' | 'name' | 'baseUrl' | 'origin'>,
  source: Readonly<Record<string, unknown>>,
  report: Report,
): ConnectionFor<P> {
  const option: ReadOption = (key) => {
    const value = source[key];
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value;
    report({ field: `options.${key}`, code: 'type', expected: 'string' });
    return undefined;
  };
  const readOptions: OptionsReader<P> = READ_OPTIONS[provider];
  return { ...fields, provider, options: readOptions(option, report) };
}

/**
 * The one way to make a Connection from values not yet checked (config.json, the connection form, storage): every
 * field is checked, options are read per provider and default to the provider's. Every problem is reported at once.
 */
export function createConnection(input: ConnectionInput): CreatedConnection {
  const problems: ConnectionProblem[] = [];
  const report: Report = (problem) => problems.push(problem);
  const text = (field: 'id' | 'name' | 'baseUrl', value: unknown): string | undefined => {
    if (value === undefined || value === '') report({ field, code: 'required' });
    else if (typeof value !== 'string') report({ field, code: 'type', expected: 'string' });
    else return value;
    return undefined;
  };
  const id = text('id', input.id);
  const idCheck = id === undefined ? 'ok' : checkConnectionId(id);
  if (idCheck === 'pattern') report({ field: 'id', code: 'type', expected: 'letters, digits, _ . -' });
  if (idCheck === 'reserved') report({ field: 'id', code: 'reserved', expected: id });
  const name = text('name', input.name);
  const baseUrl = text('baseUrl', input.baseUrl);
  const urlCheck = baseUrl === undefined ? undefined : checkBaseUrl(baseUrl);
  if (urlCheck && !urlCheck.ok) report({ field: 'baseUrl', code: urlCheck.code });
  let provider: ProviderId | undefined;
  if (input.provider === undefined) report({ field: 'provider', code: 'required' });
  else if (!isProviderId(input.provider)) report({ field: 'provider', code: 'enum', expected: PROVIDER_IDS.join(' | ') });
  else provider = input.provider;

  const connection = provider && connectionFor(provider, { id: id ?? '', name: name ?? '', baseUrl: baseUrl ?? '', origin: input.origin }, input.options, report);
  return connection && problems.length === 0 ? { ok: true, connection } : { ok: false, problems };
}
