import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlClient } from '../../src/api/control/client';
import { startMockServer } from '../../mocks/server';
import { parseDeployDescription } from '../../scripts/deploy/description';
import { viteProxy } from '../../scripts/deploy/viteProxy';

/**
 * `/proxy/<id>/` in the Vite dev server and in `vite preview`: the same description nginx is rendered from, in
 * front of the real-HTTP mock server (each provider under /<provider>). A mutation's method and body arrive as sent.
 */
let mock: Awaited<ReturnType<typeof startMockServer>>;
let dev: ViteDevServer;
let served: PreviewServer;
const outDir = mkdtempSync(join(tmpdir(), 'vmdeck-preview-'));

const LOGIN = { logInByAccount: { accountName: 'admin', password: createHash('sha512').update('password').digest('hex') } };

beforeAll(async () => {
  mock = await startMockServer(0, {}, () => undefined);
  const proxy = viteProxy(parseDeployDescription({ proxies: { 'lab-zstack': `http://127.0.0.1:${mock.port}/zstack/` } }));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>built</title>');
  const shared = { configFile: false as const, logLevel: 'silent' as const, root: outDir };
  dev = await createServer({ ...shared, server: { host: '127.0.0.1', port: 0, proxy, hmr: false, ws: false } });
  await dev.listen();
  served = await preview({ ...shared, build: { outDir }, preview: { host: '127.0.0.1', port: 0, proxy } });
});

afterAll(async () => {
  await dev?.close();
  await new Promise<void>((done) => (served ? served.httpServer.close(() => done()) : done()));
  await mock?.close();
  rmSync(outDir, { recursive: true, force: true });
});

const origin = (server: ViteDevServer | PreviewServer) => server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';

describe.each([
  ['the dev server', () => dev],
  ['vite preview', () => served],
] as const)('/proxy/<connection-id>/ in %s', (_name, server) => {
  it('strips the prefix and passes method, body and headers to that connection’s upstream', async () => {
    const control = createControlClient(`http://127.0.0.1:${mock.port}/__control`);
    await control.clearRequests();
    const response = await fetch(`${origin(server())}/proxy/lab-zstack/zstack/v1/accounts/login`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(LOGIN),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ inventory: { uuid: expect.any(String) } });
    const received = await control.requests({ provider: 'zstack' });
    expect(received).toEqual([expect.objectContaining({ method: 'PUT', path: '/zstack/v1/accounts/login', status: 200, body: LOGIN })]);
  });

  it('a connection that is not described is not proxied anywhere', async () => {
    const control = createControlClient(`http://127.0.0.1:${mock.port}/__control`);
    await control.clearRequests();
    await fetch(`${origin(server())}/proxy/other/zstack/v1/accounts/login`, { method: 'PUT', body: JSON.stringify(LOGIN) });
    expect(await control.requests()).toEqual([]);
  });
});

describe('vite.config.ts', () => {
  it('gives the dev server and vite preview the proxies of the description named by VMDECK_DEPLOY', async () => {
    const file = join(outDir, 'deploy.json');
    writeFileSync(file, JSON.stringify({ proxies: { 'prod-zstack': 'http://zstack.example.com:8080' } }));
    const { loadConfigFromFile } = await import('vite');
    const before = process.env.VMDECK_DEPLOY;
    process.env.VMDECK_DEPLOY = file;
    try {
      const loaded = await loadConfigFromFile({ command: 'serve', mode: 'development' }, new URL('../../vite.config.ts', import.meta.url).pathname, undefined, 'silent');
      for (const proxy of [loaded?.config.server?.proxy, loaded?.config.preview?.proxy]) {
        expect(proxy?.['/proxy/prod-zstack/']).toMatchObject({ target: 'http://zstack.example.com:8080', changeOrigin: true });
      }
    } finally {
      if (before === undefined) delete process.env.VMDECK_DEPLOY;
      else process.env.VMDECK_DEPLOY = before;
    }
  });
});
