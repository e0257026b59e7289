import { vmWith } from '@/domain/vms/testing';
import type { Vm } from '@/domain/vms/types';
import { filterVms } from './filterVms';
import { validateVmSearch } from './search';

const make = (id: string, patch: Partial<Vm>): Vm => ({ ...vmWith('dbc', 'running', 'running'), id, key: `c/${id}`, name: id, ...patch });

const vms = [
  make('alpha', { provider: 'zstack', status: 'stopped', createdAt: '2024-01-02T00:00:00Z', location: { kind: 'cluster', id: 'cl-1' } }),
  make('beta', { provider: 'dbc', status: 'running', createdAt: '2024-01-03T00:00:00Z', connectionId: 'd' }),
  make('gamma', { provider: 'vsd', status: 'error' }),
  make('delta', { provider: 'zstack', status: 'unknown' }),
];

describe('validateVmSearch', () => {
  it('keeps known values and drops the rest', () => {
    expect(validateVmSearch({ q: ' be ', provider: 'dbc', status: 'running', sort: 'created', order: 'desc', page: '2', pageSize: '10000', node: 'n', connection: 'demo-dbc' })).toEqual({
      q: 'be', provider: 'dbc', status: 'running', sort: 'created', order: 'desc', page: 2, pageSize: 10000, node: 'n', connection: 'demo-dbc',
    });
    expect(validateVmSearch({ provider: 'vsd,aws,dbc', status: ['unknown', 'on'] })).toMatchObject({ provider: 'dbc,vsd', status: 'unknown' });
    expect(validateVmSearch({ provider: 'aws', status: 'on', sort: 'ram', pageSize: '7', node: 'a b', page: '-1' })).toEqual({
      q: undefined, order: undefined, page: undefined, sort: undefined, pageSize: undefined, provider: undefined, status: undefined, connection: undefined, node: undefined,
    });
  });
});

describe('filterVms', () => {
  it('filters by search text (name or id), provider, status, connection and node', () => {
    expect(filterVms(vms, { q: 'ET' }).map((v) => v.id)).toEqual(['beta']);
    expect(filterVms(vms, { provider: 'zstack' }).map((v) => v.id)).toEqual(['alpha', 'delta']);
    expect(filterVms(vms, { status: 'error' }).map((v) => v.id)).toEqual(['gamma']);
    expect(filterVms(vms, { connection: 'd' }).map((v) => v.id)).toEqual(['beta']);
    expect(filterVms(vms, { node: 'cl-1' }).map((v) => v.id)).toEqual(['alpha']);
  });
  it('filters by several providers and statuses at once, "unknown" included', () => {
    expect(filterVms(vms, { provider: 'dbc,vsd' }).map((v) => v.id)).toEqual(['beta', 'gamma']);
    expect(filterVms(vms, { status: 'unknown' }).map((v) => v.id)).toEqual(['delta']);
    expect(filterVms(vms, { status: 'unknown,stopped' }).map((v) => v.id)).toEqual(['alpha', 'delta']);
    expect(filterVms(vms, { provider: 'zstack,vsd', status: 'error,unknown' }).map((v) => v.id)).toEqual(['gamma', 'delta']);
  });
  it('sorts Chinese names by pinyin, Latin ones after them', () => {
    const named = ['上海-01', '北京-10', 'web-01', '北京-9', '阿里云'].map((name) => make(name, { name }));
    expect(filterVms(named, { sort: 'name' }).map((v) => v.name)).toEqual(['阿里云', '北京-9', '北京-10', '上海-01', 'web-01']);
  });
  it('sorts by name, status (attention first) and date, both ways; missing dates last', () => {
    expect(filterVms(vms, { sort: 'name', order: 'desc' }).map((v) => v.id)).toEqual(['gamma', 'delta', 'beta', 'alpha']);
    expect(filterVms(vms, { sort: 'status' }).map((v) => v.id)).toEqual(['gamma', 'beta', 'alpha', 'delta']);
    expect(filterVms(vms, { sort: 'created' }).map((v) => v.id)).toEqual(['alpha', 'beta', 'delta', 'gamma']);
  });
  it('does not reorder without a sort', () => {
    expect(filterVms(vms, {}).map((v) => v.id)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
  });
});
