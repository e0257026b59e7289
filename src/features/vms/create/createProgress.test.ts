import { createProgress, formatElapsed } from './createProgress';

describe('createProgress: where a DBC create job is', () => {
  it('accepted is behind once the job exists; the node status says creating or starting; the end says running', () => {
    expect(createProgress({ status: 'running' })).toEqual({ current: 1, status: 'process' });
    expect(createProgress({ status: 'running', providerStatus: 'creating' })).toEqual({ current: 1, status: 'process' });
    expect(createProgress({ status: 'running', providerStatus: 'starting' })).toEqual({ current: 2, status: 'process' });
    expect(createProgress({ status: 'succeeded', providerStatus: 'running' })).toEqual({ current: 3, status: 'finish' });
  });
  it('a failed create stops at the step it was in', () => {
    expect(createProgress({ status: 'failed', providerStatus: 'create error' })).toEqual({ current: 1, status: 'error' });
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [-5_000, '0:00'],
    [59_999, '0:59'],
    [7 * 60_000 + 5_000, '7:05'],
    [3_600_000 + 61_000, '1:01:01'],
  ])('%d ms -> %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
