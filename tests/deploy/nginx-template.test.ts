import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DeployDescriptionError, parseDeployDescription } from '../../scripts/deploy/description';
import { NGINX_TEMPLATE, renderNginx } from '../../scripts/deploy/nginx';

const TEMPLATE = readFileSync(NGINX_TEMPLATE, 'utf8');

const PORTALS = ['https://portal.example.com', 'http://127.0.0.1:9000'];
const description = parseDeployDescription({
  listenPort: 8443,
  appRoot: '/srv/vmdeck/dist',
  runtimeDir: '/run/vmdeck',
  logDir: '/var/log/vmdeck',
  proxies: { 'prod-zstack': 'http://zstack.example.com:8080/', 'lab.dbc_2': 'https://10.0.0.5:5002/base' },
});

/** The CSP header's value as nginx will send it. */
function csp(config: string): Map<string, string> {
  const value = /add_header Content-Security-Policy "([^"]+)" always;/.exec(config)?.[1] ?? '';
  return new Map(value.split(';').map((part) => part.trim().split(/ (.*)/s).slice(0, 2) as [string, string]));
}

describe('deploy/nginx.conf rendered from a description', () => {
  const config = renderNginx(TEMPLATE, description, PORTALS);

  it('fills every placeholder: port, app root, runtime dir', () => {
    expect(config).not.toMatch(/\$\{[A-Z_]+\}/);
    expect(config).toContain('listen 8443;');
    expect(config).toContain('root /srv/vmdeck/dist;');
    expect(config).toContain('pid /run/vmdeck/nginx.pid;');
    expect(config).toContain('proxy_temp_path /run/vmdeck/proxy;');
    expect(config).toContain('error_log /var/log/vmdeck/error.log warn;');
    expect(config).toContain('access_log /var/log/vmdeck/access.log;');
  });

  it('one proxy location per connection, prefix stripped (proxy_pass with a trailing slash)', () => {
    expect(config).toMatch(/location \/proxy\/prod-zstack\/ \{\s+proxy_pass http:\/\/zstack\.example\.com:8080\/;/);
    expect(config).toMatch(/location \/proxy\/lab\.dbc_2\/ \{\s+proxy_pass https:\/\/10\.0\.0\.5:5002\/base\/;/);
    expect(config.match(/location \/proxy\//g)).toHaveLength(2);
    expect(config).not.toContain('# begin proxy');
  });

  it('a strict CSP: no inline script, own origin only, frames only from the allowed portals', () => {
    const policy = csp(config);
    expect(policy.get('default-src')).toBe("'self'");
    // WebAssembly compilation only (the DBC wallet's sr25519): no inline script, no JavaScript eval.
    expect(policy.get('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('img-src')).toBe("'self' data:");
    expect(policy.get('frame-ancestors')).toBe('https://portal.example.com http://127.0.0.1:9000');
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(config).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(config).toMatch(/add_header Referrer-Policy "[a-z-]+" always;/);
  });

  it('no allowed portal: nobody may frame the console', () => {
    const alone = renderNginx(TEMPLATE, description, []);
    expect(csp(alone).get('frame-ancestors')).toBe("'none'");
  });

  it('cache headers: hashed assets immutable, everything else (index.html, config.json) revalidated', () => {
    expect(config).toContain('~^/assets/  "public, max-age=31536000, immutable";');
    expect(config).toContain('default     "no-cache";');
    expect(config).toContain('try_files $uri /index.html;');
  });

  it('a template with a placeholder the renderer does not know is refused, not written half-filled', () => {
    expect(() => renderNginx(TEMPLATE.replace('listen ${LISTEN_PORT};', 'listen ${PORT};'), description, PORTALS)).toThrow('unknown placeholders: PORT');
  });
});

describe('the deployment description', () => {
  it('names every bad entry at once and lets nothing reach the config that could end a directive', () => {
    let caught: unknown;
    try {
      parseDeployDescription({
        listenPort: 70000,
        appRoot: '/srv/app; include /etc/passwd',
        allowedPortalOrigins: ['https://portal.example.com'],
        proxies: { 'bad id': 'http://x', ok: 'ftp://files', q: 'http://x/?a=1', injected: 'http://x/;return 200' },
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DeployDescriptionError);
    const issues = (caught as DeployDescriptionError).issues;
    expect(issues).toEqual([
      expect.stringContaining('listenPort'),
      expect.stringContaining('appRoot'),
      expect.stringContaining("allowedPortalOrigins: no longer read here: list the portals in config.json's embed.allowedOrigins"),
      expect.stringContaining('proxies.bad id: a connection id'),
      expect.stringContaining('proxies.ok: "ftp://files"'),
      expect.stringContaining('proxies.q: "http://x/?a=1"'),
      expect.stringContaining('proxies.injected'),
    ]);
  });

  it('defaults: port 8080, the official image paths, the served config.json, no proxy', () => {
    expect(parseDeployDescription({})).toEqual({
      listenPort: 8080,
      appRoot: '/usr/share/nginx/html',
      runtimeDir: '/var/cache/nginx/vmdeck',
      logDir: '/var/log/nginx',
      appConfig: '/usr/share/nginx/html/config.json',
      proxies: {},
    });
  });
});

describe('scripts/render-nginx.ts', () => {
  const render = (file: string) => spawnSync('npx', ['tsx', 'scripts/render-nginx.ts', file], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'vmdeck-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the filled config for the example description', () => {
    const result = render('deploy/deploy.example.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('location /proxy/prod-zstack/ {');
    expect(result.stdout).toContain('frame-ancestors https://portal.example.com;');
  });

  it('refuses a bad description with every problem named, and writes nothing', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ listenPort: 'http', proxies: { 'prod-zstack': 'zstack.example.com' } }));
    const result = render(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('listenPort: a port number 1-65535 (got "http")');
    expect(result.stderr).toContain('proxies.prod-zstack: "zstack.example.com" is not an http(s) base URL');
  });
});
