import type { ProviderId } from '@/api/provider';
import type { ProviderOptions, ProviderSecrets } from './types';

/** Options a new connection starts with; also fills what an older config.json leaves out. */
export const DEFAULT_OPTIONS: { [P in ProviderId]: ProviderOptions[P] } = {
  dbc: { era: 'current' },
  idc51: { zone: 'ac1' },
  vsd: { clusterUuid: '' },
  zstack: { accountName: 'admin' },
};

/** Which secret fields each provider takes (the form and the secret store read this). */
export const SECRET_FIELDS: { [P in ProviderId]: ReadonlyArray<keyof ProviderSecrets[P] & string> } = {
  dbc: ['sessionId', 'sessionIdSign'],
  idc51: ['clientSecret'],
  vsd: ['password', 'apiKey'],
  zstack: ['password'],
};
