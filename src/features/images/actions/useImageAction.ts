import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Connection } from '@/domain/connections/types';
import type { JobSpec, JobTarget } from '@/domain/jobs/types';
import type { ImageActionService, ImageRecord } from '@/domain/images/model';
import { refreshAll, settleAction } from '@/shared/actions/settle';
import { runtime } from '@/shared/connections/runtime';
import { reportSuccess } from '@/shared/errors/notify';
import { useT } from '@/shared/i18n/useT';
import { IMAGE_ACTIONS, type ImageAction } from './registry';

export type SendableImageAction = Extract<ImageAction, 'delete' | 'expunge' | 'recover' | 'makeVolume' | 'attachVolume'>;
type Send = (service: ImageActionService) => Promise<JobSpec>;

/** The connection's image lifecycle calls; absent where the provider has none (the registry refuses first). */
export function imageActionService(connection: Connection): ImageActionService {
  const service = runtime(connection).images?.actions;
  if (!service) throw new Error(`${connection.provider} has no image actions`);
  return service;
}

/**
 * One image action as a mutation, locked while in flight (a double click sends once; nothing is retried). The
 * provider's job goes to the Jobs drawer, which reports its end (a ZStack refusal arrives there with its code).
 * `run` resolves with the tracked job's id, or undefined when nothing was accepted. `target` names what the job acts
 * on in the Jobs drawer when that is not the image itself (the volume an attach puts on a VM).
 */
export function useImageAction(connection: Connection, image: ImageRecord, { silent = false }: { silent?: boolean } = {}) {
  const t = useT();
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const subject = { connection, image };
  const mutation = useMutation({
    mutationFn: async ({ action, send, target }: { action: SendableImageAction; send: Send; target?: JobTarget }) => {
      const job = await send(imageActionService(connection));
      const definition = IMAGE_ACTIONS[action];
      const [id] = settleAction(queryClient, { connection, action: definition.job, target: target ?? { kind: 'image', id: image.id, name: image.name }, jobs: [job], refresh: definition.refresh(subject) });
      return id;
    },
    meta: silent ? { silent: true } : undefined,
    onSuccess: (_id, { action }) => reportSuccess(t('imageActions.started', { action: t(IMAGE_ACTIONS[action].label), name: image.name })),
    onError: (_error, { action }) => refreshAll(queryClient, IMAGE_ACTIONS[action].refresh(subject)),
  });

  async function run(action: SendableImageAction, send: Send, target?: JobTarget): Promise<string | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    try {
      return await mutation.mutateAsync({ action, send, target });
    } catch {
      // Shown already: by the central notification, or in place from `error` (silent callers).
      return undefined;
    } finally {
      inFlight.current = false;
    }
  }

  return { run, pendingAction: mutation.isPending ? mutation.variables?.action : undefined, error: mutation.error, reset: mutation.reset };
}
