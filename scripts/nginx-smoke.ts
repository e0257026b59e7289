/**
 * `npx tsx scripts/nginx-smoke.ts [--no-build] [-- <playwright args>]`: the built console behind Debian's real nginx, rendered from
 * deploy/nginx.conf, in front of `npm run mock-server`, driven by the Playwright smoke suite in e2e-nginx/.
 *
 * - installs Debian's `nginx` with apt-get when missing (root only; otherwise it fails saying how to install it);
 * - starts the mock server (providers under /<provider>) and nginx (its own prefix under /tmp, foreground);
 * - serves a copy of dist/ whose config.json lists real (not emulated) connections at /proxy/<id>, so every
 *   provider call goes browser -> nginx -> mock server, as in a deployment;
 * - allows one fake portal origin (PORTAL_ORIGIN) in that config.json's `embed.allowedOrigins`; nginx's
 *   frame-ancestors are rendered from the same file, as in a deployment (e2e-nginx/embed.spec.ts frames the console);
 * - stops both processes whatever happens, and exits with the suite's status.
 * Ports: NGINX_PORT (4316), MOCK_PORT (4317). The report: test-results/e2e-nginx.json.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseDeployDescription } from './deploy/description';
import { NGINX_TEMPLATE, renderNginx } from './deploy/nginx';
import { readPortalOrigins } from './deploy/portals';

const NGINX_PORT = Number(process.env.NGINX_PORT ?? 4316);
const MOCK_PORT = Number(process.env.MOCK_PORT ?? 4317);
const WORK = `/tmp/vmdeck-nginx-${NGINX_PORT}`;
/** A portal origin no DNS knows: the embed suite serves its page with Playwright's request routing. */
const PORTAL_ORIGIN = 'http://portal.test';
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx'];

/** A shipped connection as config.json has it (only what this script reads or drops). */
interface ShippedConnection {
  id: string;
  provider: string;
  baseUrl: string;
  [field: string]: unknown;
}

const children: ChildProcess[] = [];

function fail(message: string): never {
  console.error(`nginx smoke: ${message}`);
  stopAll();
  process.exit(1);
}

function findNginx(): string | undefined {
  return NGINX_CANDIDATES.find((path) => existsSync(path));
}

function ensureNginx(): string {
  const found = findNginx();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    fail('nginx is not installed and this is not root on a Debian system: install it (`sudo apt-get install nginx`) and run again.');
  }
  console.log('Installing Debian nginx…');
  // The package would start a system nginx on port 80; this suite runs its own. Debian's policy-rc.d hook
  // (exit 101: "action forbidden") stops that for the install only, unless the system already has one.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let install;
  try {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  const installed = findNginx();
  if (install.status !== 0 || !installed) fail('apt-get could not install nginx (see its output above).');
  return installed;
}

/** Starts a long-running process in its own process group (so the whole tree can be stopped), output prefixed. */
function start(label: string, command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, `[${label}] `));
  child.stdout?.on('data', prefix);
  child.stderr?.on('data', prefix);
  children.push(child);
  return child;
}

function stopAll(): void {
  for (const child of children.splice(0)) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

/** Polls a URL until it answers (any HTTP status), or fails after `seconds`. */
async function waitFor(url: string, what: string, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > deadline) fail(`${what} did not answer on ${url} within ${seconds} s.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * The shipped connections, now real ones behind the proxy: no emulator, so no demo credentials in config.json.
 * One allowed portal, for the embed suite.
 */
function proxiedConfig(shipped: { connections: ShippedConnection[]; embed?: unknown }) {
  return {
    ...shipped,
    embed: { allowedOrigins: [PORTAL_ORIGIN] },
    connections: shipped.connections.map(({ demoCredentials: _secrets, demoWallet: _wallet, help: _help, ...connection }) => ({
      ...connection,
      baseUrl: `/proxy/${connection.id}`,
    })),
  };
}

async function main(): Promise<number> {
  const nginx = ensureNginx();
  if (!process.argv.includes('--no-build') || !existsSync('dist/index.html')) {
    const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) fail('vite build failed.');
  }

  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(`${WORK}/run`, { recursive: true });
  mkdirSync(`${WORK}/logs`, { recursive: true });
  cpSync('dist', `${WORK}/html`, { recursive: true });
  const shipped = JSON.parse(readFileSync('public/config.json', 'utf8')) as { connections: ShippedConnection[]; embed?: unknown };
  const appConfig = `${WORK}/html/config.json`;
  writeFileSync(appConfig, JSON.stringify(proxiedConfig(shipped), null, 2));

  const description = parseDeployDescription({
    listenPort: NGINX_PORT,
    appRoot: `${WORK}/html`,
    runtimeDir: `${WORK}/run`,
    logDir: `${WORK}/logs`,
    appConfig,
    proxies: Object.fromEntries(shipped.connections.map((c) => [c.id, `http://127.0.0.1:${MOCK_PORT}/${c.provider}`])),
  });
  const template = readFileSync(NGINX_TEMPLATE, 'utf8');
  writeFileSync(`${WORK}/nginx.conf`, renderNginx(template, description, readPortalOrigins(description.appConfig)));

  const check = spawnSync(nginx, ['-t', '-p', WORK, '-c', `${WORK}/nginx.conf`], { encoding: 'utf8' });
  if (check.status !== 0) fail(`nginx refused the rendered config ${WORK}/nginx.conf:\n${check.stderr}`);
  // nginx reports its own start-up errors in its error log, not on stderr.
  process.on('exit', (code) => {
    if (code !== 0 && existsSync(`${WORK}/logs/error.log`)) console.error(`nginx error log:\n${readFileSync(`${WORK}/logs/error.log`, 'utf8')}`);
  });

  start('mock-server', 'npx', ['tsx', 'mocks/server.ts'], { PORT: String(MOCK_PORT) });
  await waitFor(`http://127.0.0.1:${MOCK_PORT}/__control/state`, 'the mock server');
  start('nginx', nginx, ['-p', WORK, '-c', `${WORK}/nginx.conf`, '-g', 'daemon off;']);
  await waitFor(`http://127.0.0.1:${NGINX_PORT}/config.json`, 'nginx');

  const extra = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];
  const suite = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.nginx.config.ts', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, NGINX_URL: `http://127.0.0.1:${NGINX_PORT}`, MOCK_URL: `http://127.0.0.1:${MOCK_PORT}` },
  });
  return suite.status ?? 1;
}

main()
  .then((status) => {
    stopAll();
    process.exit(status);
  })
  .catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
