import { createServer } from 'node:http';
import type { TestProject } from 'vitest/node';
import { manualClock, type ManualClock } from '../mocks/control/clock';
import { startMockServer } from '../mocks/server';
import { CONTRACT_TIME_SCALE } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    contractTarget: string;
    contractEmulated: boolean;
    /**
     * `mock-server` only: POST `<url>/advance?ms=N` moves the mock server's manual clock forward; POST
     * `<url>/align?ms=N` moves it to the next multiple of N (unchanged when already on one).
     */
    contractClock: string;
  }
}

/**
 * The mock server's clock for this run, moved only by the suites (over a side channel on its own port, so the
 * server's control API stays the one the demo uses): polls of long jobs step time forward instead of waiting for
 * it, and no outcome depends on how fast the machine is.
 */
function startClockChannel(clock: ManualClock) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://clock');
    const ms = Number(url.searchParams.get('ms'));
    const known = url.pathname === '/advance' ? ms >= 0 : url.pathname === '/align' ? ms > 0 : false;
    if (req.method !== 'POST' || !known || !Number.isFinite(ms)) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('POST /advance?ms=<ms ≥ 0> or /align?ms=<ms > 0>');
      return;
    }
    if (url.pathname === '/advance') clock.advance(ms);
    else clock.set(Math.ceil(clock.now() / ms) * ms);
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ now: clock.now() }));
  });
  return new Promise<{ url: string; close(): Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

/** `--target mock-server`: serve the emulators over real HTTP on a free port for this run, on a manual clock. */
export default async function setup(project: TestProject) {
  const target = process.env.CONTRACT_TARGET ?? '';
  if (target !== 'mock-server') {
    project.provide('contractTarget', target);
    project.provide('contractEmulated', false);
    project.provide('contractClock', '');
    return undefined;
  }
  const clock = manualClock();
  const server = await startMockServer(0, { timeScale: CONTRACT_TIME_SCALE, clock }, () => {});
  const channel = await startClockChannel(clock);
  project.provide('contractTarget', `http://127.0.0.1:${server.port}/{provider}`);
  project.provide('contractEmulated', true);
  project.provide('contractClock', channel.url);
  return async () => {
    await channel.close();
    await server.close();
  };
}
