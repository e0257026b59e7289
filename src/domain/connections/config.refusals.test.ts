// @vitest-environment node
import { parseAppConfig, type ConfigIssue } from './config';

const zs = { id: 'zs', provider: 'zstack', name: 'ZStack', baseUrl: 'https://zs.example.com' };
const idc = { id: 'idc', provider: 'idc51', name: '51idc', baseUrl: '/mock/idc51' };

function issuesOf(raw: unknown): ConfigIssue[] {
  const result = parseAppConfig(raw);
  if (result.ok) throw new Error('expected config.json to be refused');
  return result.issues;
}

describe('config.json refusals (issue 13: defects 3 and 10)', () => {
  it('refuses a protocol-relative base URL, which starts with / but names another host', () => {
    expect(issuesOf({ connections: [{ ...zs, baseUrl: '//evil.example' }] })).toEqual([{ path: 'connections[0].baseUrl', code: 'otherHost' }]);
    expect(issuesOf({ connections: [{ ...zs, baseUrl: '/\\evil.example/zstack' }] })).toEqual([{ path: 'connections[0].baseUrl', code: 'otherHost' }]);
  });

  it('refuses user:password@ in a base URL without repeating the password', () => {
    const issues = issuesOf({ connections: [{ ...zs, baseUrl: 'https://admin:hunter2@zs.example.com' }] });
    expect(issues).toEqual([{ path: 'connections[0].baseUrl', code: 'userinfo' }]);
    expect(JSON.stringify(issues)).not.toContain('hunter2');
  });

  it('refuses an allowed origin with user:password@ without repeating the password on the error screen', () => {
    const issues = issuesOf({ connections: [], embed: { allowedOrigins: ['https://ops:hunter2@portal.example.com'] } });
    expect(issues).toEqual([{ path: 'embed.allowedOrigins[0]', code: 'origin', expected: 'https://…@portal.example.com' }]);
    expect(JSON.stringify(issues)).not.toContain('hunter2');
  });

  it('accepts plain http to another machine (the form and the list warn about it)', () => {
    expect(parseAppConfig({ connections: [{ ...zs, baseUrl: 'http://10.0.0.2:8080' }] }).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype', 'toString'])('refuses the connection id %s by name', (id) => {
    expect(issuesOf({ connections: [{ ...zs, id }] })).toEqual([{ path: 'connections[0].id', code: 'reserved', expected: id }]);
  });

  it('refuses a __proto__ id as JSON.parse delivers it (an own key), where a demo wallet would be stored under it', () => {
    const raw: unknown = JSON.parse('{"connections":[{"id":"__proto__","provider":"dbc","name":"D","baseUrl":"/mock/dbc","demoWallet":{"mnemonic":"a b c d e f g h i j k l"}}]}');
    expect(issuesOf(raw)).toContainEqual({ path: 'connections[0].id', code: 'reserved', expected: '__proto__' });
  });

  it.each([
    [{ en: { text: 'x' } }, 'connections[0].help.en'],
    [{ 'zh-CN': 3 }, 'connections[0].help.zh-CN'],
    [{ fr: 'bonjour' }, 'connections[0].help.fr'],
    [['en'], 'connections[0].help'],
    [42, 'connections[0].help'],
    [null, 'connections[0].help'],
  ])('refuses help %j, naming %s', (help, path) => {
    expect(issuesOf({ connections: [{ ...zs, help }] })).toEqual([{ path, code: 'type', expected: "string | { en?: string, 'zh-CN'?: string }" }]);
  });

  it('reads help as one text for every language or as strings by language', () => {
    const result = parseAppConfig({ connections: [{ ...zs, help: 'Ask ops' }, { ...zs, id: 'zs2', help: { en: 'Ask ops', 'zh-CN': '问运维' } }] });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.config.connections.map((c) => c.help)).toEqual([{ en: 'Ask ops' }, { en: 'Ask ops', 'zh-CN': '问运维' }]);
  });

  it('refuses an options field that is not an object instead of silently ignoring it', () => {
    expect(issuesOf({ connections: [{ ...zs, options: 'accountName=ops' }] })).toEqual([{ path: 'connections[0].options', code: 'type', expected: 'object' }]);
  });

  it.each(['..', '.', 'ac1/../x', 'ac1?x=1', 'a c', '-ac1'])('refuses the 51idc zone %j: it goes into request paths', (zone) => {
    expect(issuesOf({ connections: [{ ...idc, zone }] })).toEqual([{ path: 'connections[0].zone', code: 'type', expected: 'zone id: letters, digits, _ . - (e.g. ac1)' }]);
  });
});
