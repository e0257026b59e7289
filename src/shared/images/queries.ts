import { queryOptions } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { CenterImage } from '@/domain/images/types';
import { runtime } from '../connections/runtime';
import { imageKeys } from '../queryKeys';

/** The connection's image center (DBC: every image server). Silent: pages show their own state. */
export function imageCenterQueryOptions(connection: Connection) {
  return queryOptions({
    queryKey: imageKeys.center(connection.id),
    queryFn: (): Promise<CenterImage[]> => {
      const center = runtime(connection).imageCenter;
      if (!center) return Promise.reject(new Error(`${connection.provider} has no image center here`));
      return center.list();
    },
    staleTime: 60_000,
    meta: { silent: true },
  });
}

/** DBC era C: the image servers a snapshot can be uploaded to (empty where the provider has no such choice). */
export function imageServersQueryOptions(connection: Connection) {
  return queryOptions({
    queryKey: imageKeys.servers(connection.id),
    queryFn: (): Promise<string[]> => runtime(connection).imageCenter?.servers?.() ?? Promise.resolve([]),
    staleTime: 60_000,
    meta: { silent: true },
  });
}
