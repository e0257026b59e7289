import { queryOptions } from '@tanstack/react-query';
import type { Connection } from '@/domain/connections/types';
import type { ImageListResult } from '@/domain/images/model';
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

/** Every image of one connection for the Images page; a provider without an image API lists nothing. Silent: the page shows errors per connection. */
export function imageListQueryOptions(connection: Connection) {
  return queryOptions({
    queryKey: imageKeys.list(connection.id),
    queryFn: ({ signal }): Promise<ImageListResult> => runtime(connection).images?.list({ signal }) ?? Promise.resolve({ images: [], failures: [] }),
    staleTime: 30_000,
    meta: { silent: true },
  });
}
