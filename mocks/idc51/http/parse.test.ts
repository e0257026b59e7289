// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isRefusal } from '../errors';
import { bodyStringList, pageOf, parseIsFull, parseSnapshotType, queryList, readBody } from './parse';

describe('parse', () => {
  it('reads list params in every documented form', () => {
    expect(queryList(new URLSearchParams('x=a,b'), 'x')).toEqual(['a', 'b']);
    expect(queryList(new URLSearchParams('x=a&x=b'), 'x')).toEqual(['a', 'b']);
    expect(queryList(new URLSearchParams('x[]=a&x[]=b'), 'x')).toEqual(['a', 'b']);
    expect(queryList(new URLSearchParams('y=1'), 'x')).toBeUndefined();
  });
  it('maps both eras of is_full and snapshot_type', () => {
    expect([1, '1', 'IS_FULL'].map(parseIsFull)).toEqual([true, true, true]);
    expect([0, '0', 'IS_AUTH', undefined].map(parseIsFull)).toEqual([false, false, false, false]);
    expect(isRefusal(parseIsFull('yes'))).toBe(true);
    expect(['1', 'IS_FULL', '0', 'IS_INCREMENTAL'].map(parseSnapshotType)).toEqual([true, true, false, false]);
    expect(isRefusal(parseSnapshotType('full'))).toBe(true);
  });
  it('reads string arrays as arrays or comma strings, deduplicated', () => {
    expect(bodyStringList({ s: ['a', 'a', 'b'] }, 's')).toEqual(['a', 'b']);
    expect(bodyStringList({ s: 'a,b' }, 's')).toEqual(['a', 'b']);
    expect(isRefusal(bodyStringList({ s: [] }, 's'))).toBe(true);
    expect(isRefusal(bodyStringList({ s: { a: 1 } }, 's'))).toBe(true);
  });
  it('pages with a default limit, clamps it to 100 and refuses negatives', () => {
    expect(pageOf(new URLSearchParams(''), 20)).toEqual({ offset: 0, limit: 20 });
    expect(pageOf(new URLSearchParams('limit=500&offset=3'), 20)).toEqual({ offset: 3, limit: 100 });
    expect(isRefusal(pageOf(new URLSearchParams('offset=-1'), 20))).toBe(true);
    expect(isRefusal(pageOf(new URLSearchParams('limit=0'), 20))).toBe(true);
  });
  it('refuses bodies that are not a JSON object', async () => {
    const req = (body: string, type = 'application/json') => new Request('http://x/', { method: 'POST', body, headers: { 'Content-Type': type } });
    expect(await readBody(req(''))).toEqual({});
    expect(isRefusal(await readBody(req('{bad')))).toBe(true);
    expect(isRefusal(await readBody(req('"text"')))).toBe(true);
    expect(await readBody(req('a=1&b[]=2&b[]=3', 'application/x-www-form-urlencoded'))).toEqual({ a: '1', b: ['2', '3'] });
  });
});
