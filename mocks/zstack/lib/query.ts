/**
 * ZStack's query conventions (RestServer.handleQueryApi + QueryFacade), as pure functions: parse the query
 * string exactly as the REST layer does (400 plain text on bad limit/start/q), then filter, count, sort, page.
 */
import { ZSTACK_QUERY_OPERATORS, type ZStackErrorCode, type ZStackQueryOperator } from '../../../src/api/zstack/types';
import { argerr } from '../errors';
import { parseGsonDate } from './format';

export interface Condition {
  /** Dotted path, e.g. `volume.vmInstanceUuid`. */
  name: string;
  op: ZStackQueryOperator;
  value?: string;
}

export interface QuerySpec {
  conditions: Condition[];
  limit: number;
  start: number;
  count: boolean;
  replyWithCount: boolean;
  sortBy?: string;
  sortDirection: 'asc' | 'desc';
  fields?: string[];
}

export const DEFAULT_QUERY_LIMIT = 1000;

/** A refusal of the REST layer itself: plain-text body, not an ErrorCode. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Java's Integer.valueOf: optional sign then digits, within int range. */
function parseJavaInt(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= -2147483648 && value <= 2147483647 ? value : undefined;
}

const javaBoolean = (text: string) => text.toLowerCase() === 'true';

export function parseCondition(cond: string): Condition {
  const op = ZSTACK_QUERY_OPERATORS.find((candidate) => cond.includes(candidate));
  if (!op) {
    throw new RestError(
      400,
      `Invalid query parameter. The '${cond}' in the parameter[q] doesn't contain any query operator. Valid query operators are [${ZSTACK_QUERY_OPERATORS.join(', ')}]`,
    );
  }
  const at = cond.indexOf(op);
  const name = cond.slice(0, at).trim();
  const value = cond.slice(at + op.length);
  if (op === 'is null' || op === 'not null') return { name, op };
  // StringUtils.splitByWholeSeparator drops empty tokens: "a=" or "=b" are not key-value pairs.
  if (!name || value === '') {
    throw new RestError(400, `Invalid query parameter. The '${cond}' in parameter[q] is not a key-value pair split by ${op}`);
  }
  return { name, op, value };
}

/** Parses a list query's parameters; the first value of each name wins except `q`, which repeats. */
export function parseQuery(params: URLSearchParams): QuerySpec {
  const spec: QuerySpec = { conditions: [], limit: DEFAULT_QUERY_LIMIT, start: 0, count: false, replyWithCount: false, sortDirection: 'asc' };
  const seen = new Set<string>();
  for (const rawName of params.keys()) {
    const name = rawName.trim();
    if (seen.has(name)) continue;
    seen.add(name);
    const value = (params.get(rawName) ?? '').trim();
    if (name === 'limit' || name === 'start') {
      const parsed = parseJavaInt(value);
      if (parsed === undefined) throw new RestError(400, `Invalid query parameter. '${name}' must be an integer`);
      spec[name] = parsed;
    } else if (name === 'count') spec.count = javaBoolean(value);
    else if (name === 'replyWithCount') spec.replyWithCount = javaBoolean(value);
    else if (name === 'sort') {
      spec.sortDirection = value.startsWith('-') ? 'desc' : 'asc';
      spec.sortBy = value.replace(/^[+-]+/, '');
    } else if (name === 'q') {
      for (const cond of params.getAll(rawName)) spec.conditions.push(parseCondition(cond));
    } else if (name === 'fields') {
      spec.fields = value.split(',').map((field) => field.trim()).filter(Boolean);
    }
  }
  return spec;
}

/** How the engine reads one kind of record. */
export interface ResourceDef<R> {
  inventoryClass: string;
  /** Native queryable fields of the inventory. */
  fields: readonly string[];
  dateFields?: readonly string[];
  /** Cross-resource conditions (`volume.vmInstanceUuid=`): related records of another resource. */
  relations?: Record<string, { target: string; get(record: R): unknown[] }>;
  /** Array-of-object fields queried one level deep (`vmNics.ip=`). */
  nested?: Record<string, (record: R) => Record<string, unknown>[]>;
}

export type DefLookup = (key: string) => ResourceDef<unknown>;

/** A ZStack-side query failure (503 ErrorCode), e.g. an unknown field. */
export class QueryFailure extends Error {
  constructor(readonly error: ZStackErrorCode) {
    super(error.details);
  }
}

function likeToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  // MySQL's default collation compares case-insensitively.
  return new RegExp(`^${body}$`, 'is');
}

