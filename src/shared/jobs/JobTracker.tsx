import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ProviderError, isProviderError } from '@/api/errors';
import { isExpired, pollIntervalMs, watchedSince } from '@/domain/jobs/lifetime';
import type { JobCheck, JobRecord } from '@/domain/jobs/types';
import { isMessageKey } from '@/i18n';
import { useConnections } from '../connections/hooks';
import { connectionRefresh, refreshAll } from '../actions/settle';
import { runtime } from '../connections/runtime';
import { reportError, reportSuccess } from '../errors/notify';
import { useT } from '../i18n/useT';
import { FAST_POLL_MS } from '../polling';
import { selectRunning, useJobs } from './store';

export const jobCheckKey = (jobId: string) => ['jobs', jobId, 'check'] as const;

/** The label of a job's action ('vm.create' -> "Create VM"), falling back to the raw word. */
export function useJobActionLabel(): (action: string) => string {
  const t = useT();
  return (action) => {
    const key = `jobs.action.${action}`;
    return isMessageKey(key) ? t(key) : action;
  };
}

/** Polls one running job until it ends; then refreshes what it changed (`job.refresh`) and says how it went. */
function JobWatcher({ job }: { job: JobRecord }) {
  const connection = useConnections().find((c) => c.id === job.connectionId);
  const queryClient = useQueryClient();
  const applyCheck = useJobs((state) => state.applyCheck);
  const notePollError = useJobs((state) => state.notePollError);
  const markUnknown = useJobs((state) => state.markUnknown);
  const label = useJobActionLabel();
  const since = watchedSince(job);
  const check = useQuery({
    queryKey: jobCheckKey(job.id),
    queryFn: () => runtime(connection!).checkJob(job.spec),
    enabled: Boolean(connection),
    // Slower as the job ages (3 s, then 15 s, then a minute); the job stops being watched once too old.
    refetchInterval: () => pollIntervalMs(Date.now() - since, FAST_POLL_MS),
    meta: { silent: true },
  });
  // Each poll (answered or failed) of a job past its maximum age ends the watching: "unknown, check the provider".
  const expireIfOld = useEffectEvent(() => {
    if (isExpired(job, Date.now())) markUnknown(job.id, 'expired');
  });
  const reported = useRef(false);
  // Runs for each new poll result only; it reads the latest job without depending on it (applying a result
  // changes the job, which must not trigger another apply).
  const onResult = useEffectEvent((result: JobCheck) => {
    const current = job;
    applyCheck(current.id, result);
    if (result.status === 'running') expireIfOld();
    if (result.status === 'running' || reported.current || !connection) return;
    reported.current = true;
    void refreshAll(queryClient, current.refresh ?? connectionRefresh(current.connectionId));
    const title = `${label(current.action)} · ${current.target.name}`;
    if (result.status === 'succeeded') reportSuccess(title);
    else {
      const error = result.error;
      reportError(
        new ProviderError({
          provider: current.provider,
          httpStatus: 0,
          code: error?.code ?? 'JOB_FAILED',
          message: `${title}: ${error?.message ?? current.providerStatus ?? 'failed'}`,
          messageZh: error?.messageZh,
          details: error?.details,
          kind: 'server',
          retriable: false,
        }),
      );
    }
  });

  useEffect(() => {
    if (check.data) onResult(check.data);
  }, [check.data, check.dataUpdatedAt]);

  useEffect(() => {
    if (!check.error) return;
    const error = check.error;
    notePollError(job.id, isProviderError(error) ? { code: error.code, message: error.message, messageZh: error.messageZh } : { code: 'POLL', message: String(error) });
    expireIfOld();
  }, [check.error, check.errorUpdatedAt, job.id, notePollError]);

  return null;
}

/** Mounted once in the shell: every running job is watched, on any page, after reloads too. */
export function JobTracker() {
  const running = useJobs(useShallow(selectRunning));
  const connections = useConnections();
  const markUnknown = useJobs((state) => state.markUnknown);
  // A job whose connection was removed can never be polled again: say so instead of "running" forever.
  useEffect(() => {
    const known = new Set(connections.map((c) => c.id));
    for (const job of running) if (!known.has(job.connectionId)) markUnknown(job.id, 'orphaned');
  }, [connections, running, markUnknown]);
  return (
    <>
      {running.map((job) => (
        <JobWatcher key={job.id} job={job} />
      ))}
    </>
  );
}
