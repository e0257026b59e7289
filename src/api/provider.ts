/** The four provider kinds VM Deck speaks to. Adding one means: src/api/<p>/, adapters, mocks/<p>/, a registry line. */
export const PROVIDER_IDS = ['dbc', 'idc51', 'vsd', 'zstack'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}
