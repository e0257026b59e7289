import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { GpuNode } from '@/domain/nodes/types';
import type { Translate } from '@/i18n';
import { shortNodeId } from '@/features/nodes/resources';
import { useT } from '@/shared/i18n/useT';
import { nodeQueryOptions } from '@/shared/nodes/queries';

export interface NodeChoice {
  value: string;
  /** What the renter knows the node by: short id, GPUs, masked IP (DBC nodes have no names). */
  label: string;
  /** The whole id, on hover and for search. */
  title: string;
}

/** "58fb618a…37f45 · 4× RTX 4090 · *.168.*.10", what the nodes list shows of it; the short id alone until it answers. */
export function nodeChoiceLabel(nodeId: string, query: Pick<UseQueryResult<GpuNode>, 'data' | 'isError'>, t: Translate): string {
  const { data } = query;
  const parts = [shortNodeId(nodeId)];
  if (data) {
    if (data.gpu.count > 0) parts.push(t('imagesDbcMore.node.gpus', { count: data.gpu.count, model: data.gpu.model ?? 'GPU' }));
    if (data.ip) parts.push(data.ip);
  } else parts.push(t(query.isError ? 'imagesDbcMore.node.unreachable' : 'imagesDbcMore.node.loading'));
  return parts.join(' · ');
}

/** The node picker's options: the node info the console reads anyway (cached with the Nodes page's), not raw 64-hex ids. */
export function useNodeChoices(connection: Connection, nodeIds: string[]): NodeChoice[] {
  const t = useT();
  return useQueries({
    queries: nodeIds.map((nodeId) => nodeQueryOptions(connection, nodeId)),
    combine: (results) => results.map((query, i) => ({ value: nodeIds[i]!, label: nodeChoiceLabel(nodeIds[i]!, query, t), title: nodeIds[i]! })),
  });
}
