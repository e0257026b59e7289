// @vitest-environment node
import { createConnection, type ConnectionInput } from './create';

const input = (overrides: Partial<ConnectionInput> = {}): ConnectionInput => ({
  id: 'lab-vsd',
  name: 'Lab vsd',
  baseUrl: 'https://vsd.example.com',
  provider: 'vsd',
  options: { clusterUuid: 'c-1', tenant: 't' },
  origin: 'user',
  ...overrides,
});

describe('createConnection', () => {
  it('reads only the options the provider takes and fills the rest from its defaults', () => {
    expect(createConnection(input({ options: { clusterUuid: 'c-1', tenant: 't', zone: 'ac9', junk: 1 } }))).toEqual({
      ok: true,
      connection: { id: 'lab-vsd', name: 'Lab vsd', baseUrl: 'https://vsd.example.com', provider: 'vsd', options: { clusterUuid: 'c-1', tenant: 't' }, origin: 'user' },
    });
    const dbc = createConnection(input({ provider: 'dbc', options: {} }));
    expect(dbc.ok && dbc.connection.options).toEqual({ era: 'current' });
    const zstack = createConnection(input({ provider: 'zstack', options: {} }));
    expect(zstack.ok && zstack.connection.options).toEqual({ accountName: 'admin' });
  });

  it('names every field that does not hold, at once', () => {
    const result = createConnection(input({ id: 'no spaces', name: '', baseUrl: 'ftp://x', options: { tenant: 3 } }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual(
        expect.arrayContaining([
          { field: 'id', code: 'type', expected: 'letters, digits, _ . -' },
          { field: 'name', code: 'required' },
          { field: 'baseUrl', code: 'url' },
          { field: 'options.tenant', code: 'type', expected: 'string' },
          { field: 'options.clusterUuid', code: 'required' },
        ]),
      );
      expect(result.problems).toHaveLength(5);
    }
  });

  it('refuses an unknown provider and a DBC era it does not speak', () => {
    expect(createConnection(input({ provider: 'aws' }))).toEqual({ ok: false, problems: [{ field: 'provider', code: 'enum', expected: 'dbc | idc51 | vsd | zstack' }] });
    expect(createConnection(input({ provider: 'dbc', options: { era: '2019' } }))).toEqual({ ok: false, problems: [{ field: 'options.era', code: 'enum', expected: 'current | 2022' }] });
  });
});
