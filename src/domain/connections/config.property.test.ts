// @vitest-environment node
import { readFileSync } from 'node:fs';
import { checkBaseUrl } from './baseUrl';
import { parseAppConfig, type ConfigIssue, type ConfigResult } from './config';
import { checkConnectionId } from './connectionId';

/**
 * Config property test: whatever config.json holds, parsing never throws and answers either a config that keeps
 * every rule or named issues. Inputs come from a small seeded generator (reproducible: the seed is in the test
 * name) of random JSON values, hostile keys and strings, deep nesting, huge strings and wrong types at every path
 * of the shipped config.
 */
const shipped = JSON.parse(readFileSync(new URL('../../../public/config.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const SENTINEL = 'S3ntinel-pw';
const ISSUE_CODES: ReadonlySet<ConfigIssue['code']> = new Set(['fetch', 'json', 'type', 'required', 'enum', 'duplicate', 'url', 'otherHost', 'userinfo', 'reserved', 'credentialsOnReal', 'origin']);
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'length', 'then', 'options', 'help', 'en', 'zh-CN'];
const HOSTILE_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  '//evil.example',
  '/\\evil.example',
  `https://admin:${SENTINEL}@zs.example.com`,
  `http://u:${SENTINEL}@localhost`,
  'http://10.0.0.2:8080',
  '/mock/dbc',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'a\u202Eb',
  'zero\u200Bwidth',
  'nul\u0000byte',
  '..',
  '%2e%2e',
  'x'.repeat(100_000),
  'dbc',
  'idc51',
  'vsd',
  'zstack',
  'current',
];

/** mulberry32: tiny, seedable, good enough to spread inputs. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

/** Sets a key as an own property, even `__proto__` (as JSON.parse does), never through the prototype setter. */
function define(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A random JSON value; `deep` allows a nesting of up to 2000 levels (left out where the tree is walked again). */
function value(r: Random, depth: number, deep = true): unknown {
  switch (r.int(depth > 3 ? 6 : deep ? 9 : 8)) {
    case 0:
      return null;
    case 1:
      return r.next() < 0.5;
    case 2:
      return r.pick([0, -0, 1, -1, 1e308, 2 ** 53 + 1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]);
    case 3:
    case 4:
    case 5:
      return r.pick(HOSTILE_STRINGS);
    case 6:
      return Array.from({ length: r.int(4) }, () => value(r, depth + 1, deep));
    case 7:
      return object(r, depth + 1, deep);
    default:
      return nested(r.int(2000));
  }
}

function object(r: Random, depth: number, deep = true): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (let i = r.int(5); i > 0; i--) define(result, r.next() < 0.6 ? r.pick(HOSTILE_KEYS) : r.pick(HOSTILE_STRINGS).slice(0, 40), value(r, depth, deep));
  return result;
}

function nested(depth: number): unknown {
  let inner: unknown = 'bottom';
  for (let i = 0; i < depth; i++) inner = i % 2 ? [inner] : { help: inner };
  return inner;
}

/** Every path of a JSON value (objects and arrays), so a mutation can reach any of them. */
function paths(root: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof root !== 'object' || root === null) return [prefix];
  const children = Array.isArray(root) ? root.map((_, i) => i) : Object.keys(root);
  return [prefix, ...children.flatMap((key) => paths((root as Record<string | number, unknown>)[key], [...prefix, key]))];
}

/** The shipped config with one to three paths replaced, removed or given a hostile key. */
function mutate(r: Random): unknown {
  const copy = structuredClone(shipped) as Record<string, unknown>;
  for (let n = 1 + r.int(3); n > 0; n--) {
    const path = r.pick(paths(copy));
    if (path.length === 0) continue;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string, unknown>;
    const key = String(path[path.length - 1]);
    const roll = r.next();
    if (roll < 0.6) define(parent, key, value(r, 2, false));
    else if (roll < 0.8 && !Array.isArray(parent)) delete parent[key];
    else if (!Array.isArray(parent)) define(parent, r.pick(HOSTILE_KEYS), value(r, 2, false));
  }
  return copy;
}

