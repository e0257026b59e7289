// @vitest-environment node
import { isExpired, maxJobAgeMs, pollIntervalMs, watchedSince } from './lifetime';
import type { JobSpec } from './types';

const task: JobSpec = { kind: 'dbc-task', nodeId: 'n', taskId: 't', success: ['running'], failure: [] };
const copy: JobSpec = { kind: 'dbc-image-download', nodeId: 'n', imageName: 'ubuntu.qcow2', progress: true };
const MINUTE = 60_000;

describe('job lifetime (issue 13, defect 8)', () => {
  it('polls every 3 s in the first minute, then every 15 s, then every minute', () => {
    expect(pollIntervalMs(0, 3_000)).toBe(3_000);
    expect(pollIntervalMs(59_999, 3_000)).toBe(3_000);
    expect(pollIntervalMs(MINUTE, 3_000)).toBe(15_000);
    expect(pollIntervalMs(9 * MINUTE, 3_000)).toBe(15_000);
    expect(pollIntervalMs(10 * MINUTE, 3_000)).toBe(MINUTE);
    expect(pollIntervalMs(5 * 60 * MINUTE, 3_000)).toBe(MINUTE);
  });

  it('gives each kind a maximum age: a VM action an hour, an image copy half a day', () => {
    expect(maxJobAgeMs(task)).toBe(60 * MINUTE);
    expect(maxJobAgeMs(copy)).toBe(12 * 60 * MINUTE);
    const started = 1_000_000;
    expect(isExpired({ spec: task, startedAt: started }, started + 60 * MINUTE)).toBe(false);
    expect(isExpired({ spec: task, startedAt: started }, started + 60 * MINUTE + 1)).toBe(true);
    expect(isExpired({ spec: copy, startedAt: started }, started + 2 * 60 * MINUTE)).toBe(false);
  });

  it('counts the age from the last "check again" when there was one', () => {
    const job = { spec: task, startedAt: 0, pollingSince: 5 * 60 * MINUTE };
    expect(watchedSince(job)).toBe(5 * 60 * MINUTE);
    expect(isExpired(job, 5 * 60 * MINUTE + 30 * MINUTE)).toBe(false);
  });
});
