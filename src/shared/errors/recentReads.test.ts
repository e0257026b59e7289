import { readSourceOf, useRecentErrors } from './recent';

describe('failed reads in the last errors', () => {
  beforeEach(() => useRecentErrors.setState({ errors: [], failingReads: {} }));

  it('lists a failing read once per connection and area until it recovers', () => {
    const { pushRead, readRecovered } = useRecentErrors.getState();
    const vms = { connectionId: 'z', area: 'vms' } as const;
    pushRead(vms, new Error('HTTP 500'), 1);
    pushRead(vms, new Error('HTTP 500'), 2);
    pushRead({ connectionId: 'z', area: 'snapshots' }, new Error('HTTP 500'), 3);
    expect(useRecentErrors.getState().errors.map((e) => [e.source?.area, e.at])).toEqual([['snapshots', 3], ['vms', 1]]);
    readRecovered(vms);
    pushRead(vms, new Error('HTTP 500'), 4);
    expect(useRecentErrors.getState().errors).toHaveLength(3);
  });

  it('finds the connection and area in the shared query keys', () => {
    expect(readSourceOf(['vms', 'demo-dbc', 'list'])).toEqual({ connectionId: 'demo-dbc', area: 'vms' });
    expect(readSourceOf(['connections', 'demo-zstack', 'probe'])).toEqual({ connectionId: 'demo-zstack', area: 'connection' });
    expect(readSourceOf(['demo-controls', 'state'])).toBeUndefined();
  });
});
