import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { JobTarget } from '@/domain/jobs/types';
import { SnapshotPartlyAcceptedError, SnapshotPartsError } from '@/domain/snapshots/errors';
import type { SnapshotOutcome } from '@/domain/snapshots/types';
import { refreshAll, settleAction } from '@/shared/actions/settle';
import { reportSuccess } from '@/shared/errors/notify';
import { useT } from '@/shared/i18n/useT';
import { SNAPSHOT_ACTIONS, type SnapshotSubject, type SnapshotUiAction } from './registry';

interface Variables {
  send(): Promise<SnapshotOutcome>;
  target: JobTarget;
}

/**
 * One snapshot action's request, as its dialog sends it: exactly one request per click (locked while in flight,
 * never retried), errors kept for the dialog to show in place (the form keeps what was typed), and the
 * accepted outcome handed to the one end path (Jobs drawer, refresh now and when its jobs end).
 */
export function useSnapshotMutation(subject: SnapshotSubject, name: SnapshotUiAction) {
  const t = useT();
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const tracked = useRef<string[]>([]);
  const definition = SNAPSHOT_ACTIONS[name];
  const endOf = (target: JobTarget) => ({ connection: subject.connection, action: definition.job, target, refresh: definition.refresh(subject) });
  const mutation = useMutation({
    mutationFn: ({ send }: Variables) => send(),
    meta: { silent: true },
    onSuccess: (outcome, { target }) => {
      tracked.current = settleAction(queryClient, { ...endOf(target), jobs: outcome.jobs });
      reportSuccess(t(outcome.jobs.length ? 'snapshots.action.accepted' : 'snapshots.action.done', { action: t(definition.label), name: target.name }));
    },
    // A refused request may still have changed something, or shown the tree is not what the page believed;
    // requests accepted before a later one was refused run on, so their jobs are tracked all the same.
    onError: (error, { target }) => {
      const end = endOf(target);
      if (error instanceof SnapshotPartlyAcceptedError) tracked.current = settleAction(queryClient, { ...end, jobs: [...error.accepted] });
      // Some disks were rolled back, some refused: listed in the Jobs drawer as failed, with the provider's words.
      else if (error instanceof SnapshotPartsError) settleAction(queryClient, { ...end, jobs: [], failure: { code: error.code, message: error.message, messageZh: error.messageZh } });
      else void refreshAll(queryClient, end.refresh);
    },
  });

  /**
   * Sends once; resolves with the outcome and the ids of the jobs it tracks (for `jobEnded`), or undefined when
   * refused (see `error`) or already sending.
   */
  async function run(send: () => Promise<SnapshotOutcome>, target: JobTarget): Promise<(SnapshotOutcome & { jobIds: string[] }) | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    try {
      tracked.current = [];
      const outcome = await mutation.mutateAsync({ send, target });
      return { ...outcome, jobIds: tracked.current };
    } catch {
      return undefined;
    } finally {
      inFlight.current = false;
    }
  }

  return { run, pending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