/** Turns the condition text into a comparable value of the field's type. */
function coerce(sample: unknown, text: string, isDate: boolean, field: string): string | number | boolean {
  if (isDate) {
    const ms = /^\d+$/.test(text) ? Number(text) : (parseGsonDate(text) ?? Date.parse(text.replace(' ', 'T') + '+08:00'));
    if (Number.isNaN(ms)) throw new QueryFailure(argerr(`invalid value[${text}] of the date field[${field}]`));
    return ms;
  }
  if (typeof sample === 'number') {
    const n = Number(text);
    return Number.isNaN(n) ? text : n;
  }
  if (typeof sample === 'boolean') return text.toLowerCase() === 'true';
  return text;
}

function compareScalar(actual: unknown, op: ZStackQueryOperator, text: string | undefined, isDate: boolean, field: string): boolean {
  const absent = actual === undefined || actual === null;
  if (op === 'is null') return absent;
  if (op === 'not null') return !absent;
  // SQL semantics: any comparison with NULL is not true.
  if (absent || text === undefined) return false;
  if (op === '~=' || op === '!~=') {
    const hit = likeToRegExp(text).test(String(actual));
    return op === '~=' ? hit : !hit;
  }
  if (op === '?=' || op === '!?=') {
    const hit = text.split(',').some((item) => coerce(actual, item, isDate, field) === actual);
    return op === '?=' ? hit : !hit;
  }
  const expected = coerce(actual, text, isDate, field);
  const a = actual as string | number | boolean;
  switch (op) {
    case '=':
      return a === expected;
    case '!=':
      return a !== expected;
    case '>':
      return a > expected;
    case '<':
      return a < expected;
    case '>=':
      return a >= expected;
    default:
      return a <= expected;
  }
}

/** Does `record` (of resource `def`) satisfy the condition on `path`? Multi-valued paths match on any value. */
export function matches(record: unknown, def: ResourceDef<unknown>, path: string[], cond: Condition, lookup: DefLookup, inventoryPath = cond.name): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return false;
  if (rest.length === 0) {
    if (!def.fields.includes(head)) throw unknownField(inventoryPath, def);
    const value = (record as Record<string, unknown>)[head];
    return compareScalar(value, cond.op, cond.value, def.dateFields?.includes(head) ?? false, head);
  }
  const relation = def.relations?.[head];
  if (relation) {
    const targetDef = lookup(relation.target);
    const related = relation.get(record);
    if (related.length === 0) return cond.op === 'is null';
    return related.some((item) => matches(item, targetDef, rest, cond, lookup, inventoryPath));
  }
  const nested = def.nested?.[head];
  if (nested && rest.length === 1) {
    const items = nested(record);
    if (items.length === 0) return cond.op === 'is null';
    return items.some((item) => compareScalar(item[rest[0] as string], cond.op, cond.value, false, rest[0] as string));
  }
  throw unknownField(inventoryPath, def);
}

function unknownField(name: string, def: ResourceDef<unknown>): QueryFailure {
  return new QueryFailure(argerr(`condition name[${name}] is invalid, no such field on inventory class[${def.inventoryClass}]`));
}

function compareForSort(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

export interface QueryResult<R> {
  page: R[];
  total: number;
}

/** Filters, counts, sorts and pages (nothing is rendered here, so 10,000 records stay cheap). */
export function runQuery<R>(records: R[], def: ResourceDef<R>, spec: QuerySpec, lookup: DefLookup): QueryResult<R> {
  const anyDef = def as ResourceDef<unknown>;
  let rows = records;
  for (const cond of spec.conditions) {
    const path = cond.name.split('.');
    rows = rows.filter((record) => matches(record, anyDef, path, cond, lookup));
  }
  const total = rows.length;
  if (spec.count) return { page: [], total };
  if (spec.sortBy) {
    const field = spec.sortBy;
    if (!def.fields.includes(field)) throw new QueryFailure(argerr(`sortBy[${field}] is not a field of the inventory class[${def.inventoryClass}]`));
    const sign = spec.sortDirection === 'desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => sign * compareForSort((a as Record<string, unknown>)[field], (b as Record<string, unknown>)[field]));
  }
  const start = Math.max(0, spec.start);
  const page = spec.limit < 0 ? rows.slice(start) : rows.slice(start, start + spec.limit);
  return { page, total };
}

/** `fields=a,b`: keeps only the listed fields of each rendered inventory. */
export function projectFields<T extends object>(inventory: T, fields: string[] | undefined): Partial<T> {
  if (!fields?.length) return inventory;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (inventory as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  return out as Partial<T>;
}
