// @vitest-environment node
import { checkConnectionId } from './connectionId';
import { createConnection } from './create';

const input = (id: unknown) => ({ id, name: 'X', baseUrl: '/mock/zstack', provider: 'zstack', options: {}, origin: 'config' as const });

describe('connection ids', () => {
  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'])('refuses %s by name: stores are keyed by connection id', (id) => {
    expect(checkConnectionId(id)).toBe('reserved');
    expect(createConnection(input(id))).toEqual({ ok: false, problems: [{ field: 'id', code: 'reserved', expected: id }] });
  });

  it.each(['a b', '', 'x'.repeat(65), 'a/b', '../x', 'é', 'a\u202Eb', 'a\u0000'])('refuses %j by its pattern', (id) => {
    expect(checkConnectionId(id)).toBe('pattern');
  });

  it.each(['demo-dbc', 'Lab_1.zs', 'x'.repeat(64), 'Constructor', 'proto'])('accepts %s', (id) => {
    expect(checkConnectionId(id)).toBe('ok');
    expect(createConnection(input(id)).ok).toBe(true);
  });
});
