import type { Connection } from '@/domain/connections/types';
import { runtimeFor } from '@/domain/providers/registry';
import type { ProviderRuntime, RuntimeSources } from '@/domain/providers/types';
import { readNodeIds } from '../nodes/store';
import { readSecrets, useSecrets } from './secrets';

/** The client-side values runtimes read at call time, and where a DBC runtime reports its session's answers. */
export const runtimeSources: RuntimeSources = {
  secrets: readSecrets,
  nodeIds: (id) => readNodeIds(id),
  sessionAnswer: (id, answer) => useSecrets.getState().sessionAnswer(id, answer),
};

/** The live runtime of a connection (clients, provider session, services). */
export function runtime(connection: Connection): ProviderRuntime {
  return runtimeFor(connection, runtimeSources);
}
