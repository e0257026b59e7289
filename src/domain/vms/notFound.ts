import { ProviderError } from '@/api/errors';
import type { ProviderId } from '@/api/provider';

/** A VM the provider does not list (a query with no row), as the same notFound error a 404 would give. */
export function vmNotFound(provider: ProviderId, id: string): ProviderError {
  return new ProviderError({
    provider,
    httpStatus: 404,
    code: 'VM_NOT_FOUND',
    message: `VM ${id} was not found`,
    messageZh: `未找到虚拟机 ${id}`,
    kind: 'notFound',
    retriable: false,
  });
}
