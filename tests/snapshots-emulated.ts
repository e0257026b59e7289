import type { ManualClock } from '../mocks/control/clock';
import { setupMockServer } from '../mocks/node';
import type { JobCheck, JobSpec } from '@/domain/jobs/types';
import type { ProviderRuntime } from '@/domain/providers/types';
import { snapshotTargetOf } from '@/domain/snapshots/target';
import type { SnapshotTarget } from '@/domain/snapshots/types';
import type { Vm } from '@/domain/vms/types';

/**
 * The emulators in-process on a MANUAL clock at real durations (timeScale 1): nothing moves until a test
 * advances the clock, so long operations finish exactly when the test says, with no sleeps.
 */
export function manualBackend() {
  const mock = setupMockServer({ prefix: 'http://localhost/mock', timeScale: 1 });
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => mock.server.resetHandlers());
  afterAll(() => mock.server.close());
  return mock;
}

/** Polls a job as the tracker does, advancing the emulators' clock by `stepMs` between polls. */
export async function pollAdvancing(runtime: ProviderRuntime, spec: JobSpec, clock: ManualClock, stepMs: number, maxPolls = 200): Promise<JobCheck[]> {
  const seen: JobCheck[] = [];
  for (let i = 0; i < maxPolls; i++) {
    const check = await runtime.checkJob(spec);
    seen.push(check);
    if (check.status !== 'running') return seen;
    clock.advance(stepMs);
  }
  throw new Error(`job still running after ${maxPolls} polls: ${JSON.stringify(seen.at(-1))}`);
}

/** Every job of an outcome to its end; returns the last check of each. */
export async function finishAll(runtime: ProviderRuntime, jobs: JobSpec[], clock: ManualClock, stepMs: number): Promise<JobCheck[]> {
  const ends: JobCheck[] = [];
  for (const job of jobs) ends.push((await pollAdvancing(runtime, job, clock, stepMs)).at(-1)!);
  return ends;
}

/** The snapshot target of a VM as a page builds it. */
export const targetOf = (vm: Vm, extra: Pick<SnapshotTarget, 'volumeId'> = {}): SnapshotTarget => snapshotTargetOf(vm, extra);
