// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMIT, parseCondition, parseQuery, projectFields, QueryFailure, RestError, runQuery, type ResourceDef } from './query';

interface Row {
  uuid: string;
  name: string;
  size: number;
  parent?: string;
  createDate: number;
  tags: { key: string }[];
}

const rows: Row[] = [
  { uuid: 'a', name: 'web-01', size: 10, createDate: 3, tags: [{ key: 'prod' }] },
  { uuid: 'b', name: 'web-02', size: 30, parent: 'a', createDate: 1, tags: [] },
  { uuid: 'c', name: '数据库', size: 20, parent: 'a', createDate: 2, tags: [{ key: 'db' }] },
];
const def: ResourceDef<Row> = {
  inventoryClass: 'Row',
  fields: ['uuid', 'name', 'size', 'parent', 'createDate'],
  dateFields: ['createDate'],
  relations: { parentRow: { target: 'rows', get: (row) => rows.filter((r) => r.uuid === row.parent) } },
  nested: { tags: (row) => row.tags },
};
const lookup = () => def as ResourceDef<unknown>;
const q = (...params: [string, string][]) => parseQuery(new URLSearchParams(params));
const names = (spec: ReturnType<typeof q>) => runQuery(rows, def, spec, lookup).page.map((r) => r.uuid);

describe('parseCondition', () => {
  it('tries the operators in the documented order', () => {
    expect(parseCondition('size!=1')).toEqual({ name: 'size', op: '!=', value: '1' });
    expect(parseCondition('size>=1')).toMatchObject({ op: '>=' });
    expect(parseCondition('name!?=a,b')).toMatchObject({ op: '!?=', value: 'a,b' });
    expect(parseCondition('name!~=web%')).toMatchObject({ op: '!~=' });
    expect(parseCondition('name~=web%')).toMatchObject({ op: '~=' });
    expect(parseCondition('name?=a,b')).toMatchObject({ op: '?=' });
    expect(parseCondition('a=b>c')).toEqual({ name: 'a', op: '=', value: 'b>c' });
    expect(parseCondition('parent is null')).toEqual({ name: 'parent', op: 'is null' });
    expect(parseCondition('parent not null')).toEqual({ name: 'parent', op: 'not null' });
  });

  it('refuses a condition without operator or value with a plain-text 400', () => {
    expect(() => parseCondition('name')).toThrow(RestError);
    expect(() => parseCondition('name')).toThrow(/doesn't contain any query operator/);
    expect(() => parseCondition('name=')).toThrow(/not a key-value pair/);
  });
});

describe('parseQuery', () => {
  it('reads limit, start, count, replyWithCount, sort and fields', () => {
    const spec = q(['limit', '5'], ['start', '2'], ['count', 'TRUE'], ['replyWithCount', 'true'], ['sort', '-size'], ['fields', 'uuid, name'], ['q', 'size>1'], ['q', 'name~=w%']);
    expect(spec).toMatchObject({ limit: 5, start: 2, count: true, replyWithCount: true, sortBy: 'size', sortDirection: 'desc', fields: ['uuid', 'name'] });
    expect(spec.conditions).toHaveLength(2);
    expect(q().limit).toBe(DEFAULT_QUERY_LIMIT);
    expect(q(['sort', 'name'])).toMatchObject({ sortBy: 'name', sortDirection: 'asc' });
  });

  it('refuses a non-integer limit or start', () => {
    expect(() => q(['limit', 'ten'])).toThrow("Invalid query parameter. 'limit' must be an integer");
    expect(() => q(['start', '1.5'])).toThrow("'start' must be an integer");
  });
});

describe('runQuery', () => {
  it('filters with each operator', () => {
    expect(names(q(['q', 'size>10']))).toEqual(['b', 'c']);
    expect(names(q(['q', 'size<=20']))).toEqual(['a', 'c']);
    expect(names(q(['q', 'name~=WEB%']))).toEqual(['a', 'b']);
    expect(names(q(['q', 'name!~=web%']))).toEqual(['c']);
    expect(names(q(['q', 'uuid?=a,c']))).toEqual(['a', 'c']);
    expect(names(q(['q', 'uuid!?=a,c']))).toEqual(['b']);
    expect(names(q(['q', 'parent is null']))).toEqual(['a']);
    expect(names(q(['q', 'parent not null']))).toEqual(['b', 'c']);
    expect(names(q(['q', 'size!=10'], ['q', 'name=web-02']))).toEqual(['b']);
  });

  it('follows dotted relations and nested lists', () => {
    expect(names(q(['q', 'parentRow.name=web-01']))).toEqual(['b', 'c']);
    expect(names(q(['q', 'tags.key=db']))).toEqual(['c']);
  });

  it('refuses an unknown field with a SYS.1007 query failure', () => {
    expect(() => names(q(['q', 'colour=red']))).toThrow(QueryFailure);
    expect(() => names(q(['sort', '+colour']))).toThrow(QueryFailure);
  });

  it('counts, sorts and pages', () => {
    expect(runQuery(rows, def, q(['count', 'true']), lookup)).toEqual({ page: [], total: 3 });
    expect(names(q(['sort', '-size']))).toEqual(['b', 'c', 'a']);
    expect(names(q(['sort', '+createDate'], ['limit', '2']))).toEqual(['b', 'c']);
    const paged = runQuery(rows, def, q(['sort', 'size'], ['start', '1'], ['limit', '1']), lookup);
    expect(paged).toEqual({ page: [rows[2]], total: 3 });
  });

  it('projects fields', () => {
    expect(projectFields({ a: 1, b: 2, c: 3 }, ['a', 'c'])).toEqual({ a: 1, c: 3 });
    expect(projectFields({ a: 1 }, undefined)).toEqual({ a: 1 });
  });
});