/** What an accepted config must keep, and how a refused one must be named. */
function expectLawful(result: ConfigResult) {
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe('string');
      expect(ISSUE_CODES.has(issue.code)).toBe(true);
      if (issue.expected !== undefined) expect(typeof issue.expected).toBe('string');
      if (issue.path.endsWith('.baseUrl')) expect(issue.expected ?? '').not.toContain(SENTINEL);
    }
    return;
  }
  const { connections, activeConnectionIds, demoWallets, embed } = result.config;
  const ids = connections.map((entry) => entry.connection.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const { connection, help, demoCredentials, nodeIds } of connections) {
    expect(checkConnectionId(connection.id)).toBe('ok');
    expect(checkBaseUrl(connection.baseUrl).ok).toBe(true);
    expect(connection.baseUrl).not.toContain(SENTINEL);
    expect(typeof connection.name).toBe('string');
    for (const option of Object.values(connection.options)) expect(typeof option).toBe('string');
    if (help) {
      expect(Object.keys(help).every((key) => key === 'en' || key === 'zh-CN')).toBe(true);
      expect(Object.values(help).every((text) => typeof text === 'string')).toBe(true);
    }
    if (demoCredentials) expect(Object.values(demoCredentials).every((secret) => typeof secret === 'string')).toBe(true);
    if (nodeIds) expect(nodeIds.every((id) => typeof id === 'string')).toBe(true);
  }
  expect(activeConnectionIds.every((id) => ids.includes(id))).toBe(true);
  expect(embed.allowedOrigins.every((origin) => typeof origin === 'string')).toBe(true);
  if (demoWallets) {
    expect(Object.getPrototypeOf(demoWallets)).toBe(Object.prototype);
    expect(Object.keys(demoWallets).every((id) => ids.includes(id))).toBe(true);
  }
}

function parseLawfully(raw: unknown) {
  let result: ConfigResult | undefined;
  expect(() => {
    result = parseAppConfig(raw);
  }).not.toThrow();
  if (result) expectLawful(result);
  return result;
}

describe('config property test: parsing never throws; it accepts a lawful config or names the issues', () => {
  it.each([1, 2, 3, 4])('the shipped config mutated at random paths (seed %i, 400 cases)', (seed) => {
    const r = random(seed);
    const outcomes = { ok: 0, refused: 0 };
    for (let i = 0; i < 400; i++) outcomes[parseLawfully(mutate(r))?.ok ? 'ok' : 'refused']++;
    // The generator must exercise both answers, or the laws above were checked against nothing.
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it.each([11, 12])('random JSON values and objects with hostile keys as the whole config (seed %i, 300 cases)', (seed) => {
    const r = random(seed);
    for (let i = 0; i < 300; i++) {
      const raw = r.next() < 0.5 ? value(r, 0) : { connections: Array.from({ length: r.int(4) }, () => object(r, 1)), ...object(r, 1) };
      parseLawfully(raw);
    }
  });

  it('a connection entry whose every field is a hostile value is refused, field by field', () => {
    const r = random(99);
    for (let i = 0; i < 200; i++) {
      const entry: Record<string, unknown> = {};
      for (const key of ['id', 'provider', 'name', 'baseUrl', 'help', 'options', 'demoCredentials', 'demoWallet', 'nodeIds', 'zone', 'era']) define(entry, key, value(r, 1));
      parseLawfully({ connections: [entry] });
    }
  });

  it('deep nesting and huge strings anywhere are answered, not thrown', () => {
    parseLawfully({ connections: [{ ...(shipped.connections as object[])[0], help: nested(50_000) }] });
    parseLawfully({ connections: nested(50_000) });
    parseLawfully({ connections: [{ id: 'x'.repeat(1_000_000), provider: 'dbc', name: 'x'.repeat(1_000_000), baseUrl: `/${'x'.repeat(1_000_000)}` }] });
  });
});
