// @vitest-environment node
import { checkBaseUrl, sendsSecretsInClear } from './baseUrl';
import { createConnection } from './create';

describe('checkBaseUrl: the one base URL rule', () => {
  it.each(['https://zs.example.com', 'https://zs.example.com:8443/api', 'http://localhost:8080', 'http://127.0.0.1:5002', 'http://127.9.8.7', 'http://[::1]:8080', 'http://lab.localhost', '/mock/dbc', '/proxy/zstack'])(
    'accepts %s without a warning',
    (url) => expect(checkBaseUrl(url)).toEqual({ ok: true, cleartext: false }),
  );

  it.each(['http://10.0.0.2:8080', 'http://zstack.lab.test', 'HTTP://ZS.EXAMPLE.COM', 'http://128.0.0.1', 'http://localhost.evil.example'])(
    'accepts plain http to another machine %s, flagged as cleartext',
    (url) => {
      expect(checkBaseUrl(url)).toEqual({ ok: true, cleartext: true });
      expect(sendsSecretsInClear(url)).toBe(true);
    },
  );

  it.each(['//evil.example', '//evil.example/mock/dbc', '/\\evil.example', '/\\/evil.example'])('refuses the protocol-relative %s: it names another host', (url) => {
    expect(checkBaseUrl(url)).toEqual({ ok: false, code: 'otherHost' });
  });

  it.each(['https://user:secret@zs.example.com', 'https://user@zs.example.com', 'http://:pw@localhost', 'https://a%40b:c@zs.example.com'])('refuses %s: credentials in the URL', (url) => {
    expect(checkBaseUrl(url)).toEqual({ ok: false, code: 'userinfo' });
  });

  it.each(['ftp://x', 'javascript:alert(1)', 'mock/dbc', 'zs.example.com', 'http:zs.example.com', '', ' ', 'https://', 'data:text/html,x'])('refuses %j as a URL', (url) => {
    expect(checkBaseUrl(url)).toEqual({ ok: false, code: 'url' });
  });

  it('createConnection names the refusal on baseUrl and never echoes a URL holding a password', () => {
    const input = { id: 'zs', name: 'ZS', provider: 'zstack', options: {}, origin: 'user' as const };
    const withSecret = createConnection({ ...input, baseUrl: 'https://admin:hunter2@zs.example.com' });
    expect(withSecret).toEqual({ ok: false, problems: [{ field: 'baseUrl', code: 'userinfo' }] });
    expect(JSON.stringify(withSecret)).not.toContain('hunter2');
    expect(createConnection({ ...input, baseUrl: '//evil.example' })).toEqual({ ok: false, problems: [{ field: 'baseUrl', code: 'otherHost' }] });
  });
});
